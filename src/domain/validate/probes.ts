// What an interviewer probes, read from the cards' text through the vocabulary (vocabulary.ts), scoped by problem
// kind: label delay, class imbalance, the split, a baseline, metrics that fit the kind, cold start, calibration, the
// index kept in step with its encoder, and for generation grounding, graded evaluation, guardrails, cost and latency.
// A finding quotes what was written where the interviewer would look, and says what is missing.
import { findKind } from '../catalog';
import { problemKindLabel, type ProblemKind } from '../problem-kinds';
import { defineRule, type Issue, type Rule, type RuleContext, type RuleSpec } from './engine';
import { ownTraining } from './derived';
import { problemOf } from './problem';
import { clauses, phraseTest, readBoard, type BoardReading } from './reading';
import { normaliseText } from './text';
import { FITTING_OFFLINE_METRICS, getConcept, MODEL_ONLY_METRICS, type Concept, type ConceptId } from './vocabulary';


/** The board's reading, once per validation. */
export function readingOf(ctx: RuleContext): BoardReading {
  return ctx.memo('reading', () => readBoard(ctx.board));
}

/** What is written where the interviewer expects the concept: "The Model card's Dataset construction says “…”". */
function whatIsWritten(ctx: RuleContext, concept: Concept): { said: string; nodeIds: string[] } {
  const { card, field } = concept.expected;
  const { text, nodeId } = ctx.cardField(card, field);
  const kind = findKind(card)!;
  const fieldLabel = kind.fields.find((f) => f.key === field)?.label ?? field;
  const node = nodeId ?? ctx.ofKind(card)[0]?.id;
  if (!node) return { said: `There is no ${kind.label} card, and nothing on the board states ${concept.name}.`, nodeIds: [] };
  if (!text) return { said: `The ${kind.label} card's ${fieldLabel.toLowerCase()} is empty, and nothing else on the board states ${concept.name}.`, nodeIds: [node] };
  return {
    said: `The ${kind.label} card's ${fieldLabel.toLowerCase()} says “${clauses(text).slice(0, 2).join(' ')}”, but nothing on the board states ${concept.name}.`,
    nodeIds: [node],
  };
}

/** A missing-concept issue: what is written, what is missing, what to say. */
export function missingConcept(ctx: RuleContext, id: ConceptId, ask: string): Issue[] {
  if (readingOf(ctx).states(id)) return [];
  const { said, nodeIds } = whatIsWritten(ctx, getConcept(id));
  return [{ message: `${said} ${ask}`, nodeIds }];
}

interface ConceptRuleSpec extends Omit<RuleSpec, 'find'> {
  concept: ConceptId;
  ask: string;
  /** The rule applies only when this holds (e.g. the team trains its own model). */
  when?: (ctx: RuleContext) => boolean;
}

/** A rule that asks for one concept of the vocabulary. */
function conceptRule({ concept, ask, when, ...meta }: ConceptRuleSpec): Rule {
  return defineRule({
    ...meta,
    find: (ctx) => (when && !when(ctx) ? [] : missingConcept(ctx, concept, ask)),
  });
}

const kindName = (kind: ProblemKind) => problemKindLabel(kind).toLowerCase();

export const checkLabelDelay = conceptRule({
  id: 'data-label-delay', step: 'data', severity: 'warning', kinds: ['classification', 'regression', 'forecasting'],
  concept: 'label-delay', when: ownTraining,
  title: 'How long labels take to mature is stated',
  rationale:
    'Fraud is confirmed by a chargeback weeks later, a delivery time is known at delivery, sales at the end of the '
    + 'day: the delay sets how fresh the training data can be and which recent examples are still unlabelled.',
  ask: 'Say how long a label takes to arrive (e.g. "chargebacks arrive within 60 days, so the last 60 days are not yet labelled").',
});

