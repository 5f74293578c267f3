// One connected flow of sibling nodes laid out in ranks by dagre (or, for a plain chain, in a straight line).
import dagre from '@dagrejs/dagre';
import { reaches } from './graph';
import type { Point, Size } from './pack';
import { CLEARANCE } from './routing/geometry';
import { ARROW_END, labelSize } from './routing/labels';
import { SPREAD } from './routing/router';
import { NODE_GAP, RANK_GAP } from './spacing';
import { columnsOf } from './wrap';

export type Direction = 'LR' | 'TB';
/** An arrow between two siblings: `feedback` leaves a monitoring node, `twoWay` is the book's A <-> B. */
export type FlowEdge = {
  source: string; target: string; label: string; feedback: boolean; twoWay: boolean;
  /** Stands for a way through a pipeline box folded out of the flow (A -> box -> B kept as A -> B). */
  throughBox?: boolean;
};
/** `wrapped`: the flow continues in further bands (mirroring it across would run them backwards). */
export type FlowBlock = { positions: Map<string, Point>; width: number; height: number; wrapped?: boolean };

/** Above this many nodes, dagre ranks by longest path and skips its crossing-reduction sweeps: fast enough for big boards. */
const LARGE_FLOW = 40;
/** On a large flow, arrows longer than this many ranks do not steer the layout (see shortArrows). */
const MAX_SPAN = 2;
const LABEL_CHAR_WIDTH = 6.5;
const LABEL_HEIGHT = 18;
const labelWidth = (label: string) => (label ? label.length * LABEL_CHAR_WIDTH + 16 : 0);

/**
 * `evenGaps`: every gap between ranks as dagre leaves it (RANK_GAP, more for a label), not sized to what it holds.
 * `boxes`: the pipeline boxes among the ids.
 */
export function layoutFlow(
  ids: readonly string[], edges: readonly FlowEdge[], size: ReadonlyMap<string, Size>, direction: Direction, evenGaps = false,
  boxes: ReadonlySet<string> = new Set(),
): FlowBlock {
  const arrows = rankedArrows(ids, edges, boxes);
  const line = chainOrder(ids, arrows);
  const placed = line ? placeChain(line, arrows, size, direction) : placeWithDagre(ids, arrows, size, direction, evenGaps);
  return normalize(evenGaps ? placed : tighten(placed, arrows, size, direction), size);
}

/** `label`: the longest of the pair's labels (what dagre makes room for); `labels`: every one (what a gap carries). */
type Arrow = { source: string; target: string; label: string; labels: string[] };

/**
 * The arrows that decide the ranks: two-way arrows turned helper-first, parallel arrows merged, and feedback
 * arrows (from logs, reviews, dashboards) dropped where they would close a loop, so loops bend back.
 *
 * The way back goes on past a component fed only by feedback (labels made from analysts' verdicts), and where it
 * enters a pipeline box, that arrow closes the loop rather than the monitoring node's own arrow. Fraud detection:
 * review queue -> chargeback labels -> training pipeline -> (deploy) scoring model -> decision -> review queue. With
 * the verdicts dropped, the labels had no arrow in and ranked at the start, above the model, the verdicts running up
 * across the board from the review queue; now the labels follow the review, and "labels" into the training pipeline
 * closes the loop: an arrow into a pipeline box, which joins two flows and is not judged for pointing back. A box
 * fed only by feedback stops the way back there for the same reason (machine translation: post-edits into the
 * fine-tuning box close the loop, the box before the model it deploys).
 */
