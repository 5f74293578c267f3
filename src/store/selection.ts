// What this person has selected: session state, not the document (docs/collaboration.md, plan item 1). It is never
// saved, never an undo step and never sent to a room as a change of the board; a live room shows it to the others as
// presence. A store of its own, not the app store's: a box selection changes it on every pointer move, and only the
// canvas and the few panels that show the selection should wake up for that.
import type { EdgeChange, NodeChange } from '@xyflow/react';
import { create } from 'zustand';

/** The selected nodes' and edges' ids. Never changed in place: a new selection is a new object. */
export type Selection = { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };

export const NO_SELECTION: Selection = { nodes: new Set(), edges: new Set() };

export const useSelection = create<Selection>()(() => NO_SELECTION);

/** The selection now. */
export const selection = (): Selection => useSelection.getState();

const sameIds = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a === b || (a.size === b.size && [...a].every((id) => b.has(id)));

/** Make `next` the selection (the same object stays when nothing changes, so nothing redraws). */
export function setSelection(next: Selection): void {
  const now = selection();
  const nodes = sameIds(now.nodes, next.nodes) ? now.nodes : next.nodes;
  const edges = sameIds(now.edges, next.edges) ? now.edges : next.edges;
  if (nodes !== now.nodes || edges !== now.edges) useSelection.setState({ nodes, edges }, true);
}

/** A selection of these nodes and edges. */
export const selectionOf = (nodes: Iterable<string> = [], edges: Iterable<string> = []): Selection => ({
  nodes: new Set(nodes),
  edges: new Set(edges),
});

/** Select these and nothing else. */
export const select = (nodes?: Iterable<string>, edges?: Iterable<string>): void => setSelection(selectionOf(nodes, edges));

export const clearSelection = (): void => setSelection(NO_SELECTION);

/** A node joins the selection, or leaves it. */
export function toggleNode(id: string): void {
  const nodes = new Set(selection().nodes);
  if (!nodes.delete(id)) nodes.add(id);
  setSelection({ ...selection(), nodes });
}

/** The ids with React Flow's 'select' changes applied (a click, shift-click, box selection, a click on the pane). */
function withChanges(ids: ReadonlySet<string>, changes: readonly (NodeChange | EdgeChange)[]): ReadonlySet<string> {
  let out: Set<string> | null = null;
  for (const c of changes) {
    if (c.type !== 'select' || ids.has(c.id) === c.selected) continue;
    out ??= new Set(ids);
    if (c.selected) out.add(c.id);
    else out.delete(c.id);
  }
  return out ?? ids;
}

export const selectNodeChanges = (changes: readonly NodeChange[]): void =>
  setSelection({ ...selection(), nodes: withChanges(selection().nodes, changes) });

export const selectEdgeChanges = (changes: readonly EdgeChange[]): void =>
  setSelection({ ...selection(), edges: withChanges(selection().edges, changes) });

type Items = readonly { id: string }[];
// What the last check saw: a drag step's node list has the same ids in the same order as the one before it, which a
// pass of comparisons tells without building a set of 1,000 ids on every frame.
let checked: { nodes: Items; edges: Items; selection: Selection } = { nodes: [], edges: [], selection: NO_SELECTION };

const sameOrder = (a: Items, b: Items) => a === b || (a.length === b.length && a.every((item, i) => item.id === b[i].id));

/** Drop from the selection what is no longer on the board (deleted, undone, removed by someone else in a room). */
export function keepExisting(board: { nodes: Items; edges: Items }): void {
  const now = selection();
  const unchanged = now === checked.selection && sameOrder(board.nodes, checked.nodes) && sameOrder(board.edges, checked.edges);
  if (!unchanged && now.nodes.size + now.edges.size > 0) {
    const existing = (ids: ReadonlySet<string>, items: Items) => {
      if (ids.size === 0) return ids;
      const all = new Set(items.map((item) => item.id));
      return [...ids].every((id) => all.has(id)) ? ids : new Set([...ids].filter((id) => all.has(id)));
    };
    setSelection({ nodes: existing(now.nodes, board.nodes), edges: existing(now.edges, board.edges) });
  }
  checked = { nodes: board.nodes, edges: board.edges, selection: selection() };
}
