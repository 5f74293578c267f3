// Attempts, progress and the next problem; the reference overlay's placement.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBoard, createNode, parseBoardText, type Board } from '../../src/domain/board';
import { STEP_IDS, type StepId } from '../../src/domain/framework';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH } from '../../src/domain/geometry';
import {
  attemptsToJson, ghostAdded, ghostComponents, parseAttemptsFile, suggestNext, summariseProgress, type Attempt, type ProblemMeta,
} from '../../src/domain/practice';
import { compareWithReference } from '../../src/domain/reference';

const steps = (v: number | Partial<Record<StepId, number>>) =>
  Object.fromEntries(STEP_IDS.map((s) => [s, typeof v === 'number' ? v : v[s] ?? 50])) as Record<StepId, number>;

const attempt = (id: string, problemId: string, kind: Attempt['kind'], date: number, total: number, scoreByStep = steps(total)): Attempt => ({
  id, problemId, problemTitle: problemId, kind, date, minutes: 45, timeByStep: steps(60_000), scoreByStep, total, checklistScore: total,
  missed: [{ step: 'model', text: 'A point', why: 'A reason' }], board: createBoard('b'),
});

const bank: ProblemMeta[] = [
  { id: 'feed', title: 'Feed', kind: 'ranking', difficulty: 'standard', summary: 's' },
  { id: 'ads', title: 'Ads', kind: 'ranking', difficulty: 'hard', summary: 's' },
  { id: 'fraud', title: 'Fraud', kind: 'classification', difficulty: 'standard', summary: 's' },
  { id: 'toxic', title: 'Toxic', kind: 'classification', difficulty: 'warm-up', summary: 's' },
  { id: 'eta', title: 'ETA', kind: 'regression', difficulty: 'standard', summary: 's' },
];

describe('progress', () => {
  const attempts = [
    attempt('a1', 'feed', 'ranking', 1000, 40, steps({ evaluation: 10, monitoring: 30 })),
    attempt('a2', 'fraud', 'classification', 3000, 80),
    attempt('a3', 'feed', 'ranking', 2000, 60, steps({ evaluation: 30, monitoring: 20 })),
  ];
  it('lines per kind in date order, step means and the weakest steps', () => {
    const p = summariseProgress(attempts);
    expect(p.byKind).toEqual([
      { kind: 'classification', points: [{ date: 3000, score: 80 }] },
      { kind: 'ranking', points: [{ date: 1000, score: 40 }, { date: 2000, score: 60 }] },
    ]);
    expect(p.stepMeans.evaluation).toBe(Math.round((10 + 30 + 80) / 3));
    expect(p.stepMeans.monitoring).toBe(Math.round((30 + 20 + 80) / 3));
    expect(p.weakestSteps.slice(0, 2)).toEqual(['evaluation', 'monitoring']);
  });

  it('suggests a kind never tried first, then the weakest kind, easier problems first', () => {
    expect(suggestNext(bank, attempts)).toEqual({ problem: bank[4], reason: 'A kind of problem you have not tried yet.' });
    const triedAll = [...attempts, attempt('a4', 'eta', 'regression', 4000, 90)];
    expect(suggestNext(bank, triedAll)?.problem.id).toBe('ads'); // ranking averages 50, below classification's 80
    expect(suggestNext(bank, [...triedAll, attempt('a5', 'ads', 'ranking', 5000, 20)])?.problem.id).toBe('toxic');
  });

  it('when every problem was tried, the one with the lowest last score', () => {
    const all = bank.map((p, i) => attempt(`x${i}`, p.id, p.kind, i, 50 + i));
    all.push(attempt('late', 'eta', 'regression', 99, 10));
    expect(suggestNext(bank, all)).toEqual({ problem: bank[4], reason: 'Your lowest score last time (10).' });
    expect(suggestNext([], all)).toBeNull();
  });

  it('attempts survive export and import; bad entries are skipped and counted, bad files refused', () => {
    const text = attemptsToJson(attempts);
    const back = parseAttemptsFile(text);
    expect(back).toEqual({ ok: true, attempts, skipped: 0 });
    const mixed = JSON.parse(text);
    mixed.attempts.push({ id: 'x' }, { ...attempts[0], id: 'y', kind: 'astrology' });
    expect(parseAttemptsFile(JSON.stringify(mixed))).toMatchObject({ ok: true, skipped: 2 });
    expect(parseAttemptsFile('{')).toMatchObject({ ok: false, message: expect.stringMatching(/^This file is not valid JSON/) });
    expect(parseAttemptsFile('{"format":"mlsd-board"}')).toEqual({ ok: false, message: 'This is not a practice attempts file (it has no "mlsd-practice-attempts" format).' });
  });
});

describe('the reference overlay', () => {
  const read = (path: string): Board => {
    const r = parseBoardText(readFileSync(new URL(path, import.meta.url), 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    return r.board;
  };
  const reference = read('../../templates/video-recommendation.json');
  const board = createBoard('attempt');
  const client = createNode('client', { x: 0, y: 0 }, 'User');
  const ranker = createNode('ranking', { x: 400, y: 0 }, 'Ranker');
  board.nodes.push(client, ranker);

  it('puts each missing component where it connects, joined to the matched nodes, overlapping nothing', () => {
    const comparison = compareWithReference(board, reference);
    const ghosts = ghostComponents(board, reference, comparison);
    expect(ghosts.length).toBe(comparison.missing.length);
    const candidates = ghosts.find((g) => g.reference.kind === 'candidate-generation')!;
    expect(candidates.edges.map((e) => e.otherId)).toContain(ranker.id);
    expect(candidates.fields.strategy).not.toBe('');
    const boxes = [
      { x: 0, y: 0, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT },
      { x: 400, y: 0, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT },
      ...ghosts.map((g) => ({ ...g.position, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT })),
    ];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height, `${i} overlaps ${j}`).toBe(false);
      }
    }
  });

  it('joins two missing components to each other, and wires the second to the first once that one is added', () => {
    const comparison = compareWithReference(board, reference);
    const ghosts = ghostComponents(board, reference, comparison);
    const byRef = new Map(ghosts.map((g) => [g.reference.nodeId, g]));
    // Every reference edge whose two ends are missing is known to both ghosts, from opposite sides.
    const between = reference.edges.filter((e) => byRef.has(e.source) && byRef.has(e.target) && e.source !== e.target);
    expect(between.length).toBeGreaterThan(0);
    for (const e of between) {
      expect(byRef.get(e.source)!.links).toContainEqual(expect.objectContaining({ otherRef: e.target, outgoing: true, kind: e.type }));
      expect(byRef.get(e.target)!.links).toContainEqual(expect.objectContaining({ otherRef: e.source, outgoing: false, kind: e.type }));
    }
    const [edge] = between;
    const first = byRef.get(edge.source)!;
    const after = ghostAdded(ghosts, first, 'added-node');
    expect(after.map((g) => g.reference.nodeId)).not.toContain(edge.source);
    const second = after.find((g) => g.reference.nodeId === edge.target)!;
    expect(second.links.map((l) => l.otherRef)).not.toContain(edge.source);
    expect(second.edges).toContainEqual({ otherId: 'added-node', outgoing: false, kind: edge.type, label: edge.data.label });
  });

  it('the reference itself has no ghosts', () => {
    expect(ghostComponents(reference, reference, compareWithReference(reference, reference))).toEqual([]);
  });
});