function rankedArrows(ids: readonly string[], edges: readonly FlowEdge[], boxes: ReadonlySet<string>): Arrow[] {
  const inFlow = new Set(ids);
  const own = edges.filter((e) => inFlow.has(e.source) && inFlow.has(e.target) && e.source !== e.target);
  const oriented = own.map((e) => orientTwoWay(e, own));
  const steps = feedbackSteps(oriented, boxes);
  // Further along than the monitoring node's own arrows, only an arrow into a box may close the loop instead; one
  // between two components would point back as much as the feedback arrow (image search: "triplets" and the new
  // towers are on the way back from the click logs, and the loop stays closed at "skipped results").
  const back = (e: FlowEdge) => (steps.get(e)! <= 1 || boxes.has(e.target) ? steps.get(e)! : 0);
  const next = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
  const byPair = new Map<string, Arrow>();
  for (const e of [...oriented].sort((a, b) => back(a) - back(b))) {
    if (back(e) > 0 && reaches(next, e.target, e.source)) continue;
    const key = `${e.source}\n${e.target}`;
    const known = byPair.get(key);
    if (known) {
      if (labelWidth(e.label) > labelWidth(known.label)) known.label = e.label;
      if (e.label) known.labels.push(e.label);
      continue;
    }
    byPair.set(key, { source: e.source, target: e.target, label: e.label, labels: e.label ? [e.label] : [] });
    next.get(e.source)!.add(e.target);
  }
  return [...byPair.values()];
}

/**
 * How far along a way back each arrow is: 0 not on one, 1 leaving a monitoring node, n + 1 leaving a component (not
 * a box) fed only by arrows at n or more.
 */
function feedbackSteps(edges: readonly FlowEdge[], boxes: ReadonlySet<string>): Map<FlowEdge, number> {
  const steps = new Map(edges.map((e) => [e, e.feedback ? 1 : 0]));
  const into = new Map<string, FlowEdge[]>();
  for (const e of edges) into.set(e.target, [...(into.get(e.target) ?? []), e]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of edges) {
      if (steps.get(e)! > 0 || boxes.has(e.source)) continue;
      const inputs = (into.get(e.source) ?? []).map((o) => steps.get(o)!);
      if (inputs.length === 0 || inputs.some((n) => n === 0)) continue;
      steps.set(e, Math.min(...inputs) + 1);
      changed = true;
    }
  }
  return steps;
}

/**
 * A two-way arrow (A <-> B) usually joins a service and its helper (a preprocessor, a model, a feature store).
 * The end with fewer other arrows is taken as the helper and placed before the service, beside its inputs.
 */
function orientTwoWay(e: FlowEdge, edges: readonly FlowEdge[]): FlowEdge {
  if (!e.twoWay) return e;
  const degree = (id: string) => edges.filter((o) => o !== e && (o.source === id || o.target === id)).length;
  return degree(e.target) <= degree(e.source) ? { ...e, source: e.target, target: e.source } : e;
}

/** The nodes in order when the arrows form one simple chain (a -> b -> c ...), else null. */
function chainOrder(ids: readonly string[], arrows: readonly Arrow[]): string[] | null {
  if (arrows.length !== ids.length - 1) return null;
  const after = new Map<string, string>();
  const hasBefore = new Set<string>();
  for (const a of arrows) {
    if (after.has(a.source) || hasBefore.has(a.target)) return null;
    after.set(a.source, a.target);
    hasBefore.add(a.target);
  }
  const start = ids.find((id) => !hasBefore.has(id));
  const order: string[] = [];
  for (let id = start; id !== undefined && order.length <= ids.length; id = after.get(id)) order.push(id);
  return order.length === ids.length ? order : null;
}

/** A chain needs no ranking or crossing reduction: the nodes in a line, centred across it, spaced as dagre would. */
function placeChain(order: readonly string[], arrows: readonly Arrow[], size: ReadonlyMap<string, Size>, direction: Direction): Map<string, Point> {
  const labelAfter = new Map(arrows.map((a) => [a.source, a.label]));
  const breadth = (id: string) => (direction === 'LR' ? size.get(id)!.height : size.get(id)!.width);
  const widest = Math.max(...order.map(breadth));
  const out = new Map<string, Point>();
  let along = 0;
  for (const id of order) {
    const across = (widest - breadth(id)) / 2;
    out.set(id, direction === 'LR' ? { x: along, y: across } : { x: across, y: along });
    along += (direction === 'LR' ? size.get(id)!.width : size.get(id)!.height) + RANK_GAP + labelWidth(labelAfter.get(id) ?? '');
  }
  return out;
}

