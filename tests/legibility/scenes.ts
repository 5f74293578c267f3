// Boards as drawn, for the legibility measures in Node: with today's smooth-step arrows between facing sides
// (the canvas before routing; the baseline), or routed by the canvas's own router (libavoid in WebAssembly).
import { getSmoothStepPath, Position } from '@xyflow/system';
import { AvoidLib } from 'libavoid-js';
import { readdirSync, readFileSync } from 'node:fs';
import { parseBoardText, type Board } from '../../src/domain/board';
import type { Point } from '../../src/domain/routing/geometry';
import { labelSize } from '../../src/domain/routing/labels';
import type { Scene } from '../../src/domain/routing/measures';
import { ArrowRouter, facingSide, sidePoint, type AvoidModule } from '../../src/domain/routing/router';
import { routedScene } from '../../src/domain/routing/route-board';
import { sceneNodes, sceneTitles } from '../../src/domain/routing/scene';

let avoid: AvoidModule | undefined;
export async function loadAvoid(): Promise<AvoidModule> {
  if (!avoid) {
    await AvoidLib.load();
    avoid = AvoidLib.getInstance() as unknown as AvoidModule;
  }
  return avoid;
}

/**
 * A new libavoid instance, as the canvas's route worker makes for each board at rest: libavoid's answers depend on
 * the state of its heap, so only a fresh instance gives the same routes for the same board every time.
 */
export async function newAvoid(): Promise<AvoidModule> {
  const holder: { avoidLib?: AvoidModule } = {};
  await (AvoidLib.load as (this: typeof holder) => Promise<void>).call(holder);
  return holder.avoidLib!;
}

/** The board with every arrow routed as the canvas routes a board at rest: by a fresh instance. */
export async function routed(board: Pick<Board, 'nodes' | 'edges'>): Promise<Scene> {
  const router = new ArrowRouter(await newAvoid());
  try {
    return routedScene(router, board);
  } finally {
    router.dispose();
  }
}

const POSITION = { top: Position.Top, right: Position.Right, bottom: Position.Bottom, left: Position.Left } as const;

/** The points of an SVG path of M, L and Q commands (a Q's corner taken as a point of the line). */
function pathPoints(d: string): Point[] {
  const numbers = d.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
  const out: Point[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) out.push({ x: numbers[i], y: numbers[i + 1] });
  return out;
}

/** The board as the canvas drew it before routing: smooth-step paths between facing sides, labels at their middle. */
export function smoothStep(board: Pick<Board, 'nodes' | 'edges'>): Scene {
  const nodes = sceneNodes(board);
  const box = new Map(nodes.map((n) => [n.id, n.box]));
  const edges = board.edges.flatMap((e) => {
    const s = box.get(e.source);
    const t = box.get(e.target);
    if (!s || !t || e.source === e.target) return [];
    const sourceSide = facingSide(s, t);
    const targetSide = facingSide(t, s);
    const a = sidePoint(s, sourceSide);
    const b = sidePoint(t, targetSide);
    const [d, x, y] = getSmoothStepPath({
      sourceX: a.x, sourceY: a.y, sourcePosition: POSITION[sourceSide], targetX: b.x, targetY: b.y, targetPosition: POSITION[targetSide],
      borderRadius: 10,
    });
    const text = e.data.label.trim();
    const size = labelSize(text);
    const label = text ? { x: x - size.width / 2, y: y - size.height / 2, ...size } : undefined;
    return [{ id: e.id, source: e.source, target: e.target, points: pathPoints(d), ...(label ? { label } : {}) }];
  });
  return { nodes, edges, titles: sceneTitles(board, nodes) };
}

/** The boards drawn by hand in reviews (tests/fixtures/review), as they were drawn. */
export function reviewBoards(): { name: string; board: Board }[] {
  return boardsIn('../fixtures/review/');
}

/** The boards of problems drawn in session 8 (tests/fixtures/review/unseen), placed by hand, never laid out. */
export function unseenBoards(): { name: string; board: Board }[] {
  return boardsIn('../fixtures/review/unseen/');
}

function boardsIn(folder: string): { name: string; board: Board }[] {
  const dir = new URL(folder, import.meta.url);
  return readdirSync(dir).filter((f) => f.endsWith('.mlsd.json')).sort().map((f) => {
    const r = parseBoardText(readFileSync(new URL(f, dir), 'utf8'));
    if (!r.ok) throw new Error(`${f}: ${r.error.message}`);
    return { name: f.replace(/\.mlsd\.json$/, ''), board: r.board };
  });
}
