// Auto-layout with dagre. Each pipeline group is laid out on its own (innermost first) and then resized to fit;
// then the groups and top-level nodes are laid out among themselves, arrows between children of different groups
// counting as arrows between the groups. Keeping each dagre graph to one level keeps it small and fast. On the top
// level several arrangements are weighed, the main flow reading in one direction first (see `better`).
import { findKind } from './catalog';
import type { Board, BoardEdge, BoardNode } from './board/types';
import { nodeSize } from './geometry';
import { fitScale, packBlocks, type Point, type Size } from './pack';
import { BLOCK_GAP, GROUP_HEADER, GROUP_PADDING, RANK_GAP, WRAP_LENGTH } from './spacing';
import { bandRange, wrapFlow } from './wrap';
import { layoutFlow, type FlowBlock as Block, type FlowEdge } from './layout-flow';
import { tangle, untangle } from './layout-untangle';
import { backwardArrows } from './routing/measures';

export type LayoutDirection = 'LR' | 'TB';

export type LayoutOptions = {
  /** The direction data flows inside a pipeline (and on a board without groups). */
  direction: LayoutDirection;
  /**
   * The direction pipeline groups follow among themselves, on levels that hold groups. By default the other
   * axis: left-to-right pipelines stack top to bottom, as in the book's figures.
   */
  groupDirection?: LayoutDirection;
  /** Lay out only these nodes (the selection); every other node keeps its place. */
  nodeIds?: ReadonlySet<string>;
  /** Sizes measured by the canvas; nodes not in it use nodeSize. */
  sizes?: ReadonlyMap<string, Size>;
  /**
   * Every gap between ranks RANK_GAP wide (more for a label) rather than sized to what it holds: the layout the
   * shipped templates and problem references were reviewed in (templates/src/build-template.ts).
   */
  evenGaps?: boolean;
};

const ROOT = '';
/** Above this many nodes auto-layout skips untangling (its estimate grows with the square of the arrows). */
const UNTANGLE_LIMIT = 200;
const isGroupNode = (node: BoardNode) => findKind(node.type)?.family === 'group';
const other = (d: LayoutDirection): LayoutDirection => (d === 'LR' ? 'TB' : 'LR');

export function layoutBoard(board: Board, options: LayoutOptions): Board {
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const children = new Map<string, string[]>();
  for (const node of board.nodes) {
    const parent = node.parentId !== undefined && byId.has(node.parentId) ? node.parentId : ROOT;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(node.id);
  }
  const position = new Map<string, Point>(board.nodes.map((n) => [n.id, { ...n.position }]));
  // A group's stored size is the truth (the canvas only measures what it drew); other nodes are as measured.
  const size = new Map<string, Size>(board.nodes.map((n) => [n.id, (!isGroupNode(n) && options.sizes?.get(n.id)) || nodeSize(n)]));
  const moves = (id: string) => options.nodeIds?.has(id) ?? true;
  const groupDirection = options.groupDirection ?? other(options.direction);
  const edgesByLevel = liftEdges(board.edges, byId);
  const groups = new Set(board.nodes.filter(isGroupNode).map((n) => n.id));
  /** Containers whose content was laid out whole, and the direction of that content's flow. */
  const laidOut = new Map<string, { direction: LayoutDirection; wrapped: boolean }>();

  const arrange = (container: string) => {
    const kids = children.get(container) ?? [];
    for (const id of kids) if (children.has(id)) arrange(id);
    const moving = kids.filter(moves);
    const isGroup = container !== ROOT;
    if (moving.length > 0) {
      const direction = mostlyGroups(moving, byId) ? groupDirection : options.direction;
      const block = layoutLevel(moving, edgesByLevel.get(container) ?? [], { size, direction, top: !isGroup, groups, evenGaps: options.evenGaps === true });
      const fixed = kids.filter((id) => !moves(id));
      const wholeGroup = isGroup && fixed.length === 0;
      const origin = wholeGroup ? { x: GROUP_PADDING, y: GROUP_HEADER } : topLeft(moving, position);
      if (isGroup) {
        origin.x = Math.max(origin.x, GROUP_PADDING);
        origin.y = Math.max(origin.y, GROUP_HEADER);
      }
      const placed = avoid(origin, block, fixed.map((id) => box(id, position, size)), direction);
      for (const id of moving) {
        const p = block.positions.get(id)!;
        position.set(id, { x: placed.x + p.x, y: placed.y + p.y });
      }
      if (wholeGroup || (container === ROOT && fixed.length === 0)) laidOut.set(container, { direction, wrapped: block.wrapped === true });
      if (wholeGroup) {
        size.set(container, { width: block.width + 2 * GROUP_PADDING, height: block.height + GROUP_HEADER + GROUP_PADDING });
        return;
      }
    }
    if (isGroup) growToFit(container, kids, position, size);
  };
  arrange(ROOT);
  if (board.nodes.length <= UNTANGLE_LIMIT) {
    const solid = new Set(board.nodes.filter((n) => !isGroupNode(n)).map((n) => n.id));
    untangle({ edges: board.edges, solid, laidOut, children, position, size });
  }

  const nodes = board.nodes.map((node) => {
    const p = position.get(node.id)!;
    const moved = p.x !== node.position.x || p.y !== node.position.y;
    const s = size.get(node.id)!;
    const resized = isGroupNode(node) && (s.width !== node.width || s.height !== node.height);
    if (!moved && !resized) return node;
    const out: BoardNode = { ...node, position: { x: p.x, y: p.y } };
    if (resized) Object.assign(out, { width: s.width, height: s.height });
    return out;
  });
  return { ...board, nodes };
}

