// Pacing a mock interview: a time budget per step and the session clock. The clock is a pure state machine driven
// by timestamps the caller passes in (Date.now() in the app, a fake clock in tests), so pausing, resuming and
// moving between steps are plain functions of (state, now).
import { STEP_IDS, getStep, type StepId } from '../framework';
import { apportion } from './calculator';

export const MINUTE = 60_000;

/** Minutes per step in a 45-minute interview: most time on data, model and serving, where the follow-ups go. */
export const DEFAULT_SPLIT: Readonly<Record<StepId, number>> = {
  requirements: 5, framing: 4, data: 8, model: 9, evaluation: 5, serving: 9, monitoring: 5,
};

export const SESSION_LENGTHS = [45, 60] as const;
export const MAX_SESSION_MINUTES = 180;

/** Each step's budget in whole minutes for a session of `minutes`, in proportion to `split`. */
export function stepBudgets(minutes: number, split: Readonly<Record<StepId, number>> = DEFAULT_SPLIT): Record<StepId, number> {
  const parts = apportion(minutes, STEP_IDS.map((s) => split[s]));
  return Object.fromEntries(STEP_IDS.map((s, i) => [s, parts[i]])) as Record<StepId, number>;
}

export type TimerStatus = 'running' | 'paused' | 'ended';

export interface TimerState {
  status: TimerStatus;
  /** Budget per step, milliseconds. */
  budgets: Record<StepId, number>;
  /** Time spent per step up to `since`, milliseconds. */
  spent: Record<StepId, number>;
  step: StepId;
  /** When the running stretch began (the clock's time); meaningful while running. */
  since: number;
}

const zero = () => Object.fromEntries(STEP_IDS.map((s) => [s, 0])) as Record<StepId, number>;

export function startTimer(budgetMinutes: Readonly<Record<StepId, number>>, now: number): TimerState {
  const budgets = Object.fromEntries(STEP_IDS.map((s) => [s, Math.max(0, budgetMinutes[s]) * MINUTE])) as Record<StepId, number>;
  return { status: 'running', budgets, spent: zero(), step: STEP_IDS[0], since: now };
}

/** The time since `since` added to the current step (a clock that went backwards adds nothing). */
function settle(t: TimerState, now: number): TimerState {
  if (t.status !== 'running') return t;
  const delta = Math.max(0, now - t.since);
  return { ...t, spent: { ...t.spent, [t.step]: t.spent[t.step] + delta }, since: now };
}

export function pauseTimer(t: TimerState, now: number): TimerState {
  return t.status === 'running' ? { ...settle(t, now), status: 'paused' } : t;
}

export function resumeTimer(t: TimerState, now: number): TimerState {
  return t.status === 'paused' ? { ...t, status: 'running', since: now } : t;
}

export function goToStep(t: TimerState, step: StepId, now: number): TimerState {
  if (t.status === 'ended') return t;
  return { ...settle(t, now), step };
}

export function endTimer(t: TimerState, now: number): TimerState {
  return t.status === 'ended' ? t : { ...settle(t, now), status: 'ended' };
}

/** Changes the budgets mid-session (minutes); time spent is kept. */
export function setBudgets(t: TimerState, budgetMinutes: Readonly<Record<StepId, number>>): TimerState {
  return { ...t, budgets: Object.fromEntries(STEP_IDS.map((s) => [s, Math.max(0, budgetMinutes[s]) * MINUTE])) as Record<StepId, number> };
}

/**
 * One step's budget changed mid-session, in whole minutes, the interview's length kept: the minutes it gains are taken
 * from the steps still ahead (after the current one), in proportion to their budgets, and the minutes it gives up go
 * to them the same way; steps already behind keep theirs. No step is cut below the time already spent in it, and a
 * step cannot grow past what the others can give. When nothing is ahead (the last step, or only the changed one),
 * every other step shares the change. Returns the budgets in minutes.
 */
