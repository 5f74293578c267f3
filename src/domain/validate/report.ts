// validateBoard: run every rule over one context, group findings by step, give each step a status and the board
// a score. The scoring formula is documented in docs/rules.md (generated from SCORING below).
import type { Board } from '../board/types';
import { STEPS, type StepId } from '../framework';
import { buildContext, type Finding, type Rule } from './engine';
import { RULES } from './rules';
import { problemOf, type ProblemReading } from './problem';

export type StepStatus = 'pass' | 'needs-work' | 'missing';

export interface StepReport {
  step: StepId;
  status: StepStatus;
  findings: Finding[];
}

export interface Report {
  /** 0..100; 100 when every step is on the board with no error and no warning. */
  score: number;
  steps: StepReport[];
  /** Every finding, in rule-table order (framework order, then patterns, then hygiene). */
  findings: Finding[];
  /** The kind of problem the board answers, stated or inferred: rules scoped to other kinds were not run. */
  problem: ProblemReading;
}

export const SCORING = {
  /** Points each step is worth; they add up to 100. */
  weights: {
    requirements: 10, framing: 10, data: 15, model: 15, evaluation: 15, serving: 20, monitoring: 15,
  } satisfies Record<StepId, number>,
  /** Share of a step's points each error costs. */
  errorCost: 0.5,
  /** Share of a step's points each warning costs. Tips cost nothing. */
  warningCost: 0.2,
  /** The most a board with a whole step missing can score, whatever the other steps are worth. */
  missingStepCap: 70,
} as const;

/** Why each weight is what it is: printed beside the weights in docs/rules.md. */
export const SCORING_REASONS = {
  weights: {
    requirements: 'Cards only; an interviewer hears them in the first minutes and moves on once they are clear.',
    framing: 'One card, but it decides everything after it; a wrong framing shows up again as wrong metrics.',
    data: 'Labels, features and the data pipeline: where most real systems succeed or fail.',
    model: 'Model choice, dataset and loss: the part candidates prepare most, weighed as much as data.',
    evaluation: 'Offline and online metrics decide whether a model ships; as much as the model itself.',
    serving: 'The only step whose failure means nothing works for a user: the largest share.',
    monitoring: 'What keeps the model working after launch (drift, fresh labels, retraining).',
  } satisfies Record<StepId, string>,
  errorCost: 'An error means the step is not answered or cannot work as drawn: half the step.',
  warningCost: 'A warning is an answer with a gap an interviewer will probe: a fifth of the step.',
  missingStepCap: 'A whole step missing is worse than any number of wrong details: a candidate who skipped '
    + 'evaluation must not read a score of 85 as nearly done, so such a board stays at 70 or below.',
  blocking: 'A request that cannot reach a model, or a service that uses no model, means the system serves nothing: '
    + 'the serving step keeps no points, whatever else it has.',
} as const;

/** The share (0..1) of a step's points it keeps. */
export function stepCredit(status: StepStatus, errors: number, warnings: number, blocked = false): number {
  if (status === 'missing' || blocked) return 0;
  return Math.max(0, 1 - SCORING.errorCost * errors - SCORING.warningCost * warnings);
}

export function validateBoard(board: Board, rules: readonly Rule[] = RULES): Report {
  const ctx = buildContext(board);
  const problem = problemOf(ctx);
  const applies = (rule: Rule) => (!rule.kinds || rule.kinds.includes(problem.kind)) && (!rule.onlyWhen || rule.onlyWhen.test(ctx));
  const findings = rules.flatMap((rule) => (applies(rule) ? rule.check(ctx) : []));
  const byStep = new Map<StepId, Finding[]>(STEPS.map((s) => [s.id, []]));
  for (const f of findings) byStep.get(f.step)?.push(f);

  let score = 0;
  const steps = STEPS.map((s): StepReport => {
    const stepFindings = byStep.get(s.id)!;
    const errors = stepFindings.filter((f) => f.severity === 'error').length;
    const warnings = stepFindings.filter((f) => f.severity === 'warning').length;
    const status: StepStatus = ctx.ofStep(s.id).length === 0 ? 'missing' : errors + warnings > 0 ? 'needs-work' : 'pass';
    score += SCORING.weights[s.id] * stepCredit(status, errors, warnings, stepFindings.some((f) => f.blocking));
    return { step: s.id, status, findings: stepFindings };
  });
  if (steps.some((s) => s.status === 'missing')) score = Math.min(score, SCORING.missingStepCap);
  return { score: Math.round(score), steps, findings, problem };
}
