// validateBoard: run every rule over one context, group findings by step, give each step a status and the board
// a score. The scoring formula is documented in docs/rules.md (generated from SCORING below).
import type { Board } from '../board/types';
import { STEPS, type StepId } from '../framework';
import { buildContext, type Finding, type Rule } from './engine';
import { RULES } from './rules';

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
} as const;

/** The share (0..1) of a step's points it keeps. */
export function stepCredit(status: StepStatus, errors: number, warnings: number): number {
  if (status === 'missing') return 0;
  return Math.max(0, 1 - SCORING.errorCost * errors - SCORING.warningCost * warnings);
}

export function validateBoard(board: Board, rules: readonly Rule[] = RULES): Report {
  const ctx = buildContext(board);
  const findings = rules.flatMap((rule) => rule.check(ctx));
  const byStep = new Map<StepId, Finding[]>(STEPS.map((s) => [s.id, []]));
  for (const f of findings) byStep.get(f.step)?.push(f);

  let score = 0;
  const steps = STEPS.map((s): StepReport => {
    const stepFindings = byStep.get(s.id)!;
    const errors = stepFindings.filter((f) => f.severity === 'error').length;
    const warnings = stepFindings.filter((f) => f.severity === 'warning').length;
    const status: StepStatus = ctx.ofStep(s.id).length === 0 ? 'missing' : errors + warnings > 0 ? 'needs-work' : 'pass';
    score += SCORING.weights[s.id] * stepCredit(status, errors, warnings);
    return { step: s.id, status, findings: stepFindings };
  });
  return { score: Math.round(score), steps, findings };
}
