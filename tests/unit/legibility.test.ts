// The legibility measures on small drawn scenes whose answer is plain to see, then on the ten templates routed.
import { describe, expect, it } from 'vitest';
import { segmentHitsRect, segmentsCross } from '../../src/domain/routing/geometry';
import { backwardArrows, measureLegibility, summarize, type Scene, type SceneEdge, type SceneNode } from '../../src/domain/routing/measures';

const node = (id: string, x: number, y: number, width = 100, height = 60, extra: Partial<SceneNode> = {}): SceneNode => ({
  id, box: { x, y, width, height }, group: false, ...extra,
});
const line = (...xy: number[]) => Array.from({ length: xy.length / 2 }, (_, i) => ({ x: xy[2 * i], y: xy[2 * i + 1] }));

describe('geometry', () => {
  it('a segment hits a box only through its inside, not along its border', () => {
    const box = { x: 0, y: 0, width: 10, height: 10 };
    expect(segmentHitsRect({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(true);
    expect(segmentHitsRect({ x: -5, y: 0 }, { x: 15, y: 0 }, box)).toBe(false);
    expect(segmentHitsRect({ x: -5, y: 11 }, { x: 15, y: 11 }, box)).toBe(false);
    expect(segmentHitsRect({ x: 5, y: 5 }, { x: 6, y: 6 }, box)).toBe(true);
  });
  it('two segments cross only at a point inside both', () => {
    expect(segmentsCross({ x: 0, y: 5 }, { x: 10, y: 5 }, { x: 5, y: 0 }, { x: 5, y: 10 })).toBe(true);
    expect(segmentsCross({ x: 0, y: 5 }, { x: 10, y: 5 }, { x: 10, y: 0 }, { x: 10, y: 10 })).toBe(false);
    expect(segmentsCross({ x: 0, y: 5 }, { x: 10, y: 5 }, { x: 0, y: 5 }, { x: 20, y: 5 })).toBe(false);
  });
});

describe('legibility measures', () => {
  const a = node('a', 0, 0);
  const b = node('b', 300, 0);
  const c = node('c', 150, 0);

  it('an arrow through a third node counts; one grazing it within 3 px of its border does not', () => {
    const through: Scene = { nodes: [a, b, c], edges: [{ id: 'e', source: 'a', target: 'b', points: line(100, 30, 300, 30) }] };
    expect(measureLegibility(through).throughNodes).toEqual(['e through c']);
    const grazing: Scene = { nodes: [a, b, c], edges: [{ id: 'e', source: 'a', target: 'b', points: line(100, 2, 300, 2) }] };
    expect(measureLegibility(grazing).throughNodes).toEqual([]);
  });

  it('two arrows more than 24 px on top of each other count, unless near the end they share', () => {
    const d = node('d', 300, 200);
    const together: Scene = {
      nodes: [a, b, d],
      edges: [
        { id: 'e1', source: 'a', target: 'b', points: line(100, 30, 300, 30) },
        { id: 'e2', source: 'a', target: 'd', points: line(100, 31, 200, 31, 200, 230, 300, 230) },
      ],
    };
    expect(measureLegibility(together).onTopOfEachOther).toEqual(['e1 / e2']);
    const apart: Scene = { ...together, edges: [together.edges[0], { ...together.edges[1], points: line(100, 30, 110, 30, 110, 230, 300, 230) }] };
    expect(measureLegibility(apart).onTopOfEachOther).toEqual([]);
    const short: Scene = { ...together, edges: [together.edges[0], { id: 'e3', source: 'd', target: 'b', points: line(140, 100, 140, 31, 160, 31, 160, 100) }] };
    expect(measureLegibility(short).onTopOfEachOther).toEqual([]);
  });

  it('labels that overlap a node or each other, and lines across a label or a pipeline title', () => {
    const scene: Scene = {
      nodes: [a, b, node('g', -20, -60, 500, 200, { group: true })],
      edges: [
        { id: 'e1', source: 'a', target: 'b', points: line(100, 30, 300, 30), label: { x: 280, y: 20, width: 40, height: 18 } },
        { id: 'e2', source: 'b', target: 'a', points: line(350, 60, 350, 80, 50, 80, 50, 60), label: { x: 190, y: 70, width: 40, height: 18 } },
        { id: 'e3', source: 'a', target: 'b', points: line(50, 0, 50, -50, 350, -50, 350, 0) },
      ],
      titles: [{ nodeId: 'g', box: { x: -6, y: -50, width: 80, height: 18 } }],
    };
    const l = measureLegibility(scene);
    expect(l.labelCollisions).toEqual(['label e1 / b']);
    expect(l.linesOverLabels).toEqual(['e3 over title of g']);
    expect(summarize(l)).toMatchObject({ labelCollisions: 1, linesOverLabels: 1 });
  });

  it('overlapping nodes (a group counts against nodes not in it) and a node outside its group', () => {
    const g = node('g', -10, -10, 200, 100, { group: true });
    const inside = node('in', 0, 0, 50, 50, { parentId: 'g' });
    const out = node('out', 150, 0, 100, 50, { parentId: 'g' });
    const l = measureLegibility({ nodes: [g, inside, out, node('x', 20, 20)], edges: [] });
    expect(l.overlappingNodes.sort()).toEqual(['g / x', 'in / x', 'out outside g']);
  });

  it('a label off its line with another arrow nearer reads as that arrow\'s', () => {
    // e1's label sits 14 px below its line, 3 px above e2's: a reader gives it to e2. Beside its own line (2 px
    // off, e2 further) it is fine; on both at the same distance, not judged.
    const d = node('d', 0, 200);
    const e2 = { id: 'e2', source: 'a', target: 'd', points: line(100, 70, 300, 70) };
    const at = (y: number): Scene => ({
      nodes: [a, b, d],
      edges: [{ id: 'e1', source: 'a', target: 'b', points: line(100, 30, 300, 30), label: { x: 160, y, width: 60, height: 20 } }, e2],
    });
    expect(measureLegibility(at(44)).labelsAstray).toEqual(['label e1 nearer e2']);
    expect(summarize(measureLegibility(at(44))).labelsAstray).toBe(1);
    expect(measureLegibility(at(32)).labelsAstray).toEqual([]);
    expect(measureLegibility(at(40)).labelsAstray).toEqual([]);
  });

  it('an arrowhead meeting another arrow\'s end at the same point of a node', () => {
    // Into and out of one point of a pipeline box: it looks like one arrow passing through the box's border.
    const g = node('g', 0, 200, 400, 200, { group: true });
    const scene = (x: number): Scene => ({
      nodes: [a, b, g],
      edges: [
        { id: 'in', source: 'a', target: 'g', points: line(50, 60, 50, 130, 200, 130, 200, 200) },
        { id: 'out', source: 'g', target: 'b', points: line(x, 200, x, 150, 350, 150, 350, 60) },
      ],
    });
    expect(measureLegibility(scene(200)).sharedEndPoints).toEqual(['in / out at g']);
    expect(measureLegibility(scene(216)).sharedEndPoints).toEqual([]);
    // Two arrows leaving one point fork: no head there, not counted.
    const fork: Scene = { ...scene(200), edges: [scene(200).edges[1], { ...scene(200).edges[1], id: 'out2', target: 'a' }] };
    expect(measureLegibility(fork).sharedEndPoints).toEqual([]);
  });

  it('counts crossings between arrows', () => {
    const d = node('d', 0, 200);
    const scene: Scene = {
      nodes: [a, b, d],
      edges: [
        { id: 'e1', source: 'a', target: 'b', points: line(100, 30, 300, 30) },
        { id: 'e2', source: 'd', target: 'b', points: line(200, 200, 200, 0) },
      ],
    };
    expect(measureLegibility(scene).crossings).toBe(1);
  });
});

describe('arrows pointing back', () => {
  // A row a, b, c left to right; d below b. Only the arrows' ends matter, not their drawn points.
  const row = [node('a', 0, 0), node('b', 200, 0), node('c', 400, 0), node('d', 200, 200)];
  const arrow = (id: string, source: string, target: string, extra: Partial<SceneEdge> = {}): SceneEdge => ({ id, source, target, points: [], ...extra });

  it('an arrow whose target is left of its source counts when it closes no loop', () => {
    const edges = [arrow('ab', 'a', 'b'), arrow('ca', 'c', 'a')];
    expect(backwardArrows({ nodes: row, edges })).toEqual(['ca (c -> a)']);
    expect(measureLegibility({ nodes: row, edges }).backwardArrows).toEqual(['ca (c -> a)']);
    expect(summarize(measureLegibility({ nodes: row, edges })).backwardArrows).toBe(1);
  });

  it('the arrow that closes a loop may point back; a second one on the same loop may not', () => {
    const loop = [arrow('ab', 'a', 'b'), arrow('bc', 'b', 'c'), arrow('ca', 'c', 'a')];
    expect(backwardArrows({ nodes: row, edges: loop })).toEqual([]);
    // A loop folded twice, as a wrap into bands folds it: a -> x -> c -> b -> a with x -> c and b -> a pointing
    // back, neither target leading back to its source by arrows that go forward.
    const folded = [node('a', 0, 0), node('b', 400, 0), node('c', 200, 0), node('x', 600, 0)];
    const edges = [arrow('ax', 'a', 'x'), arrow('xc', 'x', 'c'), arrow('cb', 'c', 'b'), arrow('ba', 'b', 'a')];
    expect(backwardArrows({ nodes: folded, edges })).toEqual(['xc (x -> c)', 'ba (b -> a)']);
  });

  it('arrows in the same rank, two-way arrows and arrows between pipeline boxes are not judged', () => {
    expect(backwardArrows({ nodes: row, edges: [arrow('db', 'd', 'b')] })).toEqual([]);
    expect(backwardArrows({ nodes: row, edges: [arrow('ca', 'c', 'a', { twoWay: true })] })).toEqual([]);
    const boxes = [
      node('p', -20, -60, 700, 200, { group: true }), node('q', -20, 300, 700, 200, { group: true }),
      node('x', 500, 0, 100, 60, { parentId: 'p' }), node('y', 0, 360, 100, 60, { parentId: 'q' }),
    ];
    expect(backwardArrows({ nodes: boxes, edges: [arrow('xy', 'x', 'y')] })).toEqual([]);
    // Into or out of a pipeline box itself: it joins two flows, as auto-layout weighs it.
    expect(backwardArrows({ nodes: [...row, boxes[0]], edges: [arrow('cp', 'c', 'p')] })).toEqual([]);
  });

  it('top to bottom, back is up', () => {
    const column = [node('a', 0, 0), node('b', 0, 200), node('c', 0, 400)];
    const edges = [arrow('ab', 'a', 'b'), arrow('ca', 'c', 'a')];
    expect(backwardArrows({ nodes: column, edges }, 'TB')).toEqual(['ca (c -> a)']);
    expect(measureLegibility({ nodes: column, edges }, 'TB').backwardArrows).toEqual(['ca (c -> a)']);
    // The same column judged left to right: nothing is left of anything.
    expect(backwardArrows({ nodes: column, edges })).toEqual([]);
  });
});

describe('separating runs', () => {
  it('moves an inner run drawn on top of another route aside, clear of the nodes', async () => {
    const { separateRuns } = await import('../../src/domain/routing/separate');
    const routes = new Map([
      ['a', line(0, 0, 0, 100, 300, 100, 300, 200)],
      ['b', line(20, 0, 20, 101, 280, 101, 280, 200)],
    ]);
    const out = separateRuns(routes, [{ x: 100, y: 104, width: 50, height: 50 }], 8);
    const ys = [out.get('a')![1].y, out.get('b')![1].y];
    expect(Math.abs(ys[0] - ys[1])).toBeGreaterThanOrEqual(7);
    // The way down (toward the node at y 104) was blocked: it moved up.
    expect(Math.min(...ys)).toBeLessThan(100);
  });
});
