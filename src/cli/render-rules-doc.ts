// docs/rules.md, generated from the rule table and the scoring constants so the reference cannot drift from the code.
import { STEPS } from '../domain/framework';
import { PROBLEM_KINDS } from '../domain/problem-kinds';
import { RULES, SCORING, SCORING_REASONS, type Rule } from '../domain/validate';
import { VOCABULARY } from '../domain/validate/vocabulary';

const SEVERITY_ORDER = { error: 0, warning: 1, tip: 2 } as const;

/** "every kind", or the kinds' names. */
function kindsOf(kinds: readonly string[] | undefined): string {
  if (!kinds || kinds.length === PROBLEM_KINDS.length) return 'every kind';
  return kinds.map((k) => PROBLEM_KINDS.find((p) => p.id === k)!.label.toLowerCase()).join('; ');
}

function ruleSection(rule: Rule): string {
  return [
    `#### \`${rule.id}\` · ${rule.severity}${rule.blocking ? ' · blocking' : ''}`, '',
    `**${rule.title}.** ${rule.rationale}`, '', `Applies to: ${kindsOf(rule.kinds)}${rule.onlyWhen ? `, only when ${rule.onlyWhen.says}` : ''}.`, '',
  ].join('\n');
}

function rulesOf(step: Rule['step'], rules: readonly Rule[]): Rule[] {
  return rules.filter((r) => r.step === step).sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function renderRulesDoc(rules: readonly Rule[] = RULES): string {
  const weights = STEPS.map((s) => `| ${s.number}. ${s.title} | ${SCORING.weights[s.id]} | ${SCORING_REASONS.weights[s.id]} |`);
  const count = (sev: Rule['severity']) => rules.filter((r) => r.severity === sev).length;
  const lines = [
    '# Validator rules',
    '',
    '<!-- Generated from src/domain/validate/rules.ts by `npx tsx src/cli/rules-doc.ts > docs/rules.md`.',
    '     Do not edit by hand: tests/unit/validate-rules-doc.test.ts fails when this file and the rule table differ. -->',
    '',
    'The validator reads a board the way an interviewer reads a whiteboard: step by step through the seven steps of',
    '*Machine Learning System Design Interview* (Aminian & Xu), checking that each step is answered with substance',
    '(the answer cards) and structure (the pipelines drawn). Run it in the app\'s checklist, or on a file:',
    '`npm run check -- board.json [--case <template-id>] [--json]`.',
    '',
    `There are ${rules.length} rules: ${count('error')} errors, ${count('warning')} warnings and ${count('tip')} tips.`,
    '',
    '## Severities',
    '',
    '- **error**: a step of the framework is not answered, or the design cannot work as drawn.',
    '- **warning**: the answer is there but incomplete, or the design misses something an interviewer will ask about.',
    '- **tip**: a talking point that would strengthen the answer. Tips never fail a step and cost no points.',
    '',
    '## Step status',
    '',
    '- **missing**: nothing of the step is on the board: no answer card and no component of that step.',
    '- **needs-work**: the step is on the board and has at least one error or warning.',
    '- **pass**: the step is on the board with no error and no warning (tips allowed).',
    '',
    'Hygiene findings count in the step of the node they concern (a group without a name counts in its first',
    'child\'s step, or in serving, where the book draws its pipelines).',
    '',
    '## Score',
    '',
    'Each step is worth a number of points; the weights add up to 100.',
    '',
    '| Step | Points | Why |',
    '| --- | --- | --- |',
    ...weights,
    '',
    'A step keeps `max(0, 1 − ' + SCORING.errorCost + ' × errors − ' + SCORING.warningCost + ' × warnings)` of its points, and none when it is',
    '**missing**. The score is the sum, rounded to a whole number: a complete design with no error and no warning',
    `scores 100; each error costs ${SCORING.errorCost * 100}% of its step's points and each warning ${SCORING.warningCost * 100}%, down to 0.`,
    '',
    '### Calibration, and why',
    '',
    `- **Error: ${SCORING.errorCost * 100}% of the step.** ${SCORING_REASONS.errorCost}`,
    `- **Warning: ${SCORING.warningCost * 100}% of the step.** ${SCORING_REASONS.warningCost}`,
    '- **Tip: nothing.** A talking point, not a gap.',
    `- **A step missing: the board scores at most ${SCORING.missingStepCap}.** ${SCORING_REASONS.missingStepCap}`,
    `- **A blocking error (${rules.filter((r) => r.blocking).map((r) => '`' + r.id + '`').join(', ')}): the step keeps no points.** ${SCORING_REASONS.blocking}`,
    '',
    '## How the graph is read',
    '',
    '- An arrow points the way data or requests flow; a two-way arrow (the book\'s A ↔ B) can be followed both ways.',
    '- Paths (source → … → training, client → … → service, serving → logging → … → training) follow the arrows.',
    '- "Connected" (a service and its model, a monitor and what it watches) means joined by an arrow either way.',
    '- An arrow into a pipeline box reaches every component inside it (nested pipelines too), and an arrow out of a',
    '  box leaves from each of them; the box does not join its own components to one another.',
    '- The data path stays inside the data-preparation step, so a feedback loop through serving does not count as',
    '  training input. The serving side spreads from the services a client reaches through serving components',
    '  either way, so a fetching service that reads precomputed results counts as using the batch job\'s model.',
    '- Cards satisfy the substance rules through their fields; components satisfy the structure rules through',
    '  their roles (src/domain/catalog.ts).',
    '',
    '## Problem kinds',
    '',
    'The ML framing card has a **problem kind** field. When it is empty the kind is inferred, in this order, from',
    'the ML category, the ML objective and the output (phrases such as "forecast", "learning to rank", "retrieval',
    'augmented"), then from the components drawn (an LLM, a time-series store, a ranking service, a vector search);',
    'the checklist shows the kind and why. Rules that only make sense for some kinds apply only to them (the',
    '"Problem kinds" column). No rule assumes that every system trains its own model (a design that prompts a hosted',
    'LLM and draws no training is not asked for training, a loss or a training set) or that every label is a user\'s',
    'reaction (for kinds other than ranking and retrieval, any label or data source that keeps feeding training',
    'counts as fresh labels).',
    '',
    ...PROBLEM_KINDS.map((k) => `- \`${k.id}\`: ${k.label}`),
    '',
    '### Generation, retrieval-augmented or not',
    '',
    'Generation stays one kind on the card (the list the issue names), read two ways from the board. It is',
    '**retrieval-augmented** when something retrieves for the generator (a component that retrieves or holds an index:',
    'a vector database, a search engine, a nearest-neighbour service) or the framing card names retrieval ("RAG",',
    '"retrieval-augmented", "retrieved"); otherwise it is **generation from the input** (a caption of an image, a',
    'summary of a call, a translation). Grounding in retrieved sources and citations are asked of the first only: a',
    'caption has nothing retrieved to cite. Both are asked what an interviewer asks of any generator: faithfulness to',
    'their source (the retrieved documents, or the input) and how hallucination is measured, graded evaluation by',
    'people or a judge, guardrails, and cost and latency per request. One kind with a reading, rather than two kinds,',
    'because the two share every other rule and the metrics that fit, and because a design moves between them by',
    'drawing a retriever, not by changing what problem it answers; the checklist shows which reading it took and why.',
    '',
    '## What the text is read for',
    '',
    'The cards\' text, every component\'s fields and notes and its name are read for the concepts below',
    '(src/domain/validate/vocabulary.ts). A phrase matches whole words, case and punctuation aside ("time-based"',
    'matches "time based"); a trailing `*` matches any word that starts so. Some components state a concept by being',
    'drawn. A finding quotes what is written where an interviewer would look and says what is missing.',
    '',
    '| Concept | Meaning | Stated by | Kinds |',
    '| --- | --- | --- | --- |',
    ...VOCABULARY.map((c) => {
      const components = 'components' in c ? c.components.map((k) => `the ${k} component`) : [];
      const by = [...c.phrases.slice(0, 6).map((p) => `"${p}"`), ...components].join(', ');
      return `| \`${c.id}\` | ${c.meaning} | ${by}${c.phrases.length > 6 ? ', …' : ''} | ${kindsOf(c.kinds)} |`;
    }),
    '',
    '## Rules',
    '',
    'Rules whose id starts with `pattern-` check the cross-chapter patterns (ANN + index, candidates then ranking,',
    'one feature store, re-ranking rules); they are listed under the step they belong to.',
    '',
    '| Rule | Step | Severity | Problem kinds | Checks |',
    '| --- | --- | --- | --- | --- |',
    ...rules.map((r) => `| \`${r.id}\` | ${r.step} | ${r.severity} | ${kindsOf(r.kinds)}${r.onlyWhen ? ` (${r.onlyWhen.short})` : ''} | ${r.title} |`),
    '',
  ];
  for (const step of STEPS) {
    lines.push(`### ${step.number}. ${step.title}`, '');
    for (const rule of rulesOf(step.id, rules)) lines.push(ruleSection(rule));
  }
  lines.push('### Hygiene', '', 'Findings land in the step of the node they concern.', '');
  for (const rule of rulesOf('hygiene', rules)) lines.push(ruleSection(rule));
  const text = lines.join('\n');
  let end = text.length;
  while (text[end - 1] === '\n') end--;
  return end < text.length ? `${text.slice(0, end)}\n` : text;
}