export function rebudgetStep(t: TimerState, step: StepId, minutes: number, now: number): Record<StepId, number> {
  const live = settle(t, now);
  const budget = Object.fromEntries(STEP_IDS.map((s) => [s, Math.round(live.budgets[s] / MINUTE)])) as Record<StepId, number>;
  const total = STEP_IDS.reduce((sum, s) => sum + budget[s], 0);
  // What each step cannot give up: the minutes already spent in it, rounded up.
  const floor = (s: StepId) => Math.min(budget[s], Math.ceil(live.spent[s] / MINUTE));
  const current = STEP_IDS.indexOf(live.step);
  const ahead = STEP_IDS.filter((s, i) => i > current && s !== step);
  const others = STEP_IDS.filter((s) => s !== step);
  const most = total - others.reduce((sum, s) => sum + floor(s), 0);
  const wanted = Math.max(Math.ceil(live.spent[step] / MINUTE), Math.min(most, Math.round(Number.isFinite(minutes) ? minutes : budget[step])));
  let change = wanted - budget[step];
  budget[step] = wanted;
  // Spread the change over the steps ahead, then, if they cannot absorb it all, over every other step.
  for (const group of [ahead, others]) {
    while (change !== 0) {
      const room = group.map((s) => (change > 0 ? budget[s] - floor(s) : Infinity));
      const open = group.filter((_, i) => room[i] > 0);
      if (open.length === 0) break;
      // Shares by budget; steps at zero share equally when giving time back to all-empty steps.
      const weights = open.map((s) => budget[s]);
      const parts = apportion(Math.abs(change), weights.some((w) => w > 0) ? weights : open.map(() => 1));
      let moved = 0;
      open.forEach((s, i) => {
        const amount = Math.min(parts[i], room[group.indexOf(s)]);
        budget[s] += change > 0 ? -amount : amount;
        moved += amount;
      });
      if (moved === 0) break;
      change += change > 0 ? -moved : moved;
    }
  }
  return budget;
}

export interface TimerView {
  status: TimerStatus;
  step: StepId;
  spent: Record<StepId, number>;
  elapsed: number;
  total: number;
  /** Negative when the session has run over. */
  left: number;
  /** How far the current step is over its budget (0 when within). */
  over: number;
  /** Where the budgets say the session should be by now. */
  expectedStep: StepId;
  /** A gentle line when the current step has run over, or the time is up; null otherwise. */
  nudge: string | null;
}

/** Minutes as "m:ss". */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const s = Math.floor(Math.abs(ms) / 1000);
  return `${sign}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function viewTimer(t: TimerState, now: number): TimerView {
  const live = settle(t, now);
  const total = STEP_IDS.reduce((sum, s) => sum + live.budgets[s], 0);
  const elapsed = STEP_IDS.reduce((sum, s) => sum + live.spent[s], 0);
  const over = Math.max(0, live.spent[live.step] - live.budgets[live.step]);
  let expectedStep: StepId = STEP_IDS[STEP_IDS.length - 1];
  let edge = 0;
  for (const s of STEP_IDS) {
    edge += live.budgets[s];
    if (elapsed < edge) {
      expectedStep = s;
      break;
    }
  }
  const index = STEP_IDS.indexOf(live.step);
  const next = STEP_IDS[index + 1];
  let nudge: string | null = null;
  if (live.status !== 'ended' && elapsed >= total && total > 0) {
    nudge = 'Time is up. Wrap up and reveal the reference when you are ready.';
  } else if (live.status !== 'ended' && over >= 1000) {
    const name = getStep(live.step).short;
    nudge = `${name} is ${Math.max(1, Math.round(over / MINUTE))} min over its ${Math.round(live.budgets[live.step] / MINUTE)} min.`
      + (next ? ` Consider moving on to ${getStep(next).short}.` : ' Consider wrapping up.');
  }
  return {
    status: live.status, step: live.step, spent: live.spent, elapsed, total, left: total - elapsed, over, expectedStep, nudge,
  };
}