/** A level of pipelines (rather than one flow with a sub-group or two) is arranged in the group direction. */
function mostlyGroups(ids: readonly string[], byId: Map<string, BoardNode>): boolean {
  let groups = 0;
  let components = 0;
  for (const id of ids) {
    const family = findKind(byId.get(id)!.type)?.family;
    if (family === 'group') groups++;
    else if (family === 'component') components++;
  }
  return groups > 0 && groups >= components;
}

/** Arrows leaving monitoring (logs, reviews, dashboards) close feedback loops: they must not pull their target down the flow. */
const isFeedback = (node: BoardNode | undefined) => findKind(node?.type ?? '')?.step === 'monitoring';

/** Each edge, drawn between the two children of the deepest group that holds both ends (the group's level). */
function liftEdges(edges: readonly BoardEdge[], byId: Map<string, BoardNode>): Map<string, FlowEdge[]> {
  const chain = (id: string) => {
    const out = [id];
    const seen = new Set(out);
    for (let p = byId.get(id)?.parentId; p !== undefined && byId.has(p) && !seen.has(p); p = byId.get(p)?.parentId) {
      out.push(p);
      seen.add(p);
    }
    return out.reverse(); // outermost group first
  };
  const levels = new Map<string, FlowEdge[]>();
  for (const edge of edges) {
    if (!byId.has(edge.source) || !byId.has(edge.target)) continue;
    const a = chain(edge.source);
    const b = chain(edge.target);
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (i >= a.length || i >= b.length) continue; // one end contains the other
    const container = i === 0 ? ROOT : a[i - 1];
    const direct = i === a.length - 1 && i === b.length - 1;
    if (!levels.has(container)) levels.set(container, []);
    const feedback = isFeedback(byId.get(edge.source));
    const twoWay = edge.data.bidirectional === true;
    levels.get(container)!.push({ source: a[i], target: b[i], label: direct ? edge.data.label : '', feedback, twoWay });
  }
  return levels;
}

/** The fit-view zoom at which a board still reads (13 px names at 6.5 px). */
const READABLE_SCALE = 0.5;
/**
 * Below this fit-view zoom a board left in one long band is a strip too thin to take in (names under 4 px): only
 * then may a wrap send arrows back across the board.
 */
const MIN_SCALE = 0.3;
/** Band counts tried beyond the fewest a flow needs. */
const MAX_EXTRA_BANDS = 3;

type Candidate = { block: Block; scale: number; tangled: number; backward: number };