export const checkClassImbalance = conceptRule({
  id: 'model-class-imbalance', step: 'model', severity: 'warning', kinds: ['classification'],
  concept: 'class-imbalance', when: ownTraining,
  title: 'Class imbalance and how it is handled are stated',
  rationale:
    'Fraud, abuse and defects are rare: an interviewer asks how rare, and what you do about it (resampling, class '
    + 'weights, focal loss, a threshold chosen on precision and recall), because accuracy is meaningless otherwise.',
  ask: 'Say how rare the positive class is and how you handle it (downsample negatives, class weights or focal loss, a threshold set on the precision-recall curve).',
});

export const checkTimeSplit = defineRule({
  id: 'model-time-split', step: 'model', severity: 'warning', kinds: ['forecasting'],
  title: 'A forecaster is validated on a period after its training data',
  rationale:
    'A random split puts next month\'s rows in training and last month\'s in the test set: the model is scored on '
    + 'a past it has already seen. Forecasts are validated on a later period (and backtested over several).',
  find(ctx) {
    const reading = readingOf(ctx);
    const random = reading.first('random-split');
    if (random) {
      return [{
        message: `The split is random (“${random.quote}”): for a forecaster it leaks the future into training, so the test error is too good to be true. Split by time: train on the past, validate on the weeks after it.`,
        nodeIds: [random.nodeId],
      }];
    }
    if (reading.states('time-split')) return [];
    return missingConcept(ctx, 'time-split', 'Say how data is split: by time (train on the past, validate on the period after), never at random.');
  },
});

export const checkSplitStated = conceptRule({
  id: 'model-split-stated', step: 'model', severity: 'tip', kinds: ['classification', 'ranking', 'regression', 'detection'],
  concept: 'time-split', when: (ctx) => ownTraining(ctx) && !readingOf(ctx).states('random-split') && !readingOf(ctx).states('group-split'),
  title: 'How the data is split is stated',
  rationale: 'Random, by time or by user: the split decides whether offline metrics predict online ones, and where leakage hides.',
  ask: 'Say how you split (by time when behaviour drifts, by user so no user is on both sides) and how you avoid leakage.',
});

export const checkBaseline = conceptRule({
  id: 'model-baseline', step: 'model', severity: 'warning', kinds: ['classification', 'ranking', 'retrieval', 'regression', 'forecasting', 'generation', 'detection'],
  concept: 'baseline',
  title: 'A baseline is named',
  rationale:
    'Interviewers ask what the simplest thing that could work is (popularity, last year\'s value, a rule, logistic '
    + 'regression, the LLM without retrieval): it is the bar a model must clear to be worth its cost.',
  ask: 'Name a baseline (e.g. popularity, last year\'s value, logistic regression) on the Model card: the model must beat it to be worth shipping.',
});

const METRIC_TESTS = new Map(Object.entries(FITTING_OFFLINE_METRICS).map(([k, phrases]) => [k, phraseTest(phrases)]));

export const checkOfflineMetricFits = defineRule({
  id: 'evaluation-metric-fits', step: 'evaluation', severity: 'warning',
  kinds: ['classification', 'ranking', 'retrieval', 'regression', 'forecasting', 'generation', 'detection'],
  title: 'The offline metrics fit the problem kind',
  rationale:
    'Accuracy for fraud, RMSE for ranking, BLEU for a grounded assistant: a metric that does not fit the problem '
    + 'compares models on the wrong thing. Classification wants PR-AUC or ROC-AUC, ranking nDCG or mAP, retrieval '
    + 'recall@k, regression MAE or RMSE, forecasting MAPE or WAPE over a backtest, generation graded faithfulness.',
  find(ctx) {
    const { kind } = problemOf(ctx);
    const test = METRIC_TESTS.get(kind)!;
    const written = [
      ctx.cardField('evaluation-card', 'offlineMetrics'),
      ...ctx.whereKind((k) => k.roles.includes('offline-eval')).map((n) => ({ text: ctx.field(n, 'metrics'), nodeId: n.id })),
    ].filter((w) => w.text);
    if (written.length === 0 || written.some((w) => test(normaliseText(w.text)))) return [];
    const examples = FITTING_OFFLINE_METRICS[kind].slice(0, 4).map((m) => m.replace('*', '').toUpperCase()).join(', ');
    return [{
      message: `The offline metrics (“${written[0].text}”) do not fit ${kindName(kind)}. Choose one that does (e.g. ${examples}): the offline metric is how models are compared before launch.`,
      nodeIds: written.map((w) => w.nodeId!).filter(Boolean),
    }];
  },
});

