// Designs for problems the book does not cover (tests/fixtures/validate/problems.ts): every good design scores 100
// with no error or warning, and every flaw is found at the step an interviewer would place it in.
import { describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/board';
import { PROBLEM_KINDS } from '../../src/domain/problem-kinds';
import { SCORING, validateBoard } from '../../src/domain/validate';
import { PROBLEMS } from '../fixtures/validate/problems';

const problems = (board: Board) => validateBoard(board).findings
  .filter((f) => f.severity !== 'tip')
  .map((f) => `${f.severity} ${f.ruleId} (${f.step}): ${f.message}`);

describe('designs for problems beyond the book', () => {
  it('cover every problem kind but "other", three of them with a second design', () => {
    const kinds = new Set(PROBLEMS.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(PROBLEM_KINDS.map((k) => k.id).filter((k) => k !== 'other').sort());
    expect(PROBLEMS.filter((p) => p.alternative).length).toBeGreaterThanOrEqual(3);
    for (const p of PROBLEMS) expect(p.flaws.length + 2, p.name).toBeGreaterThanOrEqual(4);
  });

  describe.each(PROBLEMS)('$name ($kind)', (problem) => {
    const designs: [string, () => Board][] = [['good design', problem.good]];
    if (problem.alternative) designs.push(['second design', problem.alternative]);
    it.each(designs)(
      'the %s scores 100 with no error or warning, and its kind is read as stated',
      (_, board) => {
        const report = validateBoard(board());
        expect(problems(board())).toEqual([]);
        expect(report.score).toBe(100);
        expect(report.problem).toMatchObject({ kind: problem.kind, stated: true });
      },
    );

    it(`with the ${problem.missingStep.step} step missing, scores at most ${SCORING.missingStepCap}`, () => {
      const report = validateBoard(problem.missingStep.board());
      expect(report.steps.find((s) => s.step === problem.missingStep.step)!.status).toBe('missing');
      expect(report.score).toBeLessThanOrEqual(SCORING.missingStepCap);
    });

    it('with the request no longer reaching the model (data still flowing), fails serving with the place it breaks', () => {
      const board = problem.brokenRequest();
      const report = validateBoard(board);
      const finding = report.findings.find((f) => f.ruleId === 'serving-request-path');
      expect(finding, problems(board).join('\n')).toBeDefined();
      expect(finding!.step).toBe('serving');
      expect(finding!.message).toMatch(/stops at/);
      expect(finding!.nodeIds.length).toBeGreaterThan(0);
      expect(report.steps.find((s) => s.step === 'serving')!.status).toBe('needs-work');
      expect(report.score).toBeLessThanOrEqual(100 - SCORING.weights.serving);
    });

    it.each(problem.flaws)('finds "$name" with $rule at the $step step', (flaw) => {
      const board = flaw.board();
      const report = validateBoard(board);
      const found = report.findings.filter((f) => f.ruleId === flaw.rule);
      expect(found.length, problems(board).join('\n')).toBeGreaterThan(0);
      expect(found.every((f) => f.step === flaw.step && f.severity !== 'tip')).toBe(true);
      expect(report.score).toBeLessThan(100);
    });
  });
});
