// What the canvas's route worker does, in Node: the same board gets the same routes however it was reached, and
// mid-drag only the arrows the drag touches change. Then a stale route following its ends (follow.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBoardText, type Board } from '../../src/domain/board';
import { applyUpdate, changedRoutes, diffJob, mergeRoutes, RouteEngine, type RouteJob } from '../../src/domain/routing/engine';
import { followEnds } from '../../src/domain/routing/follow';
import { polylineHitsRect } from '../../src/domain/routing/geometry';
import type { RoutedArrow } from '../../src/domain/routing/route-board';
import { sceneNodes, sceneTitles } from '../../src/domain/routing/scene';
import { newAvoid } from '../legibility/scenes';

const template = (id: string): Board => {
  const r = parseBoardText(readFileSync(new URL(`../../templates/${id}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.board;
};

/** The board as the canvas posts it, with node `moved` (if any) shifted by dx. */
function job(board: Board, settled: boolean, moved?: string, dx = 0): RouteJob {
  const nodes = sceneNodes(board).map((n) => (n.id === moved ? { ...n, box: { ...n.box, x: n.box.x + dx } } : n));
  return { settled, nodes, titles: sceneTitles(board, nodes), edges: board.edges };
}

/**
 * An engine fed as the route worker is, and its answers as the canvas keeps them: each board posted as a change of
 * the one before (diffJob, applyUpdate), each answer the routes changed since the one before (changedRoutes,
 * mergeRoutes).
 */
function viaWorker(): (next: RouteJob) => Promise<Map<string, RoutedArrow>> {
  const engine = new RouteEngine(newAvoid);
  let posted: RouteJob | undefined;
  let board: RouteJob | undefined;
  let answered: ReadonlyMap<string, RoutedArrow> = new Map();
  const kept = new Map<string, RoutedArrow>();
  return async (next) => {
    board = applyUpdate(board, diffJob(posted, next));
    posted = next;
    const routes = await engine.route(board);
    mergeRoutes(kept, changedRoutes(answered, routes));
    answered = routes;
    return new Map(kept);
  };
}

const plain = (routes: Map<string, unknown>) => JSON.stringify([...routes].sort(([a], [b]) => a.localeCompare(b)));

describe('route engine', () => {
  const ad = template('ad-click-prediction');
  const video = template('video-recommendation');
  // A component with arrows, to drag.
  const dragged = ad.edges[0].source;

  it('gives a board the same routes whether opened fresh or reached by edits', async () => {
    for (const [board, other] of [[ad, video], [video, ad]]) {
      const dragged = board.edges[0].source;
      const opened = plain(await new RouteEngine(newAvoid).route(job(board, true)));
      // Another board first, then this one, a node dragged away and dropped, dragged back and dropped.
      const route = viaWorker();
      await route(job(other, true));
      await route(job(board, true));
      for (const dx of [16, 32, 48, 64]) await route(job(board, false, dragged, dx));
      await route(job(board, true, dragged, 64));
      for (const dx of [48, 32, 16, 0]) await route(job(board, false, dragged, dx));
      expect(plain(await route(job(board, true, dragged, 0)))).toBe(opened);
    }
  }, 120_000);

  it('mid-drag changes only the arrows of the dragged node and those a moved box now stands on', async () => {
    const engine = new RouteEngine(newAvoid);
    const rest = await engine.route(job(ad, true));
    const moving = await engine.route(job(ad, false, dragged, 24));
    const touching = new Set(ad.edges.filter((e) => e.source === dragged || e.target === dragged).map((e) => e.id));
    const box = job(ad, false, dragged, 24).nodes.find((n) => n.id === dragged)!.box;
    for (const e of ad.edges) {
      // Another arrow keeps its route at rest (the same object), unless the moved box now stands on that route.
      if (!touching.has(e.id) && moving.get(e.id) !== rest.get(e.id)) expect(polylineHitsRect(rest.get(e.id)!.points, box)).toBe(true);
    }
    const changed = [...touching].filter((id) => JSON.stringify(moving.get(id)) !== JSON.stringify(rest.get(id)));
    expect(changed.length).toBeGreaterThan(0);
    // Each touching arrow starts or ends on the dragged node's new box.
    for (const id of touching) {
      const points = moving.get(id)!.points;
      const e = ad.edges.find((x) => x.id === id)!;
      const p = e.source === dragged ? points[0] : points[points.length - 1];
      expect(p.x >= box.x - 1 && p.x <= box.x + box.width + 1 && p.y >= box.y - 1 && p.y <= box.y + box.height + 1).toBe(true);
    }
  }, 120_000);
});

describe('the board posted to the worker as changes', () => {
  const ad = template('ad-click-prediction');
  const dragged = ad.edges[0].source;

  it('sends a moved node as its box alone, and the worker rebuilds the same board', () => {
    const rest = job(ad, true);
    const moving = job(ad, false, dragged, 24);
    const update = diffJob(rest, moving);
    expect(update).toEqual({ settled: false, boxes: [[dragged, moving.nodes.find((n) => n.id === dragged)!.box]] });
    expect(applyUpdate(rest, update)).toEqual(moving);
    // Back where it was, at rest: the same board as first posted, so the same routes (the engine's key).
    expect(JSON.stringify(applyUpdate(moving, diffJob(moving, rest)))).toBe(JSON.stringify(rest));
  });

  it('sends the whole node list when a node came or went, and new titles or arrows when they changed', () => {
    const rest = job(ad, true);
    const fewer: Board = { ...ad, nodes: ad.nodes.filter((n) => n.id !== dragged), edges: ad.edges.filter((e) => e.source !== dragged && e.target !== dragged) };
    const next = job(fewer, true);
    const update = diffJob(rest, next);
    expect(update.nodes).toBe(next.nodes);
    expect(update.edges).toBe(next.edges);
    expect(applyUpdate(rest, update)).toEqual(next);
    const group = ad.nodes.find((n) => n.type === 'group')!;
    const renamed = job({ ...ad, nodes: ad.nodes.map((n) => (n === group ? { ...n, data: { ...n.data, label: `${n.data.label} and more` } } : n)) }, true);
    renamed.edges = rest.edges;
    expect(diffJob(rest, renamed)).toEqual({ settled: true, titles: renamed.titles });
  });

  it('answers with the routes that changed: mid-drag the dragged arrows, and the canvas rebuilds the rest', async () => {
    const engine = new RouteEngine(newAvoid);
    const rest = await engine.route(job(ad, true));
    const first = changedRoutes(new Map(), rest);
    expect(first.routes.length).toBe(rest.size);
    const moving = await engine.route(job(ad, false, dragged, 24));
    const changes = changedRoutes(rest, moving);
    const touching = new Set(ad.edges.filter((e) => e.source === dragged || e.target === dragged).map((e) => e.id));
    expect(changes.routes.length).toBeGreaterThan(0);
    expect(changes.routes.length).toBeLessThan(rest.size / 2);
    for (const id of touching) if (JSON.stringify(moving.get(id)) !== JSON.stringify(rest.get(id))) expect(changes.routes.map(([i]) => i)).toContain(id);
    const kept = new Map(rest);
    mergeRoutes(kept, changes);
    expect(plain(kept)).toBe(plain(moving));
    // An arrow deleted: the answer says it is gone.
    const without = new Map(moving);
    without.delete(ad.edges[0].id);
    expect(changedRoutes(moving, without)).toEqual({ routes: [], gone: [ad.edges[0].id] });
  }, 60_000);

  it('refuses a change that comes before any board', () => {
    expect(() => applyUpdate(undefined, { settled: false, boxes: [] })).toThrow(/before the board/);
    const whole = job(ad, true);
    expect(applyUpdate(undefined, diffJob(undefined, whole))).toEqual(whole);
  });
});

describe('a stale route following its ends', () => {
  const s = { x: 0, y: 0, width: 100, height: 60 };
  const t = { x: 300, y: 0, width: 100, height: 60 };
  const move = (r: typeof s, dx: number, dy: number) => ({ ...r, x: r.x + dx, y: r.y + dy });
  const straight = [{ x: 100, y: 30 }, { x: 300, y: 30 }];

  it('moves whole when both ends moved alike', () => {
    expect(followEnds(straight, [s, t], [move(s, 10, 20), move(t, 10, 20)], [])).toEqual([{ x: 110, y: 50 }, { x: 310, y: 50 }]);
  });

  it('bends halfway when a straight run no longer lines up, leaving and entering by the same sides', () => {
    expect(followEnds(straight, [s, t], [s, move(t, 0, 40)], [])).toEqual([{ x: 100, y: 30 }, { x: 200, y: 30 }, { x: 200, y: 70 }, { x: 300, y: 70 }]);
  });

  it('slides the bend after a moved end, so every run stays horizontal or vertical', () => {
    // Out of the right side of s, down, into the top of u.
    const u = { x: 200, y: 200, width: 100, height: 60 };
    const route = [{ x: 100, y: 30 }, { x: 250, y: 30 }, { x: 250, y: 200 }];
    const followed = followEnds(route, [s, u], [s, move(u, 30, 10)], [])!;
    expect(followed).toEqual([{ x: 100, y: 30 }, { x: 280, y: 30 }, { x: 280, y: 210 }]);
  });

  it('gives up (the arrow is drawn directly) when a run would turn back into its node or cross another node', () => {
    const route = [{ x: 100, y: 30 }, { x: 150, y: 30 }, { x: 150, y: 230 }, { x: 200, y: 230 }];
    const u = { x: 200, y: 200, width: 100, height: 60 };
    // u moved left past the bend: its last run would now enter from inside.
    expect(followEnds(route, [s, u], [s, move(u, -80, 0)], [])).toBeNull();
    // A node now stands on the route.
    expect(followEnds(route, [s, u], [s, move(u, 10, 0)], [{ x: 130, y: 100, width: 40, height: 40 }])).toBeNull();
    // An end changed size (a resize): no guess.
    expect(followEnds(route, [s, u], [s, { ...u, width: 140 }], [])).toBeNull();
  });
});
