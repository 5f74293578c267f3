// What an interviewer listens for, as data: each concept has an id, what it means, the phrases that state it, the
// components whose presence states it, where an interviewer expects to read it and which problem kinds it matters
// for. The reader (reading.ts) finds the concepts a board states; rules and, later, practice rubrics refer to them
// by id. Phrases are matched on word starts in lowercase text without punctuation ("time based" matches
// "time-based"); a phrase ending in "*" matches any word that starts with it ("imbalanc*" matches "imbalanced").
import type { KindId } from '../catalog';
import { PROBLEM_KINDS, type ProblemKind } from '../problem-kinds';

export interface Concept {
  id: string;
  /** A short name, used in findings: "class imbalance". */
  name: string;
  /** What stating it means, in an interviewer's words. */
  meaning: string;
  phrases: readonly string[];
  /** Components whose presence on the board states the concept. */
  components?: readonly KindId[];
  /** Where an interviewer expects to read it: a card and field, named in findings. */
  expected: { card: KindId; field: string };
  /** The expected field is the concept's own (the Model card's Baseline): anything answered there states it. */
  ownField?: true;
  /** The problem kinds it matters for. */
  kinds: readonly ProblemKind[];
}

const ALL: readonly ProblemKind[] = PROBLEM_KINDS.map((k) => k.id);
const PREDICTIVE: readonly ProblemKind[] = ALL.filter((k) => k !== 'generation' && k !== 'other');

