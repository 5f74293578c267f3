// How tangled a laid-out board looks, estimated without routing it, and the cheap moves auto-layout tries to
// untangle it: mirroring a pipeline's content across its flow (so the nodes that talk to the pipeline below sit
// at its bottom), and not wrapping a flow into more bands than it needs. Routed arrows (libavoid, see
// docs/routing.md) cross where the straight lines between their ends cross, give or take, so straight lines are
// the estimate; an arrow whose straight line runs through a third node is counted too, because its route must
// go round that node, usually across other arrows.
import { segmentHitsRect, segmentsCross, type Point, type Rect } from './routing/geometry';

export type Link = { source: string; target: string };

const centre = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
const shrink = (r: Rect, by: number): Rect => ({ x: r.x + by, y: r.y + by, width: r.width - 2 * by, height: r.height - 2 * by });

/** Crossings between the straight lines of the links, plus lines through a third box, for boxes given by `box`. */
export function tangle(links: readonly Link[], box: (id: string) => Rect | undefined, obstacles: readonly { id: string; box: Rect }[] = []): number {
  const lines: { a: Point; b: Point; link: Link }[] = [];
  for (const link of links) {
    const s = box(link.source);
    const t = box(link.target);
    if (s && t && link.source !== link.target) lines.push({ a: centre(s), b: centre(t), link });
  }
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const p = lines[i];
    for (let j = i + 1; j < lines.length; j++) {
      const q = lines[j];
      const { source, target } = q.link;
      if (source === p.link.source || source === p.link.target || target === p.link.source || target === p.link.target) continue;
      if (segmentsCross(p.a, p.b, q.a, q.b)) count++;
    }
    for (const o of obstacles) {
      if (o.id !== p.link.source && o.id !== p.link.target && segmentHitsRect(p.a, p.b, shrink(o.box, 4))) count++;
    }
  }
  return count;
}

type Direction = 'LR' | 'TB';
type Size = { width: number; height: number };

export type Untangling = {
  edges: readonly Link[];
  /** Nodes arrows go round (every node but the pipeline boxes). */
  solid: ReadonlySet<string>;
  /** Containers ('' for the board) whose content was laid out whole, and the direction of its flow. */
  laidOut: ReadonlyMap<string, { direction: Direction; wrapped: boolean }>;
  children: ReadonlyMap<string, readonly string[]>;
  /** Positions relative to the parent, changed in place. */
  position: Map<string, Point>;
  size: ReadonlyMap<string, Size>;
};

const ROOT = '';
const MAX_PASSES = 4;

/**
 * Moves that keep the layout's ranks and gaps but untangle the arrows, each kept only if the estimate of the whole
 * board drops: moving a pipeline to another place in a stack of pipelines, mirroring a container's content across
 * its flow (not a wrapped one: its bands would run backwards), and swapping two neighbours of one rank (the
 * "transpose" step of layered layout, here judged on every arrow of the board, since a pipeline laid out alone does
 * not know which of its nodes talk to the pipeline below it).
 */
