// The open board and its undo history. Every change goes through here; a gesture (a drag, a resize, typing in
// one field) is one undo step however many updates it makes.
import { applyEdgeChanges, applyNodeChanges, type Connection, type EdgeChange, type NodeChange } from '@xyflow/react';
import { temporal } from 'zundo';
import { create } from 'zustand';
import { createBoard, createEdge, type EdgeData, type EdgeKind, type NodeData } from '../domain/board';
import { sameDocument } from './same-document';
import { reparentDropped } from './edits';
import type { BoardBinding } from './binding';
import type { EditorBoard, FlowEdge, FlowNode } from './types';

export const HISTORY_LIMIT = 200;

export type BoardState = {
  board: EditorBoard;
  /** The edge kind new connections get; the last kind the user picked. */
  nextEdgeKind: EdgeKind;
  /** Replace the open board with the result of an edit (one undo step, or part of the open gesture). */
  apply: (edit: (board: EditorBoard) => EditorBoard) => void;
  onNodesChange: (changes: NodeChange<FlowNode>[]) => void;
  onEdgesChange: (changes: EdgeChange<FlowEdge>[]) => void;
  onConnect: (connection: Connection) => void;
  /** An edge's end dragged to another node or side: same edge (kind, label), new ends. */
  onReconnect: (edge: { id: string }, connection: Connection) => void;
  updateNodeData: (id: string, patch: Partial<NodeData>) => void;
  updateNodeField: (id: string, key: string, value: string) => void;
  updateEdge: (id: string, patch: { type?: EdgeKind; data?: Partial<EdgeData> }) => void;
  renameBoard: (name: string) => void;
  /** Open another board: its own history starts empty. */
  loadBoard: (board: EditorBoard) => void;
  endDrag: (draggedIds: string[]) => void;
};

// Only the first update of a gesture records the state before it; the rest of the gesture folds into that step.
const gesture = { depth: 0, recorded: false };

export function beginGesture(): void {
  if (gesture.depth++ === 0) {
    gesture.recorded = false;
    binding?.gestureStarted();
  }
}

/** True while a drag, resize or typing gesture is open: heavy derived work waits for it to end. */
export function isGesturing(): boolean {
  return gesture.depth > 0;
}

export function endGesture(): void {
  if (gesture.depth === 0) return;
  if (--gesture.depth === 0) binding?.gestureEnded();
}

export const useBoardStore = create<BoardState>()(
  temporal(
    (set) => ({
      board: createBoard() as EditorBoard,
      nextEdgeKind: 'request',
      apply: (edit) => set((s) => ({ board: edit(s.board) })),
      onNodesChange: (changes) => set((s) => ({ board: { ...s.board, nodes: applyNodeChanges(changes, s.board.nodes) } })),
      onEdgesChange: (changes) => set((s) => ({ board: { ...s.board, edges: applyEdgeChanges(changes, s.board.edges) } })),
      onConnect: (c) =>
        set((s) => {
          if (c.source === c.target) return s;
          // A new arrow does not pin the sides it was drawn from: the router picks sides that suit the layout.
          const edge = createEdge(c.source, c.target, s.nextEdgeKind, '') as FlowEdge;
          return { board: { ...s.board, edges: [...s.board.edges, edge] } };
        }),
      onReconnect: (old, c) =>
        set((s) => {
          if (c.source === c.target) return s;
          // Dragging an end onto a node's side pins that side (shown on the arrow; "Reset sides" lets it go).
          const ends = { source: c.source, target: c.target, sourceHandle: c.sourceHandle, targetHandle: c.targetHandle };
          return { board: { ...s.board, edges: s.board.edges.map((e) => (e.id === old.id ? { ...e, ...ends } : e)) } };
        }),
      updateNodeData: (id, patch) =>
        set((s) => ({
          board: {
            ...s.board,
            nodes: s.board.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, ...patch } } : n)),
          },
        })),
      updateNodeField: (id, key, value) =>
        set((s) => ({
          board: {
            ...s.board,
            nodes: s.board.nodes.map((n) =>
              n.id === id ? { ...n, data: { ...n.data, fields: { ...n.data.fields, [key]: value } } } : n,
            ),
          },
        })),
      updateEdge: (id, patch) =>
        set((s) => ({
          nextEdgeKind: patch.type ?? s.nextEdgeKind,
          board: {
            ...s.board,
            edges: s.board.edges.map((e) =>
              e.id === id ? { ...e, type: patch.type ?? e.type, data: { ...e.data, ...patch.data } } : e,
            ),
          },
        })),
      renameBoard: (name) => set((s) => ({ board: { ...s.board, name } })),
      loadBoard: (board) => {
        useBoardStore.temporal.getState().pause();
        set({ board });
        useBoardStore.temporal.getState().clear();
        useBoardStore.temporal.getState().resume();
      },
      endDrag: (ids) => set((s) => ({ board: reparentDropped(s.board, ids) })),
    }),
    {
      limit: HISTORY_LIMIT,
      partialize: (s) => ({ board: s.board }),
      equality: (a, b) => sameDocument(a.board, b.board),
      handleSet: (handleSet) => (pastState, replace, currentState, delta) => {
        if (gesture.depth > 0) {
          if (gesture.recorded) return;
          gesture.recorded = true;
        }
        (handleSet as (...args: unknown[]) => void)(pastState, replace, currentState, delta);
      },
    },
  ),
);