export const VOCABULARY = [
  {
    id: 'label-source', name: 'where labels come from',
    meaning: 'How each training example gets its label: hand labelling, natural labels from user actions or from the outcome itself (sales, chargebacks, delivery times).',
    phrases: ['label*', 'annotat*', 'hand label*', 'natural label*', 'user report*', 'chargeback*', 'actuals', 'actual sales', 'actual demand', 'actual delivery', 'ground truth', 'observed', 'outcome*', 'reviewer*', 'graded', 'human feedback', 'thumbs'],
    components: ['labeling', 'human-review', 'human-feedback'],
    expected: { card: 'data-card', field: 'labels' }, kinds: ALL,
  },
  {
    id: 'label-delay', name: 'how long labels take to mature',
    meaning: 'The delay between a prediction and its true label (a chargeback weeks later, the real delivery time, next week\'s sales): it sets how fresh training data can be and how outcomes are attributed.',
    phrases: ['delay*', 'delayed', 'matur*', 'label lag', 'lag of', 'lags behind', 'arrive* after', 'arrive* within', 'days later', 'weeks later', 'after the fact', 'within * days', 'within * weeks', 'known after', 'available after', 'when the order', 'at delivery'],
    expected: { card: 'data-card', field: 'labels' }, kinds: ['classification', 'regression', 'forecasting'],
  },
  {
    id: 'class-imbalance', name: 'class imbalance and how it is handled',
    meaning: 'Positives are rare (fraud, abuse, defects): say how rare and what you do about it (resampling, class weights, focal loss, a threshold chosen on precision and recall).',
    phrases: ['imbalanc*', 'rare', 'rarity', 'downsampl*', 'down sampl*', 'upsampl*', 'oversampl*', 'undersampl*', 'class weight*', 'weighted loss', 'focal loss', 'smote', 'resampl*', 'skew*', 'minority class', 'base rate', 'prevalence'],
    expected: { card: 'model-card', field: 'dataset' }, kinds: ['classification', 'detection'],
  },
  {
    id: 'time-split', name: 'a time-based split',
    meaning: 'Train on the past, validate on the period after it: the only honest split when the future is predicted or behaviour drifts.',
    phrases: ['time based', 'time split', 'split by time', 'by time', 'chronolog*', 'temporal*', 'out of time', 'past to predict', 'train on earlier', 'train on the past', 'rolling origin*', 'rolling window validation', 'walk forward', 'backtest*', 'holdout period', 'later period', 'last * weeks', 'last * days', 'last * months'],
    components: ['backtesting'],
    expected: { card: 'model-card', field: 'dataset' }, kinds: PREDICTIVE,
  },
  {
    id: 'random-split', name: 'a random split',
    meaning: 'Rows shuffled into train and test: fine for independent examples, leaks the future into training for time series.',
    phrases: ['random split', 'randomly split', 'split randomly', 'random train', 'random 80', 'random 70', 'shuffl*', 'random holdout', 'k fold', 'kfold'],
    expected: { card: 'model-card', field: 'dataset' }, kinds: PREDICTIVE,
  },
  {
    id: 'group-split', name: 'a split by user or entity',
    meaning: 'All examples of one user, store or item on one side of the split, so the model is tested on entities it has not seen.',
    phrases: ['by user', 'split by user', 'split by store', 'by store', 'by item', 'group k fold', 'grouped split', 'by entity', 'by account', 'by merchant'],
    expected: { card: 'model-card', field: 'dataset' }, kinds: PREDICTIVE,
  },
  {
    id: 'backtest', name: 'backtesting',
    meaning: 'The forecaster is replayed over several past periods (rolling origin, walk-forward), each trained only on what came before it.',
    phrases: ['backtest*', 'rolling origin', 'rolling window*', 'walk forward', 'time series cross validation', 'expanding window*'],
    components: ['backtesting'],
    expected: { card: 'evaluation-card', field: 'offlineMetrics' }, kinds: ['forecasting'],
  },
  {
    id: 'leakage', name: 'leakage',
    meaning: 'Features or examples that would not exist at prediction time, or the same entity on both sides of the split.',
    phrases: ['leak*', 'point in time', 'as of', 'future information', 'look ahead'],
    expected: { card: 'model-card', field: 'dataset' }, kinds: PREDICTIVE,
  },
  {
    id: 'baseline', name: 'a baseline',
    meaning: 'The simplest thing that could work (popularity, last year\'s value, a rule, logistic regression): the bar the model must beat.',
    phrases: ['baseline*', 'heuristic*', 'naive', 'seasonal naive', 'rule based', 'rules based', 'popularity', 'popular', 'most popular', 'last year', 'last week', 'moving average', 'off the shelf', 'zero shot', 'prompt only', 'without fine tuning', 'bm25', 'keyword search', 'keyword matching', 'reverse chronological'],
    expected: { card: 'model-card', field: 'baseline' }, ownField: true, kinds: ALL,
  },
  {
    id: 'cold-start', name: 'cold start',
    meaning: 'What new users or new items get before there is history: popularity, content features, exploration.',
    phrases: ['cold start', 'new user*', 'new item*', 'new listing*', 'new video*', 'new post*', 'new event*', 'new ad*', 'new product*', 'no history', 'exploration', 'explore', 'bandit*', 'content based', 'fallback'],
    expected: { card: 'model-card', field: 'model' }, kinds: ['ranking'],
  },
  {
    id: 'calibration', name: 'calibrated probabilities',
    meaning: 'When a probability is used as a number (bids, thresholds, expected loss), it must match observed rates: Platt scaling, isotonic regression, calibration curves.',
    phrases: ['calibrat*', 'platt', 'isotonic', 'reliability diagram', 'expected calibration error', 'ece', 'normalized cross entropy', 'log loss'],
    expected: { card: 'evaluation-card', field: 'offlineMetrics' }, kinds: ['classification', 'ranking'],
  },
  {
    id: 'probabilities-used', name: 'probabilities used as numbers',
    meaning: 'The output is a probability that drives a decision or a price: a bid, a threshold, an expected loss.',
    phrases: ['probabilit*', 'likelihood', 'expected loss', 'expected value', 'bid*', 'pctr', 'risk score'],
    expected: { card: 'framing', field: 'output' }, kinds: ['classification', 'ranking'],
  },
  {
    id: 'index-refresh', name: 'the index kept in step with the encoder',
    meaning: 'Item embeddings from one encoder version only compare with queries from the same version: re-embed (backfill) the whole index when the encoder changes, and add new items as they arrive.',
    phrases: ['re embed*', 'reembed*', 're index*', 'reindex*', 'rebuild*', 'backfill*', 'new model*', 'new encoder', 'encoder version', 'index version', 'same encoder', 'every encoder', 'model version', 'on model change', 'dual index', 'blue green'],
    expected: { card: 'monitoring-card', field: 'retraining' }, kinds: ['retrieval', 'ranking', 'generation'],
  },
  {
    id: 'grounding', name: 'grounding in retrieved sources',
    meaning: 'Answers are built from retrieved documents and cite them, and the model says it does not know when they do not cover the question.',
    phrases: ['grounded', 'grounding', 'groundedness', 'cite*', 'citation*', 'retrieved context', 'retrieved passages', 'retrieved documents', 'retrieved chunks', 'retrieved articles', 'only from', 'based on the documents', 'attribution'],
    expected: { card: 'framing', field: 'output' }, kinds: ['generation'],
  },
  {
    id: 'judge-eval', name: 'evaluation with graded answers or a judge',
    meaning: 'Generated answers are graded: a golden set with reference answers, an LLM as judge with a rubric, human graders.',
    phrases: ['judge*', 'graded', 'grader*', 'human eval*', 'golden set', 'golden dataset', 'reference answer*', 'rubric*', 'win rate', 'pairwise', 'side by side', 'eval set'],
    components: ['llm-judge'],
    expected: { card: 'evaluation-card', field: 'offlineMetrics' }, kinds: ['generation'],
  },
  {
    id: 'hallucination', name: 'hallucination checks',
    meaning: 'How often outputs state things their source does not support (the retrieved documents; or the image, document or sentence given, for a caption, summary or translation), and how that is measured and caught.',
    phrases: ['hallucinat*', 'faithful*', 'unsupported', 'fabricat*', 'factual*', 'groundedness', 'not in the image', 'not in the source*', 'not in the document*'],
    expected: { card: 'evaluation-card', field: 'offlineMetrics' }, kinds: ['generation'],
  },
  {
    id: 'guardrails', name: 'guardrails and safety checks',
    meaning: 'Inputs and outputs are checked: prompt injection, private data, unsafe or off-topic content, refusals.',
    phrases: ['guardrail*', 'safety', 'safe', 'moderat*', 'pii', 'prompt injection', 'jailbreak*', 'toxic*', 'refus*', 'content filter*', 'redact*'],
    components: ['guardrails'],
    expected: { card: 'serving-card', field: 'testing' }, kinds: ['generation'],
  },
  {
    id: 'cost-latency', name: 'cost and latency per request',
    meaning: 'Tokens, model size and calls per request decide the cost and the time to answer: budget both, and say how (caching, a smaller model, streaming).',
    phrases: ['cost*', 'tokens per', 'token budget*', 'per token', 'per request', 'per query', 'per image', 'per call', 'per document', 'time to first token', 'ttft', 'latency', 'cache*', 'caching', 'smaller model', 'budget*', 'cheap*'],
    expected: { card: 'requirements', field: 'performance' }, kinds: ['generation'],
  },
] as const satisfies readonly Concept[];