/**
 * Which of two arrangements of a level is better. First the main flow in one direction (fewest arrows pointing
 * back without closing a loop: a wrap's band-to-band arrows do), unless that leaves a strip too thin to see at
 * fit-view; then a board that reads at fit-view; then the less tangled; then the larger at fit-view.
 */
function better(a: Candidate, b: Candidate): boolean {
  const seen = (c: Candidate) => c.scale >= MIN_SCALE;
  if (seen(a) !== seen(b)) return seen(a);
  if (a.backward !== b.backward) return a.backward < b.backward;
  const reads = (c: Candidate) => c.scale >= READABLE_SCALE;
  if (reads(a) !== reads(b)) return reads(a);
  if (a.tangled !== b.tangled) return a.tangled < b.tangled;
  return a.scale > b.scale + 1e-9;
}

/** What one level of the board is laid out with. */
type Level = { size: Map<string, Size>; direction: LayoutDirection; top: boolean; groups: ReadonlySet<string>; evenGaps: boolean };

/**
 * Lays out sibling nodes: each connected part as a flow, then the flows and loose nodes packed together. On the
 * top level, which sees the whole board, arrangements are weighed (see `better`): the flows in one band, wrapped
 * into a few bands, and, where pipeline boxes sit among the components, the boxes folded out of the flow into rows
 * below and above it.
 */
function layoutLevel(ids: readonly string[], edges: readonly FlowEdge[], level: Level, fold = true): Block {
  const inLevel = new Set(ids);
  const levelEdges = edges.filter((e) => inLevel.has(e.source) && inLevel.has(e.target) && e.source !== e.target);
  let best: Candidate | undefined;
  const consider = (block: Block) => {
    const box = (id: string) => boxIn(block.positions, level.size, id);
    const candidate = {
      block, scale: fitScale(block.width, block.height), tangled: tangle(levelEdges, box),
      backward: pointingBack(block.positions, level, levelEdges),
    };
    if (!best || better(candidate, best)) best = candidate;
  };
  for (const block of bandings(ids, levelEdges, level)) consider(block);
  if (fold && level.top && level.direction === 'LR') {
    for (const folded of foldPipelines(ids, levelEdges, level)) consider(folded);
  }
  return best!.block;
}

/**
 * The level's flows in one band and (top level only) in the band counts from the fewest that keep each flow within
 * WRAP_LENGTH; inside a pipeline a flow wraps at WRAP_LENGTH.
 */
function* bandings(ids: readonly string[], levelEdges: readonly FlowEdge[], level: Level): Generator<Block> {
  const { size, direction } = level;
  const parts = connectedParts(ids, levelEdges);
  const loose = parts.filter((p) => p.length === 1).map((p) => p[0]);
  const looseSizes = loose.map((id) => size.get(id)!);
  const flows = parts.filter((p) => p.length > 1).map((part) => layoutFlow(part, levelEdges, size, direction, level.evenGaps, level.groups));
  const ranges = flows.map((f) => bandRange(f.positions, size, direction, WRAP_LENGTH[direction]));
  const tried = new Set<string>();
  for (let extra = level.top ? -1 : 0; extra < (level.top ? MAX_EXTRA_BANDS : 1); extra++) {
    const counts = ranges.map((r) => (extra < 0 ? 1 : Math.min(r.min + extra, r.max)));
    if (tried.has(counts.join())) continue;
    tried.add(counts.join());
    const wrapped = flows.map((f, i) => wrapFlow(f.positions, size, direction, counts[i], RANK_GAP));
    const packed = packBlocks(looseSizes, wrapped, BLOCK_GAP);
    const positions = new Map<string, Point>();
    loose.forEach((id, i) => positions.set(id, packed.loose[i]));
    wrapped.forEach((flow, i) => {
      const at = packed.parts[i];
      for (const [id, p] of flow.positions) positions.set(id, { x: at.x + p.x, y: at.y + p.y });
    });
    yield { positions, width: packed.width, height: packed.height, wrapped: counts.some((c) => c > 1) };
  }
}

/** Pipeline boxes up to this many are each tried above and below the flow; more go all above or all below. */
const MAX_FOLD_CHOICES = 3;

