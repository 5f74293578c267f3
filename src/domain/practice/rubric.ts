// Scoring an attempt against a problem's rubric. Every check is answered by the checklist (the validator's rules
// and the catalog's kinds), so the rubric and the checklist can never disagree about what a board says.
import type { Board } from '../board/types';
import { findKind } from '../catalog';
import { STEPS, type StepId } from '../framework';
import { findRule, validateBoard, type Report } from '../validate';
import type { Problem, RubricCheck, RubricPoint } from './types';

/**
 * Answers "does the board express this concept?" for a `concept` check. EXTENSION POINT: issue #11's vocabulary
 * reader plugs in here; until then scoring runs without one and concept checks are reported as not checkable.
 */
export type ConceptReader = (board: Board, conceptId: string) => boolean;

export type CheckOutcome = 'met' | 'unmet' | 'uncheckable';

export interface PointResult {
  point: RubricPoint;
  made: boolean;
  /** False when a check could not be answered (a concept check with no reader): the point is left out of the score. */
  checkable: boolean;
  /** For a missed point: what the checklist said, one line per unmet check. */
  reasons: string[];
}

export interface StepScore {
  step: StepId;
  earned: number;
  possible: number;
  /** 0..100 (100 when the step has no checkable points). */
  score: number;
  points: PointResult[];
}

export interface PracticeScore {
  /** 0..100, the share of the rubric's checkable points made. */
  total: number;
  steps: StepScore[];
  /** The checklist's own report on the board, for its score and findings. */
  report: Report;
}

function checkOutcome(check: RubricCheck, board: Board, report: Report, concepts?: ConceptReader): { outcome: CheckOutcome; reason: string } {
  if ('rule' in check) {
    const rule = findRule(check.rule);
    if (!rule) return { outcome: 'unmet', reason: `Unknown checklist rule "${check.rule}".` };
    const finding = report.findings.find((f) => f.ruleId === rule.id);
    if (finding) return { outcome: 'unmet', reason: finding.message };
    const stepOfRule = rule.step === 'hygiene' ? undefined : report.steps.find((s) => s.step === rule.step);
    if (stepOfRule?.status === 'missing') return { outcome: 'unmet', reason: `Nothing on the board answers the ${rule.step} step yet.` };
    return { outcome: 'met', reason: '' };
  }
  if ('kinds' in check) {
    if (board.nodes.some((n) => check.kinds.includes(n.type))) return { outcome: 'met', reason: '' };
    const names = check.kinds.map((k) => findKind(k)?.label ?? k);
    return { outcome: 'unmet', reason: `No ${names.join(' or ')} is drawn.` };
  }
  if (!concepts) return { outcome: 'uncheckable', reason: `The concept "${check.concept}" cannot be read yet.` };
  return concepts(board, check.concept)
    ? { outcome: 'met', reason: '' }
    : { outcome: 'unmet', reason: `The cards do not say it (${check.concept}).` };
}

export function scorePoint(point: RubricPoint, board: Board, report: Report, concepts?: ConceptReader): PointResult {
  const outcomes = point.checks.map((c) => checkOutcome(c, board, report, concepts));
  const checkable = outcomes.every((o) => o.outcome !== 'uncheckable');
  const made = checkable && outcomes.every((o) => o.outcome === 'met');
  return { point, made, checkable, reasons: outcomes.filter((o) => o.outcome === 'unmet').map((o) => o.reason) };
}

export function scorePractice(board: Board, problem: Pick<Problem, 'rubric'>, concepts?: ConceptReader): PracticeScore {
  const report = validateBoard(board);
  let earnedAll = 0;
  let possibleAll = 0;
  const steps = STEPS.map((s): StepScore => {
    const points = problem.rubric.filter((p) => p.step === s.id).map((p) => scorePoint(p, board, report, concepts));
    let earned = 0;
    let possible = 0;
    for (const r of points) {
      if (!r.checkable) continue;
      const weight = r.point.points ?? 1;
      possible += weight;
      if (r.made) earned += weight;
    }
    earnedAll += earned;
    possibleAll += possible;
    return { step: s.id, earned, possible, score: possible === 0 ? 100 : Math.round((100 * earned) / possible), points };
  });
  return { total: possibleAll === 0 ? 100 : Math.round((100 * earnedAll) / possibleAll), steps, report };
}
