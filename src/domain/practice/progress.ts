// Attempts and progress: what is kept of each mock interview, the trends the progress view draws, the weakest
// steps, and which problem to practise next. Pure: storage lives in src/practice/attempts.ts.
import type { Board } from '../board/types';
import { STEP_IDS, type StepId } from '../framework';
import type { PracticeScore } from './rubric';
import { PROBLEM_KINDS, type ProblemKind, type ProblemMeta } from './types';

export interface MissedPoint {
  step: StepId;
  text: string;
  why: string;
}

export interface Attempt {
  id: string;
  problemId: string;
  problemTitle: string;
  kind: ProblemKind;
  /** When the attempt was revealed, ms since the epoch. */
  date: number;
  /** The session length chosen, minutes. */
  minutes: number;
  /** Time used per step, milliseconds. */
  timeByStep: Record<StepId, number>;
  /** Each step's budget when the attempt ended (as edited during the session), milliseconds; absent in attempts
   *  kept before budgets could be edited. */
  budgetByStep?: Record<StepId, number>;
  /** 0..100 per step, from the rubric. */
  scoreByStep: Record<StepId, number>;
  total: number;
  /** The checklist's own score of the board. */
  checklistScore: number;
  missed: MissedPoint[];
  /** The board as revealed, for the one-page summary. */
  board: Board;
}

export function makeAttempt(args: {
  id: string; problem: ProblemMeta; date: number; minutes: number; timeByStep: Record<StepId, number>;
  budgetByStep?: Record<StepId, number>; score: PracticeScore; board: Board;
}): Attempt {
  const { id, problem, date, minutes, timeByStep, budgetByStep, score, board } = args;
  return {
    id,
    problemId: problem.id,
    problemTitle: problem.title,
    kind: problem.kind,
    date,
    minutes,
    timeByStep: { ...timeByStep },
    ...(budgetByStep ? { budgetByStep: { ...budgetByStep } } : {}),
    scoreByStep: Object.fromEntries(score.steps.map((s) => [s.step, s.score])) as Record<StepId, number>,
    total: score.total,
    checklistScore: score.report.score,
    missed: score.steps.flatMap((s) => s.points.filter((r) => r.checkable && !r.made).map((r) => ({ step: s.step, text: r.point.text, why: r.point.why }))),
    board,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStepNumbers = (v: unknown): v is Record<StepId, number> =>
  isRecord(v) && STEP_IDS.every((s) => typeof v[s] === 'number' && Number.isFinite(v[s]));

/** An attempt read from storage or a file, or null when it is not one (checked field by field; extra fields ignored). */
export function readAttempt(v: unknown): Attempt | null {
  if (!isRecord(v)) return null;
  const ok = typeof v.id === 'string' && v.id !== '' && typeof v.problemId === 'string' && typeof v.problemTitle === 'string'
    && PROBLEM_KINDS.includes(v.kind as ProblemKind) && typeof v.date === 'number' && Number.isFinite(v.date)
    && typeof v.minutes === 'number' && typeof v.total === 'number' && typeof v.checklistScore === 'number'
    && isStepNumbers(v.timeByStep) && isStepNumbers(v.scoreByStep) && Array.isArray(v.missed) && isRecord(v.board)
    && (v.budgetByStep === undefined || isStepNumbers(v.budgetByStep))
    && v.missed.every((m) => isRecord(m) && STEP_IDS.includes(m.step as StepId) && typeof m.text === 'string' && typeof m.why === 'string');
  return ok ? (v as unknown as Attempt) : null;
}

export const ATTEMPTS_FORMAT = 'mlsd-practice-attempts';

export function attemptsToJson(attempts: readonly Attempt[]): string {
  return JSON.stringify({ format: ATTEMPTS_FORMAT, version: 1, attempts }, null, 2);
}

export type AttemptsParse = { ok: true; attempts: Attempt[]; skipped: number } | { ok: false; message: string };

/** A file of attempts, as exported: each attempt checked; bad ones skipped and counted. */
export function parseAttemptsFile(text: string): AttemptsParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `This file is not valid JSON (${(e as Error).message}).` };
  }
  if (!isRecord(value) || value.format !== ATTEMPTS_FORMAT || !Array.isArray(value.attempts)) {
    return { ok: false, message: 'This is not a practice attempts file (it has no "mlsd-practice-attempts" format).' };
  }
  const attempts = value.attempts.map(readAttempt);
  const good = attempts.filter((a): a is Attempt => a !== null);
  return { ok: true, attempts: good, skipped: attempts.length - good.length };
}

export interface Progress {
  /** Per problem kind tried, its attempts' totals in date order. */
  byKind: { kind: ProblemKind; points: { date: number; score: number }[] }[];
  /** Mean score per step over the last `recent` attempts. */
  stepMeans: Record<StepId, number>;
  /** Steps from weakest to strongest (only when there are attempts). */
  weakestSteps: StepId[];
}

export function summariseProgress(attempts: readonly Attempt[], recent = 10): Progress {
  const sorted = [...attempts].sort((a, b) => a.date - b.date);
  const byKind = PROBLEM_KINDS.flatMap((kind) => {
    const points = sorted.filter((a) => a.kind === kind).map((a) => ({ date: a.date, score: a.total }));
    return points.length ? [{ kind, points }] : [];
  });
  const last = sorted.slice(-recent);
  const stepMeans = Object.fromEntries(STEP_IDS.map((s) => [
    s, last.length ? Math.round(last.reduce((sum, a) => sum + a.scoreByStep[s], 0) / last.length) : 0,
  ])) as Record<StepId, number>;
  const weakestSteps = last.length ? [...STEP_IDS].sort((a, b) => stepMeans[a] - stepMeans[b] || STEP_IDS.indexOf(a) - STEP_IDS.indexOf(b)) : [];
  return { byKind, stepMeans, weakestSteps };
}

/**
 * The next problem to practise: one not tried yet, from the kind with the weakest mean score (kinds never tried
 * count as weakest), easier first; when every problem was tried, the one with the lowest last score.
 */
export function suggestNext(bank: readonly ProblemMeta[], attempts: readonly Attempt[]): { problem: ProblemMeta; reason: string } | null {
  if (bank.length === 0) return null;
  const tried = new Set(attempts.map((a) => a.problemId));
  const kindMean = (kind: ProblemKind) => {
    const scores = attempts.filter((a) => a.kind === kind).map((a) => a.total);
    return scores.length ? scores.reduce((x, y) => x + y, 0) / scores.length : -1;
  };
  const order = { 'warm-up': 0, standard: 1, hard: 2 } as const;
  const untried = bank.filter((p) => !tried.has(p.id))
    .sort((a, b) => kindMean(a.kind) - kindMean(b.kind) || order[a.difficulty] - order[b.difficulty] || bank.indexOf(a) - bank.indexOf(b));
  if (untried.length) {
    const p = untried[0];
    const mean = kindMean(p.kind);
    return { problem: p, reason: mean < 0 ? 'A kind of problem you have not tried yet.' : `Your weakest kind so far (${Math.round(mean)} on average), not tried yet.` };
  }
  const lastScore = new Map<string, number>();
  for (const a of [...attempts].sort((x, y) => x.date - y.date)) lastScore.set(a.problemId, a.total);
  const worst = [...bank].sort((a, b) => (lastScore.get(a.id) ?? 0) - (lastScore.get(b.id) ?? 0))[0];
  return { problem: worst, reason: `Your lowest score last time (${lastScore.get(worst.id)}).` };
}