/**
 * The pipeline boxes of a level of components folded out of the flow: the components laid out on their own (an
 * arrow through a box, A -> box -> B, kept as A -> B, dropped where it closes a loop, like a feedback arrow), and
 * the boxes in a row below or above, each under (or over) the middle of the components it talks to; each way of
 * sharing the boxes between the two rows is one arrangement. A box is a whole pipeline: drawn as a rank of the
 * flow it makes the flow as long as itself, the band a strip; folded, it is the book's figure, the serving path
 * in a row, its data and training pipelines beside it.
 */
function foldPipelines(ids: readonly string[], levelEdges: readonly FlowEdge[], level: Level): Block[] {
  const pipes = ids.filter((id) => level.groups.has(id));
  const rest = ids.filter((id) => !level.groups.has(id));
  if (pipes.length === 0 || rest.length < 2) return [];
  const through: FlowEdge[] = [];
  for (const pipe of pipes) {
    const into = levelEdges.filter((e) => e.target === pipe && !level.groups.has(e.source));
    const out = levelEdges.filter((e) => e.source === pipe && !level.groups.has(e.target));
    for (const a of into) for (const b of out) through.push({ source: a.source, target: b.target, label: '', feedback: true, twoWay: false, throughBox: true });
  }
  const inner = layoutLevel(rest, [...levelEdges, ...through], level, false);
  const middle = (id: string) => inner.positions.get(id)!.x + level.size.get(id)!.width / 2;
  const wanted = new Map(pipes.map((pipe) => {
    const talks = levelEdges.flatMap((e) => (e.source === pipe ? [e.target] : e.target === pipe ? [e.source] : [])).filter((id) => inner.positions.has(id));
    return [pipe, talks.length ? talks.reduce((sum, id) => sum + middle(id), 0) / talks.length : Infinity];
  }));
  const order = [...pipes].sort((a, b) => wanted.get(a)! - wanted.get(b)!);
  /** A row of boxes, left to right, each as near its wanted middle as the one before it allows. */
  const row = (boxes: readonly string[]) => {
    const at = new Map<string, number>();
    let cursor = 0;
    for (const pipe of boxes) {
      const width = level.size.get(pipe)!.width;
      const want = wanted.get(pipe)!;
      const x = Math.max(cursor, Number.isFinite(want) ? Math.round(want - width / 2) : cursor);
      at.set(pipe, x);
      cursor = x + width + BLOCK_GAP;
    }
    return { at, width: cursor - BLOCK_GAP, height: Math.max(0, ...boxes.map((id) => level.size.get(id)!.height)) };
  };
  const shares = order.length <= MAX_FOLD_CHOICES
    ? Array.from({ length: 2 ** order.length }, (_, mask) => order.map((_, i) => (mask >> i) % 2 === 1))
    : [order.map(() => false), order.map(() => true)];
  return shares.map((above) => {
    const over = row(order.filter((_, i) => above[i]));
    const under = row(order.filter((_, i) => !above[i]));
    const shift = over.at.size ? over.height + BLOCK_GAP : 0;
    const positions = new Map<string, Point>();
    for (const [id, p] of inner.positions) positions.set(id, { x: p.x, y: p.y + shift });
    for (const [id, x] of over.at) positions.set(id, { x, y: 0 });
    for (const [id, x] of under.at) positions.set(id, { x, y: shift + inner.height + BLOCK_GAP });
    const width = Math.max(inner.width, over.width, under.width);
    const height = shift + inner.height + (under.at.size ? BLOCK_GAP + under.height : 0);
    return { positions, width, height, wrapped: inner.wrapped };
  });
}

/**
 * How many of a level's arrows point against its flow without closing a loop (the legibility measure of the same
 * name) for these positions. A pipeline box counts as a container of its own: arrows into and out of one join two
 * flows and are not judged, as in the measure. A top-to-bottom flow is judged turned a quarter, its "left" up.
 */