export function untangle(u: Untangling): void {
  if (u.laidOut.size === 0 || u.edges.length < 2) return;
  const parentOf = new Map<string, string>();
  for (const [parent, kids] of u.children) for (const id of kids) parentOf.set(id, parent);
  const absolute = () => {
    const out = new Map<string, Rect>();
    const resolve = (id: string): Rect => {
      const known = out.get(id);
      if (known) return known;
      const parent = parentOf.get(id);
      const base = parent !== undefined && parent !== ROOT ? resolve(parent) : { x: 0, y: 0 };
      const r = { x: base.x + u.position.get(id)!.x, y: base.y + u.position.get(id)!.y, ...u.size.get(id)! };
      out.set(id, r);
      return r;
    };
    for (const id of u.position.keys()) resolve(id);
    return out;
  };
  const score = () => {
    const boxes = absolute();
    return tangle(u.edges, (id) => boxes.get(id), [...u.solid].map((id) => ({ id, box: boxes.get(id)! })));
  };
  const depth = (id: string) => {
    let d = 0;
    for (let p = parentOf.get(id); p !== undefined && p !== ROOT; p = parentOf.get(p)) d++;
    return d;
  };
  // Innermost first, the board last.
  const containers = [...u.laidOut.keys()].sort((a, b) => (a === ROOT ? 1 : b === ROOT ? -1 : depth(b) - depth(a)));
  let best = score();
  /** Makes a move; keeps it if the board is less tangled, else undoes it. */
  const attempt = (move: () => (() => void) | null): boolean => {
    const undo = move();
    if (!undo) return false;
    const now = score();
    if (now < best) {
      best = now;
      return true;
    }
    undo();
    return false;
  };
  const linked = new Set<string>();
  for (const e of u.edges) {
    for (let id: string | undefined = e.source; id !== undefined && id !== ROOT; id = parentOf.get(id)) linked.add(id);
    for (let id: string | undefined = e.target; id !== undefined && id !== ROOT; id = parentOf.get(id)) linked.add(id);
  }
  for (let pass = 0; pass < MAX_PASSES && best > 0; pass++) {
    let improved = false;
    for (const container of containers) {
      const { direction, wrapped } = u.laidOut.get(container)!;
      const kids = u.children.get(container) ?? [];
      const linkedKids = kids.filter((id) => linked.has(id));
      // Only pipelines stack; a flow's own order along it is the flow.
      const stack = linkedKids.every((id) => !u.solid.has(id)) ? stacked(linkedKids, direction, u) : null;
      if (stack) {
        const others = kids.filter((id) => !stack.includes(id));
        // After a move the stack is in another order: the next pass starts from there.
        for (const order of reorderings(stack)) {
          if (attempt(() => restack(stack, order, others, direction, u))) {
            improved = true;
            break;
          }
        }
      }
      // On the board itself only what arrows join is mirrored: the answer cards keep the framework's reading order.
      const mirrored = container === ROOT ? linkedKids : kids;
      const kept = kids.filter((id) => !mirrored.includes(id));
      if (!wrapped && attempt(() => mirror(mirrored, kept, direction, u))) improved = true;
      for (const [a, b] of neighbours(kids, direction, u)) if (attempt(() => swap(a, b, direction, u))) improved = true;
    }
    if (!improved) break;
  }
}

const acrossOf = (d: Direction) => (d === 'LR' ? 'y' : 'x');
const alongOf = (d: Direction) => (d === 'LR' ? 'x' : 'y');
const breadth = (s: Size, d: Direction) => (d === 'LR' ? s.height : s.width);
const length = (s: Size, d: Direction) => (d === 'LR' ? s.width : s.height);

const rect = (id: string, u: Untangling): Rect => ({ ...u.position.get(id)!, ...u.size.get(id)! });
const covers = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Mirrors the nodes across the flow, inside the span they take. Returns how to undo it. Refused (null) if that would
 * cover one of `others`, the container's nodes that stay (a card packed above a flow whose pipeline box was folded
 * above it lies inside that span: metric anomaly detection's monitoring card).
 */
function mirror(kids: readonly string[], others: readonly string[], d: Direction, u: Untangling): (() => void) | null {
  if (kids.length < 2) return null;
  const across = acrossOf(d);
  const low = Math.min(...kids.map((id) => u.position.get(id)![across]));
  const high = Math.max(...kids.map((id) => u.position.get(id)![across] + breadth(u.size.get(id)!, d)));
  const flip = () => {
    for (const id of kids) {
      const p = u.position.get(id)!;
      u.position.set(id, { ...p, [across]: low + high - p[across] - breadth(u.size.get(id)!, d) });
    }
  };
  flip();
  if (kids.some((id) => others.some((o) => covers(rect(id, u), rect(o, u))))) {
    flip();
    return null;
  }
  return flip;
}