const MODEL_ONLY = phraseTest(MODEL_ONLY_METRICS);

export const checkOnlineMetricIsBusiness = defineRule({
  id: 'evaluation-online-business', step: 'evaluation', severity: 'warning',
  title: 'The online metric measures the business objective, not the model',
  rationale:
    'Online metrics judge the system by what the business wants (CTR, revenue, fraud losses, stock-outs, resolved '
    + 'tickets); a model metric such as AUC or RMSE cannot be measured on live traffic without labels and does '
    + 'not say whether the business gained.',
  find(ctx) {
    const { text, nodeId } = ctx.cardField('evaluation-card', 'onlineMetrics');
    if (!text) return [];
    const items = text.split(/[,;/]|\band\b|\n/).map((t) => normaliseText(t)).filter(Boolean);
    if (items.length === 0 || !items.every((item) => MODEL_ONLY(item))) return [];
    const business = ctx.cardField('requirements', 'businessObjective').text;
    return [{
      message: `The online metrics (“${text}”) measure the model, not the business${business ? ` (“${business}”)` : ''}. Name what the business watches on live traffic (e.g. revenue, conversion, losses prevented, user retention) and the model metric offline.`,
      nodeIds: nodeId ? [nodeId] : [],
    }];
  },
});

export const checkColdStart = conceptRule({
  id: 'model-cold-start', step: 'model', severity: 'tip', kinds: ['ranking'],
  concept: 'cold-start',
  title: 'Cold start is handled',
  rationale: 'New users and new items have no history: interviewers ask what they get (popularity, content features, exploration).',
  ask: 'Say what new users and new items get before they have history (popular items, content-based features, exploration).',
});

export const checkCalibration = conceptRule({
  id: 'evaluation-calibration', step: 'evaluation', severity: 'tip', kinds: ['classification', 'ranking'],
  concept: 'calibration', when: (ctx) => readingOf(ctx).states('probabilities-used'),
  title: 'Probabilities used as numbers are calibrated',
  rationale: 'A click probability that sets a bid, or a fraud score that sets a threshold, must match observed rates; ranking only needs the order.',
  ask: 'The output is used as a probability: say how you keep it calibrated (Platt scaling or isotonic regression, a calibration curve, normalised cross-entropy).',
});

export const checkIndexRefresh = conceptRule({
  id: 'serving-index-refresh', step: 'serving', severity: 'warning', kinds: ['retrieval', 'ranking', 'generation'],
  concept: 'index-refresh',
  when: (ctx) => ctx.withRole('index').length > 0 && ctx.withRole('embedding').length + ctx.ofKind('trained-model').length > 0,
  title: 'The index is kept in step with the encoder',
  rationale:
    'Item embeddings and query embeddings only compare when one encoder version made both: when the encoder is '
    + 'retrained, the whole index must be re-embedded (or a second index built and switched), not only new items added.',
  ask: 'Say how the index follows the encoder: re-embed every item (backfill into a new index and switch) when a new encoder ships, and add new items as they arrive.',
});

const generation = ['generation'] as const;

/** Retrieval-augmented generation: answers are built from retrieved documents (problem.ts reads which). */
const RETRIEVAL_AUGMENTED = {
  test: (ctx: RuleContext) => problemOf(ctx).generation?.retrievalAugmented === true,
  short: 'retrieval-augmented only',
  says: 'answers are built from retrieved documents (a retriever such as a vector database or a search engine is drawn, or the framing card says retrieval-augmented)',
};