// A live room (src/store/binding.ts). While one is bound, its own history replaces the store's.
let binding: BoardBinding | null = null;
/** True while a board made by someone else is being set: it is shown, not sent back, not an undo step. */
let receiving = false;
const historyListeners = new Set<() => void>();
let unsubscribeBinding: (() => void) | null = null;
const historyChanged = () => historyListeners.forEach((f) => f());

/** Bind the open board to a live room, or unbind it (null): the store's own history starts empty again. */
export function bindBoard(next: BoardBinding | null): void {
  unsubscribeBinding?.();
  unsubscribeBinding = null;
  binding = next;
  const history = useBoardStore.temporal.getState();
  history.clear();
  if (next) {
    history.pause();
    unsubscribeBinding = next.subscribe(historyChanged);
  } else history.resume();
  historyChanged();
}

export const boundRoom = (): BoardBinding | null => binding;

/** Show a board changed by someone else: keep this person's selection of what still exists; no undo step. */
export function receiveBoard(board: EditorBoard): void {
  const current = useBoardStore.getState().board;
  const selectedNodes = new Set(current.nodes.filter((n) => n.selected).map((n) => n.id));
  const selectedEdges = new Set(current.edges.filter((e) => e.selected).map((e) => e.id));
  const nodes = board.nodes.map((n) => (selectedNodes.has(n.id) === !!n.selected ? n : { ...n, selected: selectedNodes.has(n.id) }));
  const edges = board.edges.map((e) => (selectedEdges.has(e.id) === !!e.selected ? e : { ...e, selected: selectedEdges.has(e.id) }));
  receiving = true;
  try {
    useBoardStore.setState({ board: { ...board, nodes, edges } });
  } finally {
    receiving = false;
  }
}

// Every local change of the document reaches the bound room; a viewer's is taken back at once.
useBoardStore.subscribe((state, prev) => {
  if (!binding || receiving || state.board === prev.board || sameDocument(state.board, prev.board)) return;
  if (binding.readOnly) {
    receiving = true;
    try {
      useBoardStore.setState({ board: prev.board });
    } finally {
      receiving = false;
    }
    return;
  }
  binding.committed(prev.board, state.board);
});

export const undo = () => (binding ? binding.undo() : useBoardStore.temporal.getState().undo());
export const redo = () => (binding ? binding.redo() : useBoardStore.temporal.getState().redo());
export const canUndo = () => (binding ? binding.canUndo() : useBoardStore.temporal.getState().pastStates.length > 0);
export const canRedo = () => (binding ? binding.canRedo() : useBoardStore.temporal.getState().futureStates.length > 0);

/** Calls `onChange` when canUndo or canRedo may have changed (the store's history or the bound room's). */
export function subscribeHistory(onChange: () => void): () => void {
  historyListeners.add(onChange);
  const off = useBoardStore.temporal.subscribe(onChange);
  return () => {
    historyListeners.delete(onChange);
    off();
  };
}
