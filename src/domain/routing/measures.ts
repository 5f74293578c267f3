// The legibility measures of a drawn board (issue #12): what makes a diagram hard to read, counted from the
// geometry alone (node boxes, arrow polylines, label boxes), so the same code judges a board laid out in Node and
// one drawn in a browser.
import {
  boundsOf, contains, distanceToSegment, inset, polylineDistanceToRect, polylineHitsRect, rectsOverlap, segmentsCross, type Point, type Rect,
} from './geometry';
import { reaches } from '../graph';

export type SceneNode = { id: string; box: Rect; group: boolean; parentId?: string };
/** `twoWay`: the book's A <-> B, drawn with a head at both ends (it points neither way). */
export type SceneEdge = { id: string; source: string; target: string; points: Point[]; label?: Rect; twoWay?: boolean };
/** A board as drawn, in flow coordinates. `titles` are the pipeline boxes' names; `cut` the texts that do not fit. */
export type Scene = { nodes: SceneNode[]; edges: SceneEdge[]; titles?: { nodeId: string; box: Rect }[]; cut?: string[] };

export type Legibility = {
  /** Arrows with a point inside (3 px in from the border) a non-group node other than their ends, and the pairs. */
  throughNodes: string[];
  /** Pairs of arrows with more than 24 px within 2 px of each other, away from a shared end. */
  onTopOfEachOther: string[];
  /** Edge labels overlapping another label, a node or a pipeline box's title. */
  labelCollisions: string[];
  /** An arrow crossing another arrow's label, or a pipeline box's title. */
  linesOverLabels: string[];
  /** Labels read as another arrow's: off their own line, with another arrow passing nearer (by more than 1 px). */
  labelsAstray: string[];
  /** An arrowhead meeting another arrow's end at the same point of a node: one arrow seems to pass through. */
  sharedEndPoints: string[];
  /** Node texts clamped or overflowing (measured by whoever drew them). */
  cutText: string[];
  /** Nodes overlapping one another (other than a group and what is inside it), and nodes outside their group. */
  overlappingNodes: string[];
  /**
   * Arrows of one flow (both ends in the same pipeline box, or both outside every box) that close no loop yet
   * point against the flow: the target's middle left of the source's (the flow runs left to right), or above it
   * in a board laid out top to bottom.
   */
  backwardArrows: string[];
  /** Points where two arrows cross. */
  crossings: number;
};

export const NODE_INSET = 3;
export const PARALLEL_DISTANCE = 2;
export const PARALLEL_LENGTH = 24;
/** Two arrows that meet at a node converge near it: this close to the shared end is not counted as running together. */
export const SHARED_END_RADIUS = 16;
const SAMPLE_STEP = 1;
/** Two arrow ends closer than this on a node are drawn at one point. */
export const SAME_POINT = 3;
/** A label off its line by more than this, with another line this much nearer, reads as the other's. */
export const ASTRAY_SLACK = 1;

/** The way the flow reads: left to right (as drawn, or auto-laid out left to right) or top to bottom. */
export type Flow = 'LR' | 'TB';

