// The problem bank: every problem is complete, and its reference is a design the checklist gives 100 and that makes
// every point of the problem's own rubric. Also: the completeness check itself catches each missing part.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBoardText, type Board } from '../../src/domain/board';
import { createScaffold } from '../../src/domain/patterns';
import {
  PROBLEM_KINDS, problemGaps, questionMatcher, resolveProblem, scorePractice,
  type Problem, type ProblemFile, type ProblemMeta,
} from '../../src/domain/practice';
import { validateBoard } from '../../src/domain/validate';
import { buildProblemFiles } from '../../templates/problems/src/build-problems';

const dir = new URL('../../templates/problems/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

function template(id: string): Board | undefined {
  const r = parseBoardText(readFileSync(new URL(`../../templates/${id}.json`, import.meta.url), 'utf8'));
  return r.ok ? r.board : undefined;
}

const index = JSON.parse(read('index.json')) as ProblemMeta[];
const problems: Problem[] = index.map((meta) => {
  const file = JSON.parse(read(`${meta.id}.json`)) as ProblemFile;
  if (!('template' in file.reference)) {
    const restored = parseBoardText(JSON.stringify(file.reference));
    if (!restored.ok) throw new Error(`${meta.id}: ${restored.error.message}`);
    file.reference = restored.board;
  }
  const problem = resolveProblem(file, template);
  if (!problem) throw new Error(`${meta.id}: its reference template is missing`);
  return problem;
});

describe('the problem bank', () => {
  it('has the ten case studies and at least ten more, across problem kinds', () => {
    expect(problems.filter((p) => p.caseStudy)).toHaveLength(10);
    expect(problems.filter((p) => !p.caseStudy).length).toBeGreaterThanOrEqual(10);
    expect(new Set(problems.map((p) => p.kind)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(problems.map((p) => p.id)).size).toBe(problems.length);
    for (const p of problems) expect(PROBLEM_KINDS).toContain(p.kind);
  });

  it('the files in templates/problems are what the specs build (run npx tsx templates/problems/build.ts)', () => {
    for (const file of buildProblemFiles()) expect(read(file.name), file.name).toBe(file.text);
  });

  it.each(problems.map((p) => [p.id, p] as const))('%s is complete', (_, problem) => {
    expect(problemGaps(problem)).toEqual([]);
  });

  it.each(problems.map((p) => [p.id, p] as const))('%s: the reference scores 100 and makes every rubric point', (_, problem) => {
    const report = validateBoard(problem.reference);
    expect(report.findings.filter((f) => f.severity !== 'tip')).toEqual([]);
    expect(report.score).toBe(100);
    const score = scorePractice(problem.reference, problem);
    const missed = score.steps.flatMap((s) => s.points.filter((r) => !r.made).map((r) => `${r.point.id}: ${r.reasons.join(' ')}`));
    expect(missed).toEqual([]);
    expect(score.total).toBe(100);
  });

  it('a blank scaffold makes few points, and every missed point says why', () => {
    const problem = problems[0];
    const score = scorePractice(createScaffold(), problem);
    expect(score.total).toBeLessThan(20);
    for (const s of score.steps) for (const r of s.points) if (!r.made) expect(r.reasons.join('')).not.toBe('');
  });

  it('removing a component the rubric asks for misses that point, and only the points that need it', () => {
    const problem = problems.find((p) => p.id === 'video-recommendation')!;
    const board = {
      ...problem.reference,
      nodes: problem.reference.nodes.filter((n) => n.type !== 'ann-service'),
      edges: problem.reference.edges.filter((e) => {
        const ann = new Set(problem.reference.nodes.filter((n) => n.type === 'ann-service').map((n) => n.id));
        return !ann.has(e.source) && !ann.has(e.target);
      }),
    };
    const score = scorePractice(board, problem);
    const missed = score.steps.flatMap((s) => s.points.filter((r) => !r.made).map((r) => r.point.id));
    expect(missed).toContain('ann');
    expect(score.steps.find((s) => s.step === 'serving')!.score).toBeLessThan(100);
    expect(score.steps.find((s) => s.step === 'requirements')!.score).toBe(100);
  });
});

describe('the completeness check catches every missing part', () => {
  const good = problems[0];
  const gaps = (p: Partial<Problem>) => problemGaps({ ...good, ...p });
  it('no prompt', () => expect(gaps({ prompt: ' ' })).toEqual([`${good.id}: no prompt`]));
  it('fewer than five questions', () => expect(gaps({ questions: good.questions.slice(0, 4) })[0]).toMatch(/4 clarifying questions; at least 5/));
  it('a step without rubric points', () => {
    expect(gaps({ rubric: good.rubric.filter((p) => p.step !== 'monitoring') })).toEqual([`${good.id}: no rubric point for step 7 (Monitoring)`]);
  });
  it('a rubric point naming a rule that does not exist', () => {
    const rubric = [...good.rubric, { id: 'x', step: 'model' as const, text: 'Something', why: 'Because', checks: [{ rule: 'no-such-rule' }] }];
    expect(gaps({ rubric })).toEqual([`${good.id}: rubric point "x" names an unknown checklist rule "no-such-rule"`]);
  });
  it('a reference with no components', () => {
    expect(gaps({ reference: { ...good.reference, nodes: [], edges: [] } })).toEqual([`${good.id}: the reference board has no components`]);
  });
});

describe('concept points are read by the checklist\'s own text reader', () => {
  const fraud = problems.find((p) => p.id === 'payment-fraud')!;
  const pointOf = (board: Board, id: string) => scorePractice(board, fraud).steps.flatMap((s) => s.points).find((r) => r.point.id === id)!;

  it('the rubric uses concepts where a point is one, and the bank names only concepts the vocabulary has', () => {
    const concepts = problems.flatMap((p) => p.rubric.flatMap((r) => r.checks.filter((c) => 'concept' in c)));
    expect(concepts.length).toBeGreaterThanOrEqual(problems.length + 10);
    for (const p of problems) expect(problemGaps(p)).toEqual([]);
    const unknown = { ...fraud, rubric: [...fraud.rubric, { id: 'x', step: 'model' as const, text: 'Something', why: 'Because', checks: [{ concept: 'no-such-concept' as never }] }] };
    expect(problemGaps(unknown)).toEqual(['payment-fraud: rubric point "x" names an unknown concept "no-such-concept"']);
  });

  it('a made concept point quotes what the board says', () => {
    expect(pointOf(fraud.reference, 'imbalance')).toMatchObject({ made: true, evidence: expect.stringMatching(/./) });
  });

  it('the point and the checklist agree: text that stops stating the concept misses the point and draws the checklist\'s finding', () => {
    const unstated = (board: Board, phrase: RegExp): Board => ({
      ...board,
      nodes: board.nodes.map((n) => ({
        ...n,
        data: {
          ...n.data,
          fields: Object.fromEntries(Object.entries(n.data.fields).map(([k, v]) => [k, typeof v === 'string' && phrase.test(v) ? 'One example per payment' : v])),
        },
      })),
    });
    const board = unstated(fraud.reference, /imbalanc|rare|downsampl|weight|0\.1 ?%/i);
    const missed = pointOf(board, 'imbalance');
    expect(missed.made).toBe(false);
    expect(missed.reasons.join(' ')).toMatch(/class imbalance/);
    expect(validateBoard(board).findings.map((f) => f.ruleId)).toContain('model-class-imbalance');
  });
});

describe('typed questions find the nearest scripted one', () => {
  const problem = problems.find((p) => p.id === 'video-recommendation')!;
  const match = questionMatcher(problem.questions);
  it.each([
    ['how many users are there?', 'scale'],
    ['what is the latency requirement', 'latency'],
    ['How fast should it be?', 'latency'],
    ['what are we trying to achieve for the business', 'objective'],
    ['do we have to deal with brand new users', 'new-users'],
    ['what interaction data is logged', 'data'],
  ])('"%s" -> %s', (typed, id) => {
    expect(match(typed)?.question.id).toBe(id);
  });
  it('nothing close: no match', () => {
    expect(match('what is your favourite colour')).toBeNull();
    expect(match('   ')).toBeNull();
  });
});