/**
 * Room between two neighbours of a rank when gaps are sized: the router's clearance off each and two routes' spread,
 * so two arrows pass between them. In NODE_GAP (28 px) libavoid found one lane: on the people-you-may-know board laid
 * out top to bottom two arrows ran on top of each other there.
 */
const PASSING_GAP = 2 * CLEARANCE + 2 * SPREAD;

function placeWithDagre(
  ids: readonly string[], all: readonly Arrow[], size: ReadonlyMap<string, Size>, direction: Direction, evenGaps: boolean,
): Map<string, Point> {
  const large = ids.length > LARGE_FLOW;
  const arrows = large ? shortArrows(ids, all) : all;
  const g = new dagre.graphlib.Graph();
  g.setGraph({
    rankdir: direction, nodesep: evenGaps ? NODE_GAP : PASSING_GAP, ranksep: RANK_GAP, edgesep: 12, marginx: 0, marginy: 0,
    ...(large ? { ranker: 'longest-path' as const } : {}),
  });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of ids) g.setNode(id, { ...size.get(id)! });
  for (const a of arrows) {
    g.setEdge(a.source, a.target, {
      weight: 1, minlen: 1, width: labelWidth(a.label), height: a.label ? LABEL_HEIGHT : 0, labelpos: 'c',
    });
  }
  dagre.layout(g, large ? { disableOptimalOrderHeuristic: true } : undefined);
  const out = new Map<string, Point>();
  for (const id of ids) {
    const n = g.node(id);
    const s = size.get(id)!;
    out.set(id, { x: n.x! - s.width / 2, y: n.y! - s.height / 2 });
  }
  return out;
}

/**
 * On a large flow, the arrows that span at most MAX_SPAN ranks (ranked by longest path, loops cut where a
 * depth-first walk closes them). dagre adds a dummy node per rank an arrow crosses, so a few long arrows
 * between far-apart pipelines cost more than everything else, and barely change the order.
 */
function shortArrows(ids: readonly string[], arrows: readonly Arrow[]): Arrow[] {
  const out = new Map<string, Arrow[]>(ids.map((id) => [id, []]));
  for (const a of arrows) out.get(a.source)!.push(a);
  const state = new Map<string, 'open' | 'done'>();
  const backward = new Set<Arrow>();
  const finished: string[] = [];
  for (const root of ids) {
    if (state.has(root)) continue;
    // An explicit stack: each entry is a node and how many of its arrows were followed.
    const stack: [string, number][] = [[root, 0]];
    state.set(root, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1];
      const next = out.get(top[0])![top[1]++];
      if (!next) {
        state.set(top[0], 'done');
        finished.push(top[0]);
        stack.pop();
      } else if (state.get(next.target) === 'open') backward.add(next);
      else if (!state.has(next.target)) {
        state.set(next.target, 'open');
        stack.push([next.target, 0]);
      }
    }
  }
  const rank = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const id of finished.reverse()) {
    for (const a of out.get(id)!) if (!backward.has(a)) rank.set(a.target, Math.max(rank.get(a.target)!, rank.get(id)! + 1));
  }
  return arrows.filter((a) => !backward.has(a) && rank.get(a.target)! - rank.get(a.source)! <= MAX_SPAN);
}

/** Moves the flow's top-left corner to (0, 0), on whole pixels, and measures it. */
function normalize(corners: Map<string, Point>, size: ReadonlyMap<string, Size>): FlowBlock {
  let minX = Infinity;
  let minY = Infinity;
  for (const p of corners.values()) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
  }
  const positions = new Map<string, Point>();
  let width = 0;
  let height = 0;
  for (const [id, p] of corners) {
    const q = { x: Math.round(p.x - minX), y: Math.round(p.y - minY) };
    positions.set(id, q);
    width = Math.max(width, q.x + size.get(id)!.width);
    height = Math.max(height, q.y + size.get(id)!.height);
  }
  return { positions, width, height };
}

/** The least room between two ranks: an arrowhead and the router's clearance on either side of the arrow's turn. */
const MIN_RANK_GAP = 2 * CLEARANCE + ARROW_END;
/** Room kept on either side of a label between two ranks, beyond the arrowheads' stretch (labels.ts keeps clear of it). */
const LABEL_ROOM = 2 * ARROW_END + 8;