export function measureLegibility(scene: Scene, flow: Flow = 'LR'): Legibility {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const name = (id: string) => id;
  const throughNodes: string[] = [];
  const solid = scene.nodes.filter((n) => !n.group);
  for (const e of scene.edges) {
    const hit = solid.filter((n) => n.id !== e.source && n.id !== e.target && polylineHitsRect(e.points, inset(n.box, NODE_INSET)));
    for (const n of hit) throughNodes.push(`${e.id} through ${name(n.id)}`);
  }

  const onTopOfEachOther: string[] = [];
  const bounds = scene.edges.map((e) => boundsOf(e.points));
  for (let i = 0; i < scene.edges.length; i++) {
    for (let j = i + 1; j < scene.edges.length; j++) {
      if (!rectsOverlap(grow(bounds[i], PARALLEL_DISTANCE + 1), grow(bounds[j], PARALLEL_DISTANCE + 1))) continue;
      const a = scene.edges[i];
      const b = scene.edges[j];
      if (Math.max(runTogether(a, b), runTogether(b, a)) > PARALLEL_LENGTH) onTopOfEachOther.push(`${a.id} / ${b.id}`);
    }
  }

  const titles = scene.titles ?? [];
  const labelCollisions: string[] = [];
  const labelled = scene.edges.filter((e) => e.label);
  for (let i = 0; i < labelled.length; i++) {
    const e = labelled[i];
    const box = e.label!;
    for (let j = i + 1; j < labelled.length; j++) {
      if (rectsOverlap(box, labelled[j].label!)) labelCollisions.push(`label ${e.id} / label ${labelled[j].id}`);
    }
    for (const n of solid) if (rectsOverlap(box, n.box)) labelCollisions.push(`label ${e.id} / ${name(n.id)}`);
    for (const t of titles) if (rectsOverlap(box, t.box)) labelCollisions.push(`label ${e.id} / title of ${name(t.nodeId)}`);
  }

  const linesOverLabels: string[] = [];
  for (const e of scene.edges) {
    for (const o of labelled) {
      if (o !== e && polylineHitsRect(e.points, inset(o.label!, 1))) linesOverLabels.push(`${e.id} over label ${o.id}`);
    }
    for (const t of titles) if (polylineHitsRect(e.points, inset(t.box, 1))) linesOverLabels.push(`${e.id} over title of ${name(t.nodeId)}`);
  }

  const labelsAstray: string[] = [];
  for (const e of labelled) {
    const own = polylineDistanceToRect(e.points, e.label!);
    if (own <= ASTRAY_SLACK) continue;
    for (const o of scene.edges) {
      if (o !== e && polylineDistanceToRect(o.points, e.label!) < own - ASTRAY_SLACK) labelsAstray.push(`label ${e.id} nearer ${o.id}`);
    }
  }

  const sharedEndPoints: string[] = [];
  const ends = scene.edges.flatMap((e) => e.points.length < 2 ? [] : [
    { edge: e.id, node: e.source, at: e.points[0], head: e.twoWay === true },
    { edge: e.id, node: e.target, at: e.points[e.points.length - 1], head: true },
  ]);
  for (let i = 0; i < ends.length; i++) {
    for (let j = i + 1; j < ends.length; j++) {
      const [p, q] = [ends[i], ends[j]];
      if (p.node === q.node && p.edge !== q.edge && (p.head || q.head) && Math.hypot(p.at.x - q.at.x, p.at.y - q.at.y) < SAME_POINT) {
        sharedEndPoints.push(`${p.edge} / ${q.edge} at ${name(p.node)}`);
      }
    }
  }

  const overlappingNodes: string[] = [];
  const ancestors = (n: SceneNode) => {
    const out = new Set<string>();
    for (let p = n.parentId; p !== undefined && byId.has(p) && !out.has(p); p = byId.get(p)!.parentId) out.add(p);
    return out;
  };
  const chains = new Map(scene.nodes.map((n) => [n.id, ancestors(n)]));
  for (let i = 0; i < scene.nodes.length; i++) {
    const a = scene.nodes[i];
    const parent = a.parentId !== undefined ? byId.get(a.parentId) : undefined;
    if (parent && !contains(parent.box, a.box)) overlappingNodes.push(`${name(a.id)} outside ${name(parent.id)}`);
    for (let j = i + 1; j < scene.nodes.length; j++) {
      const b = scene.nodes[j];
      if (chains.get(a.id)!.has(b.id) || chains.get(b.id)!.has(a.id)) continue;
      if (rectsOverlap(a.box, b.box)) overlappingNodes.push(`${name(a.id)} / ${name(b.id)}`);
    }
  }

  return {
    throughNodes, onTopOfEachOther, labelCollisions, linesOverLabels, labelsAstray, sharedEndPoints, cutText: [...(scene.cut ?? [])],
    overlappingNodes, backwardArrows: backwardArrows(scene, flow), crossings: countCrossings(scene.edges, bounds),
  };
}

/** The figures the issue reports: arrows (not pairs) through nodes, and a count for each other measure. */
export function summarize(l: Legibility) {
  return {
    arrowsThroughNodes: new Set(l.throughNodes.map((s) => s.split(' through ')[0])).size,
    arrowNodePairs: l.throughNodes.length,
    onTopOfEachOther: l.onTopOfEachOther.length,
    labelCollisions: new Set(l.labelCollisions.map((s) => s.split(' / ')[0])).size,
    linesOverLabels: new Set(l.linesOverLabels.map((s) => s.split(' over ')[0])).size,
    labelsAstray: new Set(l.labelsAstray.map((s) => s.split(' nearer ')[0])).size,
    sharedEndPoints: l.sharedEndPoints.length,
    cutText: l.cutText.length,
    overlappingNodes: l.overlappingNodes.length,
    backwardArrows: l.backwardArrows.length,
    crossings: l.crossings,
  };
}

