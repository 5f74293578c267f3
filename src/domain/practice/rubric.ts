// Scoring an attempt against a problem's rubric. Every check is answered by the checklist (the validator's rules,
// the catalog's kinds and the text reader's concepts), so the rubric and the checklist can never disagree about what
// a board says.
import type { Board } from '../board/types';
import { findKind } from '../catalog';
import { STEPS, type StepId } from '../framework';
import { findRule, readBoard, validateBoard, type BoardReading, type Report } from '../validate';
import { getConcept, isConceptId } from '../validate/vocabulary';
import type { Problem, RubricCheck, RubricPoint } from './types';

export interface PointResult {
  point: RubricPoint;
  made: boolean;
  /** Kept for stored attempts, which may hold points scored before every check could be answered: always true now. */
  checkable: boolean;
  /** For a missed point: what the checklist said, one line per unmet check. */
  reasons: string[];
  /** For a made point with a concept check: what the board says, as written ("Chargebacks arrive within 60 days"). */
  evidence?: string;
}

export interface StepScore {
  step: StepId;
  earned: number;
  possible: number;
  /** 0..100 (100 when the step has no points). */
  score: number;
  points: PointResult[];
}

export interface PracticeScore {
  /** 0..100, the share of the rubric's points made. */
  total: number;
  steps: StepScore[];
  /** The checklist's own report on the board, for its score and findings. */
  report: Report;
}

/** What scoring reads once per board: the checklist's report and the text reader's reading. */
export interface BoardReview {
  board: Board;
  report: Report;
  reading: BoardReading;
}

interface CheckOutcome {
  met: boolean;
  reason: string;
  evidence?: string;
}

function checkOutcome(check: RubricCheck, { board, report, reading }: BoardReview): CheckOutcome {
  if ('rule' in check) {
    const rule = findRule(check.rule);
    if (!rule) return { met: false, reason: `Unknown checklist rule "${check.rule}".` };
    const finding = report.findings.find((f) => f.ruleId === rule.id);
    if (finding) return { met: false, reason: finding.message };
    const stepOfRule = rule.step === 'hygiene' ? undefined : report.steps.find((s) => s.step === rule.step);
    if (stepOfRule?.status === 'missing') return { met: false, reason: `Nothing on the board answers the ${rule.step} step yet.` };
    return { met: true, reason: '' };
  }
  if ('kinds' in check) {
    if (board.nodes.some((n) => check.kinds.includes(n.type))) return { met: true, reason: '' };
    const names = check.kinds.map((k) => findKind(k)?.label ?? k);
    return { met: false, reason: `No ${names.join(' or ')} is drawn.` };
  }
  if (!isConceptId(check.concept)) return { met: false, reason: `Unknown concept "${check.concept}".` };
  const mention = reading.first(check.concept);
  if (mention) return { met: true, reason: '', evidence: mention.quote };
  const concept = getConcept(check.concept);
  const card = findKind(concept.expected.card);
  const field = card?.fields.find((f) => f.key === concept.expected.field)?.label.toLowerCase() ?? concept.expected.field;
  return { met: false, reason: `Nothing on the board states ${concept.name}; an interviewer looks for it in the ${card?.label ?? concept.expected.card} card's ${field}.` };
}

/** The checklist's report and the reader's reading of a board, for scoring it against any number of points. */
export function reviewBoard(board: Board): BoardReview {
  return { board, report: validateBoard(board), reading: readBoard(board) };
}

export function scorePoint(point: RubricPoint, review: BoardReview): PointResult {
  const outcomes = point.checks.map((c) => checkOutcome(c, review));
  const made = outcomes.every((o) => o.met);
  const evidence = made ? outcomes.find((o) => o.evidence)?.evidence : undefined;
  return {
    point, made, checkable: true, reasons: outcomes.filter((o) => !o.met).map((o) => o.reason), ...(evidence ? { evidence } : {}),
  };
}

export function scorePractice(board: Board, problem: Pick<Problem, 'rubric'>): PracticeScore {
  const review = reviewBoard(board);
  let earnedAll = 0;
  let possibleAll = 0;
  const steps = STEPS.map((s): StepScore => {
    const points = problem.rubric.filter((p) => p.step === s.id).map((p) => scorePoint(p, review));
    let earned = 0;
    let possible = 0;
    for (const r of points) {
      const weight = r.point.points ?? 1;
      possible += weight;
      if (r.made) earned += weight;
    }
    earnedAll += earned;
    possibleAll += possible;
    return { step: s.id, earned, possible, score: possible === 0 ? 100 : Math.round((100 * earned) / possible), points };
  });
  return { total: possibleAll === 0 ? 100 : Math.round((100 * earnedAll) / possibleAll), steps, report: review.report };
}
