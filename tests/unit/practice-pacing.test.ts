// The interview clock: budgets per step, pause and resume, moving between steps, the nudge, driven by a fake clock.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SPLIT, MINUTE, endTimer, formatClock, goToStep, pauseTimer, rebudgetStep, resumeTimer, setBudgets, startTimer, stepBudgets,
  viewTimer,
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

describe('a step budget changed mid-session', () => {
  const t0 = 1_000_000;
  const sum = (b: Record<string, number>) => Object.values(b).reduce((a, x) => a + x, 0);

  it('takes the minutes a step gains from the steps ahead, in proportion to their budgets (worked by hand)', () => {
    // 45 min, still on requirements: the model step goes 9 → 15. The six minutes come from framing 4, data 8,
    // evaluation 5, serving 9, monitoring 5 (31 in all): 0.77, 1.55, 0.97, 1.74, 0.97 → largest remainders 1, 1, 1, 2, 1.
    const b = rebudgetStep(startTimer(stepBudgets(45), t0), 'model', 15, t0 + MINUTE);
    expect(b).toEqual({ requirements: 5, framing: 3, data: 7, model: 15, evaluation: 4, serving: 7, monitoring: 4 });
    expect(sum(b)).toBe(45);
  });

  it('gives the minutes a step frees to the steps ahead, and leaves the steps behind as they were', () => {
    let t = startTimer(stepBudgets(45), t0);
    t = goToStep(t, 'data', t0 + 9 * MINUTE); // requirements used 9 of 5 minutes
    const b = rebudgetStep(t, 'data', 2, t0 + 10 * MINUTE);
    // Data gives up 6: model 9, evaluation 5, serving 9, monitoring 5 (28) get 1.93, 1.07, 1.93, 1.07 → 2, 1, 2, 1.
    expect(b).toEqual({ requirements: 5, framing: 4, data: 2, model: 11, evaluation: 6, serving: 11, monitoring: 6 });
    expect(sum(b)).toBe(45);
  });

  it('never cuts a step below the time already spent in it, nor grows one past what the others can give', () => {
    let t = startTimer(stepBudgets(45), t0);
    t = goToStep(t, 'data', t0 + 3 * MINUTE + 1); // 3 min and a bit on requirements: it keeps 4
    const grown = rebudgetStep(t, 'data', 99, t0 + 4 * MINUTE); // 1 min on data already
    // The steps ahead give all they have, then the steps behind down to what they used: requirements keeps 4.
    expect(grown).toEqual({ requirements: 4, framing: 0, data: 41, model: 0, evaluation: 0, serving: 0, monitoring: 0 });
    const some = rebudgetStep(t, 'data', 20, t0 + 4 * MINUTE);
    expect(some.requirements).toBe(5); // behind: untouched while the steps ahead can give
    expect(sum(some)).toBe(45);
    const shrunk = rebudgetStep(t, 'data', 0, t0 + 4 * MINUTE);
    expect(shrunk.data).toBe(1);
  });

  it('on the last step, the other steps share the change; a bad number changes nothing', () => {
    let t = startTimer(stepBudgets(45), t0);
    t = goToStep(t, 'monitoring', t0);
    const b = rebudgetStep(t, 'monitoring', 10, t0);
    expect(b.monitoring).toBe(10);
    expect(sum(b)).toBe(45);
    expect(rebudgetStep(t, 'monitoring', Number.NaN, t0)).toEqual(stepBudgets(45));
  });

  it('keeps working with the clock: the new budgets are what the bar and the nudge read', () => {
    let t = startTimer(stepBudgets(45), t0);
    t = setBudgets(t, rebudgetStep(t, 'requirements', 2, t0 + MINUTE));
    const v = viewTimer(t, t0 + 3 * MINUTE);
    expect(v.nudge).toMatch(/Requirements is 1 min over its 2 min/);
    expect(v.total).toBe(45 * MINUTE);
  });
});
