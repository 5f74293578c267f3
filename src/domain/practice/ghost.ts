// The reference drawn over the user's board after the reveal: each reference component the board lacks is placed
// where it would connect (next to the board's nodes that match its reference neighbours, at the same offset as in
// the reference), with the edges that would join it to them.
import { absolutePositions, type Board, type BoardEdge } from '../board';
import { findKind } from '../catalog';
import { COMPONENT_HEIGHT, COMPONENT_WIDTH, nodeSize } from '../geometry';
import type { ComponentRef, ReferenceComparison } from '../reference';

type Rect = { x: number; y: number; width: number; height: number };
const GAP = 16;
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP;

/** Moves a box down, one row at a time, until it overlaps nothing placed (drawn nodes and the ghosts before it). */
function freeSpot(at: { x: number; y: number }, taken: Rect[]): { x: number; y: number } {
  const box = { ...at, width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT };
  for (let i = 0; i < 500 && taken.some((t) => overlaps(box, t)); i++) box.y += COMPONENT_HEIGHT + GAP;
  taken.push(box);
  return { x: box.x, y: box.y };
}

export interface GhostComponent {
  /** The reference's node. */
  reference: ComponentRef;
  fields: Record<string, string>;
  /** Top-left corner on the user's board (absolute). */
  position: { x: number; y: number };
  /** Edges to the board's nodes that stand for its reference neighbours. */
  edges: GhostEdge[];
  /** Edges to reference neighbours that are missing too (other ghosts), by the reference's node id: drawn between the
   *  two ghosts, and turned into an edge to the board when one of them is added. */
  links: GhostLink[];
}

export interface GhostEdge { otherId: string; outgoing: boolean; kind: BoardEdge['type']; label: string }
export interface GhostLink { otherRef: string; outgoing: boolean; kind: BoardEdge['type']; label: string }

/**
 * The ghosts once one of them is on the board as `nodeId`: it leaves the overlay, and the others' links to it become
 * edges to that node, so adding the second of two joined ghosts wires it to the first.
 */
export function ghostAdded(ghosts: readonly GhostComponent[], added: GhostComponent, nodeId: string): GhostComponent[] {
  const ref = added.reference.nodeId;
  return ghosts.filter((g) => g.reference.nodeId !== ref).map((g) => {
    if (!g.links.some((l) => l.otherRef === ref)) return g;
    return {
      ...g,
      edges: [...g.edges, ...g.links.filter((l) => l.otherRef === ref).map(({ outgoing, kind, label }) => ({ otherId: nodeId, outgoing, kind, label }))],
      links: g.links.filter((l) => l.otherRef !== ref),
    };
  });
}

export function ghostComponents(board: Board, reference: Board, comparison: ReferenceComparison): GhostComponent[] {
  const refPos = absolutePositions(reference.nodes);
  const boardPos = absolutePositions(board.nodes);
  const standsFor = new Map(comparison.present.map((m) => [m.reference.nodeId, m.node.nodeId]));
  const refNode = new Map(reference.nodes.map((n) => [n.id, n]));
  // A component with no matched neighbour keeps its place in the reference's layout, drawn below the board.
  const bottoms = board.nodes.map((n) => boardPos.get(n.id)!.y + nodeSize(n).height);
  const xs = [...boardPos.values()].map((p) => p.x);
  const refXs = [...refPos.values()].map((p) => p.x);
  const refYs = [...refPos.values()].map((p) => p.y);
  const shift = {
    x: (xs.length ? Math.min(...xs) : 0) - (refXs.length ? Math.min(...refXs) : 0),
    y: (bottoms.length ? Math.max(...bottoms) + 120 : 0) - (refYs.length ? Math.min(...refYs) : 0),
  };
  const taken: Rect[] = board.nodes.filter((n) => findKind(n.type)?.family !== 'group').map((n) => ({ ...boardPos.get(n.id)!, ...nodeSize(n) }));
  const missing = new Set(comparison.missing.map((m) => m.nodeId));
  return comparison.missing.map((ref) => {
    const at = refPos.get(ref.nodeId) ?? { x: 0, y: 0 };
    const edges: GhostEdge[] = [];
    const links: GhostLink[] = [];
    const anchors: { x: number; y: number }[] = [];
    for (const e of reference.edges) {
      const outgoing = e.source === ref.nodeId;
      if (!outgoing && e.target !== ref.nodeId) continue;
      const other = outgoing ? e.target : e.source;
      if (other !== ref.nodeId && missing.has(other)) links.push({ otherRef: other, outgoing, kind: e.type, label: e.data.label });
      const mine = standsFor.get(other);
      if (!mine) continue;
      edges.push({ otherId: mine, outgoing, kind: e.type, label: e.data.label });
      const o = refPos.get(other);
      const m = boardPos.get(mine);
      if (o && m) anchors.push({ x: m.x + (at.x - o.x), y: m.y + (at.y - o.y) });
    }
    const position = freeSpot(anchors.length
      ? { x: anchors.reduce((s, p) => s + p.x, 0) / anchors.length, y: anchors.reduce((s, p) => s + p.y, 0) / anchors.length }
      : { x: at.x + shift.x, y: at.y + shift.y }, taken);
    return { reference: ref, fields: { ...(refNode.get(ref.nodeId)?.data.fields ?? {}) }, position, edges, links };
  });
}