export type ConceptId = (typeof VOCABULARY)[number]['id'];

const CONCEPTS = new Map<string, Concept>(VOCABULARY.map((c) => [c.id, c]));
export const isConceptId = (id: string): id is ConceptId => CONCEPTS.has(id);
export const getConcept = (id: ConceptId): Concept => CONCEPTS.get(id)!;

/** Offline metrics that fit each problem kind (phrases, matched like the concepts). */
export const FITTING_OFFLINE_METRICS: Record<ProblemKind, readonly string[]> = {
  classification: ['auc*', 'roc*', 'pr auc', 'precision*', 'recall*', 'f1', 'f score', 'log loss', 'cross entropy', 'average precision', 'map'],
  ranking: ['ndcg*', 'map', 'mrr', 'average rank', 'mean rank', 'rank of', 'recall*', 'precision*', 'auc*', 'roc*', 'normalized cross entropy', 'cross entropy', 'log loss', 'hit rate*', 'ne'],
  retrieval: ['recall*', 'precision*', 'mrr', 'ndcg*', 'map', 'hit rate*', 'top k accuracy'],
  regression: ['mae', 'rmse', 'mse', 'mape', 'wape', 'smape', 'r2', 'r squared', 'mean absolute*', 'mean squared*', 'huber', 'quantile loss', 'pinball*', 'absolute error', 'squared error'],
  forecasting: ['mape', 'wape', 'smape', 'mase', 'rmse', 'mae', 'rmsse', 'pinball*', 'quantile loss', 'bias', 'mean absolute*', 'absolute error', 'coverage'],
  generation: ['faithful*', 'grounded*', 'answer relevan*', 'win rate', 'rouge*', 'bleu', 'exact match', 'judge*', 'graded', 'hallucinat*', 'helpful*', 'correctness', 'accuracy of answers', 'citation*'],
  detection: ['map', 'iou', 'mean average precision', 'precision*', 'recall*', 'dice', 'pq'],
  other: [],
};

/** Metrics that are offline model metrics, not online ones tied to the business. */
export const MODEL_ONLY_METRICS: readonly string[] = [
  'auc*', 'roc*', 'pr auc', 'f1', 'log loss', 'cross entropy', 'ndcg*', 'mrr', 'map', 'mae', 'rmse', 'mse', 'mape', 'wape',
  'smape', 'mase', 'r2', 'iou', 'precision', 'recall', 'accuracy', 'bleu', 'rouge*', 'perplexity', 'latency', 'throughput',
];

/** Phrases and components that point at a problem kind when none is chosen, strongest first. */
export const PROBLEM_KIND_CUES: readonly { kind: ProblemKind; phrases: readonly string[]; components: readonly KindId[] }[] = [
  { kind: 'generation', phrases: ['generat*', 'rag', 'retrieval augmented', 'llm', 'chatbot', 'assistant', 'summar*', 'answer question*', 'copilot'], components: ['llm', 'prompt-template'] },
  { kind: 'forecasting', phrases: ['forecast*', 'time series', 'demand', 'next week*', 'next month*', 'horizon'], components: ['time-series-store', 'backtesting'] },
  { kind: 'detection', phrases: ['object detection', 'detect objects', 'bounding box*', 'segment*', 'localiz*', 'localis*'], components: [] },
  { kind: 'ranking', phrases: ['rank*', 'recommend*', 'feed', 'learning to rank', 'personaliz*', 'personalis*'], components: ['ranking', 'candidate-generation', 'reranking'] },
  { kind: 'retrieval', phrases: ['retriev*', 'search*', 'similar*', 'nearest neighbo*', 'representation learning', 'embedding*'], components: ['ann-service', 'vector-database', 'search-engine', 'vector-index'] },
  { kind: 'regression', phrases: ['regression', 'estimat*', 'predict the price', 'price prediction', 'eta', 'arrival time', 'duration', 'how long', 'how much'], components: [] },
  { kind: 'classification', phrases: ['classif*', 'fraud', 'spam', 'churn', 'whether', 'binary', 'multiclass', 'multi class', 'abuse', 'harmful'], components: ['rules-engine'] },
];