/** Room between two labels one after the other along the flow (labels.ts keeps 3 px around each). */
const LABEL_APART = 6;

/**
 * The length along the flow that one node's labels take in a gap. The arrows leave (or enter) the node side by side,
 * a few pixels apart, and labels.ts places a label on its line or just beside it: two labels fit abreast, one either
 * side of the bundle; more must follow one another along the flow. Sized for one label, a gap left two labels on top of
 * each other (speech recognition top to bottom: four labelled arrows between the decoder and the two nodes under it)
 * or a label with no spot clear of another arrow's line (churn prediction left to right: six labelled arrows into the
 * feature pipeline).
 */
function labelRows(lengths: readonly number[]): number {
  const sorted = [...lengths].sort((a, b) => b - a);
  let total = 0;
  for (let i = 0; i < sorted.length; i += 2) total += sorted[i] + (i > 0 ? LABEL_APART : 0);
  return total;
}

/**
 * Closes each gap between two ranks down to what sits in it (dagre leaves RANK_GAP everywhere): an arrow that turns
 * in the gap, or passes through it on its way to a further rank, needs a lane SPREAD apart from the others; the labels
 * at one node need their pills' lengths along the flow (heights, in a top-to-bottom flow), two abreast (labelRows),
 * in the first gap their arrows cross. The
 * arrows are those that rank the flow: a feedback arrow closing a loop goes round the outside, its label with it.
 * A gap is never widened, and nothing moves across the flow, so the ranks and their order stay as dagre made them.
 */
function tighten(positions: Map<string, Point>, arrows: readonly Arrow[], size: ReadonlyMap<string, Size>, direction: Direction): Map<string, Point> {
  const columns = columnsOf(positions, size, direction);
  if (columns.length < 2) return positions;
  const along = direction === 'LR' ? 'x' : 'y';
  const across = direction === 'LR' ? 'y' : 'x';
  const breadth = (id: string) => (direction === 'LR' ? size.get(id)!.height : size.get(id)!.width);
  const column = new Map<string, number>();
  columns.forEach((c, i) => c.ids.forEach((id) => column.set(id, i)));
  const middle = (id: string) => positions.get(id)![across] + breadth(id) / 2;
  const lanes = new Array<number>(columns.length - 1).fill(0);
  // Per gap, the labels each node's arrows carry in it, as their lengths along the flow.
  const pills = columns.slice(1).map(() => new Map<string, number[]>());
  for (const a of arrows) {
    const from = Math.min(column.get(a.source)!, column.get(a.target)!);
    const to = Math.max(column.get(a.source)!, column.get(a.target)!);
    const turns = Math.abs(middle(a.source) - middle(a.target)) > 1;
    for (let gap = from; gap < to; gap++) if (turns || gap !== from) lanes[gap]++;
    if (from === to) continue;
    // The label sits in the first gap the arrow crosses, beside its end in the rank before; the other end is beside
    // it only when it stands in the rank after.
    const ends = [a.source, a.target].filter((id) => column.get(id) === from || to === from + 1);
    for (const text of a.labels) {
      const pill = labelSize(text);
      for (const id of ends) pills[from].set(id, [...(pills[from].get(id) ?? []), direction === 'LR' ? pill.width : pill.height]);
    }
  }
  const labels = pills.map((byNode) => Math.max(0, ...[...byNode.values()].map((lengths) => labelRows(lengths) + LABEL_ROOM)));
  const out = new Map<string, Point>();
  let shift = 0;
  columns.forEach((c, i) => {
    if (i > 0) {
      const gap = c.start - columns[i - 1].end;
      const needed = Math.max(MIN_RANK_GAP + SPREAD * Math.max(0, lanes[i - 1] - 1), labels[i - 1]);
      shift += Math.max(0, gap - needed);
    }
    for (const id of c.ids) {
      const p = positions.get(id)!;
      out.set(id, { ...p, [along]: p[along] - shift });
    }
  });
  return out;
}