const MAX_STACK = 8;

/** The nodes in order along the flow if each has a stretch of it to itself (a stack of pipelines), else null. */
function stacked(ids: readonly string[], d: Direction, u: Untangling): string[] | null {
  if (ids.length < 3 || ids.length > MAX_STACK) return null;
  const along = alongOf(d);
  const order = [...ids].sort((a, b) => u.position.get(a)![along] - u.position.get(b)![along]);
  for (let i = 1; i < order.length; i++) {
    if (u.position.get(order[i])![along] < u.position.get(order[i - 1])![along] + length(u.size.get(order[i - 1])!, d)) return null;
  }
  return order;
}

/** The stack with one of its members moved to another place (the stack as it was first laid out each time). */
function* reorderings(items: readonly string[]): Generator<string[]> {
  for (let i = 0; i < items.length; i++) {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (let j = 0; j <= rest.length; j++) if (j !== i) yield [...rest.slice(0, j), items[i], ...rest.slice(j)];
  }
}

/**
 * Puts a stack in another order along the flow, each node keeping its place across it, the gaps as they were.
 * Refused (null) if that would cover another node of the container.
 */
function restack(stack: readonly string[], order: readonly string[], others: readonly string[], d: Direction, u: Untangling): (() => void) | null {
  if (order.every((id, i) => id === stack[i])) return null;
  const along = alongOf(d);
  const before = new Map(stack.map((id) => [id, u.position.get(id)!]));
  let at = before.get(stack[0])![along];
  order.forEach((id, i) => {
    u.position.set(id, { ...before.get(id)!, [along]: at });
    if (i + 1 < order.length) {
      const gap = before.get(stack[i + 1])![along] - (before.get(stack[i])![along] + length(u.size.get(stack[i])!, d));
      at += length(u.size.get(id)!, d) + gap;
    }
  });
  const undo = () => {
    for (const [id, p] of before) u.position.set(id, p);
  };
  if (stack.some((id) => others.some((o) => covers(rect(id, u), rect(o, u))))) {
    undo();
    return null;
  }
  return undo;
}

/**
 * Pairs of nodes next to each other in one rank: the same middle along the flow (dagre centres a rank), nothing
 * else of the container between them.
 */
function neighbours(kids: readonly string[], d: Direction, u: Untangling): [string, string][] {
  const across = acrossOf(d);
  const along = alongOf(d);
  const middle = (id: string) => Math.round(u.position.get(id)![along] + length(u.size.get(id)!, d) / 2);
  const ranks = new Map<number, string[]>();
  for (const id of kids) {
    const m = middle(id);
    if (!ranks.has(m)) ranks.set(m, []);
    ranks.get(m)!.push(id);
  }
  const out: [string, string][] = [];
  for (const rank of ranks.values()) {
    rank.sort((a, b) => u.position.get(a)![across] - u.position.get(b)![across]);
    for (let i = 1; i < rank.length; i++) out.push([rank[i - 1], rank[i]]);
  }
  return out;
}

/**
 * Swaps two neighbours of a rank (a before b across the flow): b takes a's place and a follows after the same
 * gap, so the pair fills the same span. Refused (null) if that would cover another node of the container.
 */
function swap(a: string, b: string, d: Direction, u: Untangling): (() => void) | null {
  const across = acrossOf(d);
  const pa = u.position.get(a)!;
  const pb = u.position.get(b)!;
  const sa = u.size.get(a)!;
  const gap = pb[across] - (pa[across] + breadth(sa, d));
  if (gap < 0) return null;
  const nb = { ...pb, [across]: pa[across] };
  const na = { ...pa, [across]: pa[across] + breadth(u.size.get(b)!, d) + gap };
  u.position.set(a, na);
  u.position.set(b, nb);
  return () => {
    u.position.set(a, pa);
    u.position.set(b, pb);
  };
}