/** Whether the board passes every measure (crossings are reported, not judged). */
export function isLegible(l: Legibility): boolean {
  return [
    l.throughNodes, l.onTopOfEachOther, l.labelCollisions, l.linesOverLabels, l.labelsAstray, l.sharedEndPoints, l.cutText, l.overlappingNodes,
    l.backwardArrows,
  ]
    .every((x) => x.length === 0);
}

const grow = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by });

/** How long `a` runs within PARALLEL_DISTANCE of `b`, leaving out the stretch near an end the two share. */
function runTogether(a: SceneEdge, b: SceneEdge): number {
  const sharedEnds: Point[] = [];
  const first = a.points[0];
  const last = a.points[a.points.length - 1];
  if (a.source === b.source || a.source === b.target) sharedEnds.push(first);
  if (a.target === b.source || a.target === b.target) sharedEnds.push(last);
  const near = (p: Point) => {
    for (let k = 1; k < b.points.length; k++) if (distanceToSegment(p, b.points[k - 1], b.points[k]) <= PARALLEL_DISTANCE) return true;
    return false;
  };
  let run = 0;
  for (let k = 1; k < a.points.length; k++) {
    const p = a.points[k - 1];
    const q = a.points[k];
    const length = Math.hypot(q.x - p.x, q.y - p.y);
    const steps = Math.max(1, Math.round(length / SAMPLE_STEP));
    for (let s = 0; s < steps; s++) {
      const t = (s + 0.5) / steps;
      const at = { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
      if (sharedEnds.some((end) => Math.hypot(at.x - end.x, at.y - end.y) < SHARED_END_RADIUS)) continue;
      if (near(at)) run += length / steps;
    }
  }
  return run;
}

function countCrossings(edges: readonly SceneEdge[], bounds: readonly Rect[]): number {
  let count = 0;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      if (!rectsOverlap(grow(bounds[i], 1), grow(bounds[j], 1))) continue;
      const a = edges[i].points;
      const b = edges[j].points;
      for (let p = 1; p < a.length; p++) {
        for (let q = 1; q < b.length; q++) if (segmentsCross(a[p - 1], a[p], b[q - 1], b[q])) count++;
      }
    }
  }
  return count;
}

/** How far behind its source's middle (left of it, or above) an arrow's target's middle must be to count as pointing back (rounding). */
const BACKWARD_SLACK = 1;

/**
 * The arrows of one flow that point against it (left, in a left-to-right flow) without closing a loop by
 * themselves. A loop must point back somewhere, once: an arrow pointing back is fine if its target leads back to
 * its source along arrows that do not. Arrows between different pipeline boxes (pipelines stacked one below the
 * other meet at a fold), arrows into or out of a pipeline box itself and two-way arrows are not judged, and lead
 * either way. `flow` TB: "back" is up.
 */
export function backwardArrows(scene: Pick<Scene, 'nodes' | 'edges'>, flow: Flow = 'LR'): string[] {
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  const middle = (id: string) => {
    const box = byId.get(id)!.box;
    return flow === 'LR' ? box.x + box.width / 2 : box.y + box.height / 2;
  };
  // An arrow into or out of a pipeline box itself joins two flows, as one between two boxes does (auto-layout
  // weighs arrangements the same way, src/domain/layout.ts pointingBack).
  const judged = (e: SceneEdge) =>
    !e.twoWay && !byId.get(e.source)!.group && !byId.get(e.target)!.group && byId.get(e.source)!.parentId === byId.get(e.target)!.parentId;
  const edges = scene.edges.filter((e) => byId.has(e.source) && byId.has(e.target) && e.source !== e.target);
  const pointsBack = (e: SceneEdge) => judged(e) && middle(e.target) < middle(e.source) - BACKWARD_SLACK;
  const next = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    if (!next.has(from)) next.set(from, []);
    next.get(from)!.push(to);
  };
  for (const e of edges) {
    if (pointsBack(e)) continue;
    link(e.source, e.target);
    if (e.twoWay) link(e.target, e.source);
  }
  return edges.filter((e) => pointsBack(e) && !reaches(next, e.target, e.source)).map((e) => `${e.id} (${e.source} -> ${e.target})`);
}