export const checkGrounding = defineRule({
  id: 'generation-grounding', step: 'serving', severity: 'warning', kinds: generation, onlyWhen: RETRIEVAL_AUGMENTED,
  title: 'Answers are grounded in retrieved sources',
  rationale:
    'When answers are built from retrieved documents, an interviewer asks how they stay within them: the answer '
    + 'should use the retrieved passages, cite them, and say "I don\'t know" when they do not cover the question. '
    + 'A caption or a summary of a given input has nothing retrieved to cite: it is asked for faithfulness to its '
    + 'input instead (generation-hallucination).',
  find: (ctx) => missingConcept(ctx, 'grounding', 'Say how answers stay grounded: retrieved passages in the prompt, answers that cite them, and a refusal when nothing relevant is retrieved.'),
});

export const checkJudgeEval = conceptRule({
  id: 'generation-graded-eval', step: 'evaluation', severity: 'warning', kinds: generation, concept: 'judge-eval',
  title: 'Generated answers are graded',
  rationale:
    'There is no single right answer to compare with: generated answers are graded against reference answers or a '
    + 'rubric, by an LLM judge checked against human graders.',
  ask: 'Say how answers are graded: a golden set of questions with reference answers, scored by an LLM judge with a rubric and spot-checked by people.',
});

export const checkHallucination = defineRule({
  id: 'generation-hallucination', step: 'evaluation', severity: 'warning', kinds: generation,
  title: 'Hallucinations are measured',
  rationale:
    'The failure an interviewer asks about first for generation: how often outputs state what their source does not '
    + 'support (the retrieved documents for an assistant; the image, the document or the sentence given for a '
    + 'caption, a summary or a translation).',
  find: (ctx) => missingConcept(ctx, 'hallucination', problemOf(ctx).generation?.retrievalAugmented
    ? 'Name how hallucination is measured (faithfulness or groundedness of each claim against the retrieved sources) and the bar for launch.'
    : 'Name how faithfulness to the input is measured (e.g. objects named that are not in the image, claims the source text does not make, rated by people or a judge) and the bar for launch.'),
});

export const checkGuardrails = conceptRule({
  id: 'generation-guardrails', step: 'serving', severity: 'warning', kinds: generation, concept: 'guardrails',
  title: 'Guardrails check inputs and outputs',
  rationale: 'Prompt injection, private data and unsafe answers are the risks of putting a generator in front of users.',
  ask: 'Add guardrails (a safety filter component, or say which checks run on inputs and outputs: prompt injection, PII, unsafe content).',
});

export const checkCostLatency = conceptRule({
  id: 'generation-cost-latency', step: 'serving', severity: 'warning', kinds: generation, concept: 'cost-latency',
  title: 'Cost and latency per request are budgeted',
  rationale: 'Every request spends tokens on a large model: the cost per request and the time to answer are design constraints, not afterthoughts.',
  ask: 'State the budget per request (tokens, cost, time to first token) and how you meet it (caching, a smaller model, streaming).',
});

export const checkBacktesting = conceptRule({
  id: 'evaluation-backtesting', step: 'evaluation', severity: 'warning', kinds: ['forecasting'], concept: 'backtest',
  title: 'The forecaster is backtested',
  rationale: 'One holdout period can be lucky; backtesting over several rolling origins shows how error behaves across seasons and events.',
  ask: 'Add a backtest: retrain up to each of several past dates and forecast the period after (rolling origin), and report the error across them.',
});

export const PROBE_RULES: readonly Rule[] = [
  checkLabelDelay, checkClassImbalance, checkTimeSplit, checkSplitStated, checkBaseline, checkColdStart,
  checkOfflineMetricFits, checkOnlineMetricIsBusiness, checkCalibration, checkBacktesting, checkJudgeEval,
  checkHallucination, checkIndexRefresh, checkGrounding, checkGuardrails, checkCostLatency,
];

