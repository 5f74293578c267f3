// The interview clock: budgets per step, pause and resume, moving between steps, the nudge, driven by a fake clock.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SPLIT, MINUTE, endTimer, formatClock, goToStep, pauseTimer, resumeTimer, setBudgets, startTimer, stepBudgets, viewTimer,
} from '../../src/domain/practice';

describe('step budgets', () => {
  it('the default split fills 45 minutes exactly as written', () => {
    expect(stepBudgets(45)).toEqual(DEFAULT_SPLIT);
  });

  it('scales to 60 minutes and to a custom length, always adding up', () => {
    const sixty = stepBudgets(60);
    expect(Object.values(sixty).reduce((a, b) => a + b, 0)).toBe(60);
    expect(sixty.model).toBeGreaterThan(DEFAULT_SPLIT.model);
    const twenty = stepBudgets(20);
    expect(Object.values(twenty).reduce((a, b) => a + b, 0)).toBe(20);
  });
});

describe('the session clock', () => {
  const t0 = 1_000_000;
  const start = () => startTimer(stepBudgets(45), t0);

  it('counts time into the current step and shows the time left', () => {
    const v = viewTimer(start(), t0 + 3 * MINUTE);
    expect(v.step).toBe('requirements');
    expect(v.spent.requirements).toBe(3 * MINUTE);
    expect(v.left).toBe(42 * MINUTE);
    expect(v.nudge).toBeNull();
    expect(formatClock(v.left)).toBe('42:00');
  });

  it('nudges gently when a step runs over its budget, and names the next step', () => {
    const v = viewTimer(start(), t0 + 7 * MINUTE);
    expect(v.over).toBe(2 * MINUTE);
    expect(v.nudge).toBe('Requirements is 2 min over its 5 min. Consider moving on to Framing.');
    expect(v.expectedStep).toBe('framing');
  });

  it('moving on stops the clock of the step left behind', () => {
    let t = goToStep(start(), 'framing', t0 + 4 * MINUTE);
    t = goToStep(t, 'data', t0 + 6 * MINUTE);
    const v = viewTimer(t, t0 + 10 * MINUTE);
    expect(v.spent).toMatchObject({ requirements: 4 * MINUTE, framing: 2 * MINUTE, data: 4 * MINUTE });
    expect(v.nudge).toBeNull();
  });

  it('a paused session does not count time, and resumes where it was', () => {
    let t = pauseTimer(start(), t0 + MINUTE);
    expect(viewTimer(t, t0 + 30 * MINUTE).elapsed).toBe(MINUTE);
    t = resumeTimer(t, t0 + 30 * MINUTE);
    expect(viewTimer(t, t0 + 31 * MINUTE).elapsed).toBe(2 * MINUTE);
    expect(pauseTimer(pauseTimer(t, t0 + 32 * MINUTE), t0 + 40 * MINUTE).spent.requirements).toBe(3 * MINUTE);
  });

  it('says when the time is up, and stops counting once ended', () => {
    const t = start();
    expect(viewTimer(t, t0 + 46 * MINUTE).nudge).toMatch(/^Time is up/);
    expect(viewTimer(t, t0 + 46 * MINUTE).left).toBe(-MINUTE);
    const ended = endTimer(t, t0 + 20 * MINUTE);
    expect(viewTimer(ended, t0 + 50 * MINUTE).elapsed).toBe(20 * MINUTE);
    expect(goToStep(ended, 'model', t0 + 50 * MINUTE)).toBe(ended);
  });

  it('a clock that jumps backwards adds no time', () => {
    expect(viewTimer(start(), t0 - 5 * MINUTE).elapsed).toBe(0);
  });

  it('budgets edited mid-session keep the time spent', () => {
    const t = setBudgets(goToStep(start(), 'framing', t0 + 2 * MINUTE), { ...DEFAULT_SPLIT, framing: 10 });
    const v = viewTimer(t, t0 + 8 * MINUTE);
    expect(v.spent.framing).toBe(6 * MINUTE);
    expect(v.total).toBe(51 * MINUTE);
    expect(v.nudge).toBeNull();
  });
});