function pointingBack(positions: ReadonlyMap<string, Point>, level: Level, edges: readonly FlowEdge[]): number {
  const nodes = [...positions].map(([id, p]) => {
    const s = level.size.get(id)!;
    const box = level.direction === 'LR' ? { ...p, ...s } : { x: p.y, y: p.x, width: s.height, height: s.width };
    return { id, group: false, box, ...(level.groups.has(id) ? { parentId: id } : {}) };
  });
  // An arrow into or out of a box leads nowhere here: no loop is closed through a box. The measure lets such an
  // arrow lead either way, but it sees the arrows of the whole board; on a level an arrow into a box stands for one
  // into one of its children, and whether a way leads through the box to the child an arrow leaves it from, the
  // level does not know. Metric anomaly detection: "refit when precision < 50%" (dashboard -> a job in the nightly
  // box) and "refit models" (box -> forecaster) closed a loop here, so the wrap's arrow from the forecaster at the
  // end of one band to the residual z-score at the start of the next counted as the loop's; on the board no way
  // leads through the box, and the measure found that arrow pointing back. The same holds for an arrow standing for
  // a way through a folded box (machine translation: post-edits -> NMT model through the fine-tuning box let the
  // flow beside the folded box wrap, "translation" running back across the board).
  const own = edges.filter((e) => positions.has(e.source) && positions.has(e.target))
    .filter((e) => e.twoWay || !(e.throughBox || level.groups.has(e.source) || level.groups.has(e.target)));
  return backwardArrows({ nodes, edges: own.map((e, i) => ({ id: String(i), source: e.source, target: e.target, points: [], twoWay: e.twoWay })) }).length;
}

/** Groups of ids linked by edges, each in the order the ids came, the groups by their first id. */
function connectedParts(ids: readonly string[], edges: readonly FlowEdge[]): string[][] {
  const root = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => {
    let r = id;
    while (root.get(r) !== r) r = root.get(r)!;
    root.set(id, r);
    return r;
  };
  for (const e of edges) root.set(find(e.source), find(e.target));
  const parts = new Map<string, string[]>();
  for (const id of ids) {
    const r = find(id);
    if (!parts.has(r)) parts.set(r, []);
    parts.get(r)!.push(id);
  }
  return [...parts.values()];
}

type Rect = { x: number; y: number; width: number; height: number };

const boxIn = (positions: ReadonlyMap<string, Point>, size: ReadonlyMap<string, Size>, id: string): Rect | undefined => {
  const p = positions.get(id);
  return p && { ...p, ...size.get(id)! };
};

function box(id: string, position: Map<string, Point>, size: Map<string, Size>): Rect {
  return { ...position.get(id)!, ...size.get(id)! };
}

function topLeft(ids: readonly string[], position: Map<string, Point>): Point {
  let x = Infinity;
  let y = Infinity;
  for (const id of ids) {
    const p = position.get(id)!;
    x = Math.min(x, p.x);
    y = Math.min(y, p.y);
  }
  return { x, y };
}

const intersects = (a: Rect, b: Rect, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** Where to put a laid-out block so it clears the nodes that stay: slide it across the flow until free. */
function avoid(origin: Point, block: Block, obstacles: readonly Rect[], direction: LayoutDirection): Point {
  const at = { ...origin };
  for (let moved = true; moved; ) {
    moved = false;
    for (const o of obstacles) {
      if (!intersects({ ...at, width: block.width, height: block.height }, o, BLOCK_GAP / 2)) continue;
      if (direction === 'LR') at.y = o.y + o.height + BLOCK_GAP;
      else at.x = o.x + o.width + BLOCK_GAP;
      moved = true;
    }
  }
  return at;
}

/** Grows a group (never shrinks it) so all its children fit inside with the header and padding. */
function growToFit(group: string, kids: readonly string[], position: Map<string, Point>, size: Map<string, Size>) {
  const current = size.get(group)!;
  let width = current.width;
  let height = current.height;
  for (const id of kids) {
    const r = box(id, position, size);
    width = Math.max(width, r.x + r.width + GROUP_PADDING);
    height = Math.max(height, r.y + r.height + GROUP_PADDING);
  }
  if (width !== current.width || height !== current.height) size.set(group, { width, height });
}
