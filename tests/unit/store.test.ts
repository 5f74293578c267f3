import { beforeEach, describe, expect, it } from 'vitest';
import { createBoard, createNode } from '../../src/domain/board';
import { connectWithLastKind, pickEdgeKind } from '../../src/store/arrow-kind';
import { beginGesture, commit, endGesture, redo, undo, useBoardStore, HISTORY_LIMIT } from '../../src/store/board-store';
import {
  addComponent, connect, copySelection, deleteSelection, duplicateSelection, groupSelection, nodeChanges, pasteFragment,
  reconnect, renameBoard, reparentDropped, setEdge, setNodeData, ungroupSelection,
} from '../../src/store/edits';
import { NO_SELECTION, select, selection, selectionOf } from '../../src/store/selection';
import type { EditorBoard } from '../../src/store/types';

const state = () => useBoardStore.getState();
const history = () => useBoardStore.temporal.getState();
const labels = () => state().board.nodes.map((n) => n.data.label);

beforeEach(() => state().loadBoard(createBoard('Test') as EditorBoard));

describe('board store history', () => {
  it('undoes and redoes an added component', () => {
    state().apply((b) => addComponent(b, 'feature-store', { x: 10, y: 10 }));
    expect(labels()).toEqual(['Feature store']);
    undo();
    expect(labels()).toEqual([]);
    redo();
    expect(labels()).toEqual(['Feature store']);
  });

  it('folds a whole drag into one undo step', () => {
    state().apply((b) => addComponent(b, 'ranking', { x: 0, y: 0 }));
    const id = state().board.nodes[0].id;
    beginGesture();
    for (let x = 1; x <= 30; x++) {
      commit((b) => nodeChanges(b, [{ type: 'position', id, position: { x, y: x }, dragging: true }]));
    }
    endGesture();
    expect(state().board.nodes[0].position).toEqual({ x: 30, y: 30 });
    undo();
    expect(state().board.nodes[0].position).toEqual({ x: 0, y: 0 });
    redo();
    expect(state().board.nodes[0].position).toEqual({ x: 30, y: 30 });
  });

  it('does not record selection or measurement as undo steps', () => {
    state().apply((b) => addComponent(b, 'ranking', { x: 0, y: 0 }));
    const id = state().board.nodes[0].id;
    const before = history().pastStates.length;
    const board = state().board;
    select();
    select([id]);
    expect(state().board).toBe(board);
    commit((b) => nodeChanges(b, [{ type: 'dimensions', id, dimensions: { width: 184, height: 60 } }]));
    expect(history().pastStates.length).toBe(before);
  });

  it('keeps at least 100 steps', () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    for (let i = 0; i < 120; i++) commit((b) => renameBoard(b, `Name ${i}`));
    for (let i = 0; i < 110; i++) undo();
    expect(state().board.name).toBe('Name 9');
  });

  it('selects what an edit makes: an added node, and the copies of a duplicate', () => {
    state().apply((b) => addComponent(b, 'client', { x: 0, y: 0 }));
    const [client] = state().board.nodes;
    expect([...selection().nodes]).toEqual([client.id]);
    state().apply((b) => addComponent(b, 'ranking', { x: 300, y: 0 }));
    select(state().board.nodes.map((n) => n.id));
    state().apply((b) => duplicateSelection(b, selection()));
    const copies = state().board.nodes.slice(2).map((n) => n.id);
    expect(copies).toHaveLength(2);
    expect([...selection().nodes]).toEqual(copies);
  });

  it('drops from the selection what is deleted, undone or no longer on an opened board; undo does not select', () => {
    state().apply((b) => addComponent(b, 'client', { x: 0, y: 0 }));
    state().apply((b) => addComponent(b, 'ranking', { x: 300, y: 0 }));
    const [a, b] = state().board.nodes;
    commit((board) => connect(board, { source: a.id, target: b.id, sourceHandle: null, targetHandle: null }, 'request'));
    const edge = state().board.edges[0];
    select([a.id, b.id], [edge.id]);
    // Deleting the first node takes its arrow with it: both leave the selection, the other node stays selected.
    commit((board) => ({ ...board, nodes: board.nodes.filter((n) => n.id !== a.id), edges: [] }));
    expect(selection()).toEqual(selectionOf([b.id]));
    // Undo brings them back unselected (the selection is not part of the document); undoing the add of b drops it.
    undo();
    expect(state().board.nodes).toHaveLength(2);
    expect(selection()).toEqual(selectionOf([b.id]));
    undo();
    undo();
    expect(state().board.nodes.map((n) => n.id)).toEqual([a.id]);
    expect(selection()).toEqual(NO_SELECTION);
    select([a.id]);
    state().loadBoard(createBoard('Other') as EditorBoard);
    expect(selection().nodes.size).toBe(0);
  });

  it('a viewer\'s paste changes neither the board nor the selection', async () => {
    const { bindBoard } = await import('../../src/store/board-store');
    state().apply((b) => addComponent(b, 'client', { x: 0, y: 0 }));
    const [a] = state().board.nodes;
    const board = state().board;
    const fragment = copySelection(board, selection())!;
    bindBoard({
      readOnly: true, committed: () => {}, replaced: () => {}, gestureStarted: () => {}, gestureEnded: () => {},
      undo: () => {}, redo: () => {}, canUndo: () => false, canRedo: () => false, subscribe: () => () => {},
    });
    try {
      commit((b) => pasteFragment(b, fragment, { x: 24, y: 24 }));
      expect(state().board).toBe(board);
      expect(selection()).toEqual(selectionOf([a.id]));
    } finally {
      bindBoard(null);
    }
  });

  it('starts a fresh history when another board is opened', () => {
    commit((b) => renameBoard(b, 'Edited'));
    state().loadBoard(createBoard('Other') as EditorBoard);
    undo();
    expect(state().board.name).toBe('Other');
  });

  it('connects two nodes with the last edge kind picked', () => {
    state().apply((b) => addComponent(b, 'client', { x: 0, y: 0 }));
    state().apply((b) => addComponent(b, 'ranking', { x: 300, y: 0 }));
    const [a, b] = state().board.nodes;
    connectWithLastKind({ source: a.id, target: b.id, sourceHandle: 'right', targetHandle: 'left' });
    const edge = state().board.edges[0];
    pickEdgeKind(edge.id, 'stream');
    commit((board) => setEdge(board, edge.id, { data: { label: 'events' } }));
    connectWithLastKind({ source: b.id, target: a.id, sourceHandle: null, targetHandle: null });
    expect(state().board.edges.map((e) => [e.type, e.data.label])).toEqual([['stream', 'events'], ['stream', '']]);
  });

  it('moves the end of an edge to another node as one undo step, keeping its kind and label; never onto its start', () => {
    for (const [kind, x] of [['client', 0], ['ranking', 300], ['reranking', 300]] as const) {
      state().apply((b) => addComponent(b, kind, { x, y: x ? 200 : 0 }));
    }
    const [a, b, c] = state().board.nodes;
    commit((board) => connect(board, { source: a.id, target: b.id, sourceHandle: 'right', targetHandle: 'left' }, 'request'));
    const edge = state().board.edges[0];
    commit((board) => setEdge(board, edge.id, { type: 'batch', data: { label: 'ads' } }));
    commit((board) => reconnect(board, edge.id, { source: a.id, target: c.id, sourceHandle: 'right', targetHandle: 'top' }));
    expect(state().board.edges).toEqual([{ ...edge, type: 'batch', data: { label: 'ads' }, target: c.id, sourceHandle: 'right', targetHandle: 'top' }]);
    commit((board) => reconnect(board, edge.id, { source: a.id, target: a.id, sourceHandle: 'right', targetHandle: 'left' }));
    expect(state().board.edges[0].target).toBe(c.id);
    undo();
    expect(state().board.edges[0]).toMatchObject({ target: b.id, data: { label: 'ads' } });
    expect(state().board.edges[0].targetHandle ?? null).toBeNull();
  });
});

describe('commit, the one way the board changes', () => {
  it('leaves no undo step for a gesture that ends where it started (a name typed, then Escape), and keeps redo', () => {
    state().apply((b) => addComponent(b, 'ranking', { x: 0, y: 0 }));
    const id = state().board.nodes[0].id;
    commit((b) => renameBoard(b, 'Renamed'));
    undo();
    expect(history().futureStates).toHaveLength(1);
    const steps = history().pastStates.length;
    const original = labels()[0];
    // What RenameField does: a gesture while the field is open, a commit per key, Escape puts the name back.
    beginGesture();
    commit((b) => setNodeData(b, id, { label: 'R' }));
    commit((b) => setNodeData(b, id, { label: 'Re' }));
    commit((b) => setNodeData(b, id, { label: original }));
    endGesture();
    expect(history().pastStates).toHaveLength(steps);
    redo();
    expect(state().board.name).toBe('Renamed');
  });

  it('drops nothing else when the gesture\'s own step was undone while it was open', () => {
    commit((b) => renameBoard(b, 'First'));
    state().apply((b) => addComponent(b, 'ranking', { x: 0, y: 0 }));
    const id = state().board.nodes[0].id;
    const original = labels()[0];
    beginGesture();
    commit((b) => setNodeData(b, id, { label: 'Ranker' }));
    undo();
    endGesture();
    expect(labels()).toEqual([original]);
    undo();
    expect(labels()).toEqual([]);
    expect(state().board.name).toBe('First');
  });

  it('keeps the step of a gesture that did change the board', () => {
    state().apply((b) => addComponent(b, 'ranking', { x: 0, y: 0 }));
    const id = state().board.nodes[0].id;
    const steps = history().pastStates.length;
    const original = labels()[0];
    beginGesture();
    commit((b) => setNodeData(b, id, { label: 'Ranker' }));
    endGesture();
    expect(history().pastStates).toHaveLength(steps + 1);
    undo();
    expect(labels()).toEqual([original]);
  });

  it('makes an undo step of a change to the comments, which are part of the document', () => {
    const comment = { id: 'c1', at: { x: 0, y: 0 }, author: 'Ana', createdAt: 1, text: 'Why a cache?', resolved: false, replies: [] };
    commit((b) => ({ ...b, comments: [comment] }));
    commit((b) => ({ ...b, comments: b.comments!.map((c) => ({ ...c, resolved: true })) }));
    undo();
    expect(state().board.comments?.[0].resolved).toBe(false);
    undo();
    expect(state().board.comments ?? []).toEqual([]);
  });

  it('applies nothing when an edit returns the board it was given', () => {
    const board = state().board;
    const steps = history().pastStates.length;
    commit((b) => renameBoard(b, b.name));
    expect(state().board).toBe(board);
    expect(history().pastStates).toHaveLength(steps);
  });
});

describe('edits', () => {
  function boardWith(...kinds: string[]): EditorBoard {
    const board = createBoard() as EditorBoard;
    kinds.forEach((k, i) => board.nodes.push(createNode(k, { x: i * 300, y: 0 })));
    return board;
  }

  it('groups the selection and keeps nodes where they stand, selecting the group; ungroup restores them, selected', () => {
    const board = boardWith('client', 'ranking', 'reranking');
    const { board: grouped, select: afterGroup } = groupSelection(board, selectionOf([board.nodes[0].id, board.nodes[1].id], ['some-edge']), 'Prediction pipeline');
    const group = grouped.nodes.find((n) => n.type === 'group')!;
    expect(afterGroup).toEqual(selectionOf([group.id]));
    expect(group.data.label).toBe('Prediction pipeline');
    const children = grouped.nodes.filter((n) => n.parentId === group.id);
    expect(children.map((n) => n.type)).toEqual(['client', 'ranking']);
    expect(grouped.nodes.indexOf(group)).toBeLessThan(grouped.nodes.indexOf(children[0]));
    for (const child of children) {
      const original = board.nodes.find((n) => n.id === child.id)!;
      expect(child.position.x + group.position.x).toBe(original.position.x);
      expect(child.position.y + group.position.y).toBe(original.position.y);
    }
    const { board: ungrouped, select: afterUngroup } = ungroupSelection(grouped, afterGroup);
    expect(ungrouped.nodes.map((n) => [n.type, n.position.x, n.parentId])).toEqual([
      ['client', 0, undefined], ['ranking', 300, undefined], ['reranking', 600, undefined],
    ]);
    expect(afterUngroup).toEqual(selectionOf(children.map((n) => n.id)));
    // Nothing to group or ungroup: the same board, the same selection.
    expect(groupSelection(board, NO_SELECTION)).toEqual({ board, select: NO_SELECTION });
    expect(ungroupSelection(board, afterUngroup)).toEqual({ board, select: afterUngroup });
  });

  it('deletes a group with what it holds, and the edges that touched them', () => {
    const board = boardWith('client', 'ranking');
    board.edges.push({ id: 'e', source: board.nodes[0].id, target: board.nodes[1].id, type: 'request', data: { label: '' } });
    const grouped = groupSelection(board, selectionOf([board.nodes[0].id]), 'G');
    const after = deleteSelection(grouped.board, grouped.select);
    expect(after.nodes.map((n) => n.type)).toEqual(['ranking']);
    expect(after.edges).toEqual([]);
  });

  it('duplicates and pastes with fresh ids, edges remapped, copies selected', () => {
    const board = boardWith('client', 'ranking');
    board.edges.push({ id: 'e', source: board.nodes[0].id, target: board.nodes[1].id, type: 'batch', data: { label: 'x' } });
    const all = selectionOf(board.nodes.map((n) => n.id));
    const { board: dup, select: selected } = duplicateSelection(board, all);
    expect(dup.nodes).toHaveLength(4);
    expect(new Set(dup.nodes.map((n) => n.id)).size).toBe(4);
    const copies = dup.nodes.filter((n) => selected.nodes.has(n.id));
    expect(copies).toHaveLength(2);
    expect(copies.map((n) => n.id)).not.toContain(board.nodes[0].id);
    expect(selected.edges.size).toBe(0);
    const copyEdge = dup.edges[1];
    expect([copyEdge.source, copyEdge.target]).toEqual(copies.map((n) => n.id));
    expect(copyEdge.data).toEqual({ label: 'x' });

    const fragment = copySelection(board, all)!;
    const pasted = pasteFragment(createBoard() as EditorBoard, fragment, { x: 10, y: 0 });
    expect(pasted.board.nodes.map((n) => n.position.x)).toEqual([10, 310]);
    expect(pasted.select).toEqual(selectionOf(pasted.board.nodes.map((n) => n.id)));
  });

  it('moves a node dropped on a group into it, and out again', () => {
    let board = boardWith('client', 'ranking');
    board = groupSelection(board, selectionOf([board.nodes[1].id]), 'G').board;
    const group = board.nodes.find((n) => n.type === 'group')!;
    const client = board.nodes.find((n) => n.type === 'client')!;
    board = { ...board, nodes: board.nodes.map((n) => (n.id === client.id ? { ...n, position: { x: group.position.x + 30, y: group.position.y + 50 } } : n)) };
    const inside = reparentDropped(board, [client.id]);
    const moved = inside.nodes.find((n) => n.id === client.id)!;
    expect(moved.parentId).toBe(group.id);
    expect(moved.position).toEqual({ x: 30, y: 50 });
    const out = reparentDropped(
      { ...inside, nodes: inside.nodes.map((n) => (n.id === client.id ? { ...n, position: { x: -900, y: 0 } } : n)) },
      [client.id],
    );
    expect(out.nodes.find((n) => n.id === client.id)).toMatchObject({ position: { x: group.position.x - 900, y: group.position.y } });
    expect(out.nodes.find((n) => n.id === client.id)!.parentId).toBeUndefined();
  });
});

describe('changing a component\'s kind', () => {
  it('keeps shared fields and a custom name, and renames a default name', async () => {
    const { changeKind } = await import('../../src/store/edits');
    const board = createBoard() as EditorBoard;
    const named = createNode('prediction-service', { x: 0, y: 0 }, 'Fetching service');
    named.data.fields.predictionMode = 'online';
    const plain = createNode('database', { x: 300, y: 0 });
    plain.data.fields.contents = 'events';
    board.nodes.push(named, plain);
    const a = changeKind(board, named.id, 'batch-prediction').nodes[0];
    expect(a).toMatchObject({ type: 'batch-prediction', data: { label: 'Fetching service', fields: { schedule: '' } } });
    const b = changeKind(board, plain.id, 'data-lake').nodes[1];
    expect(b).toMatchObject({ type: 'data-lake', data: { label: 'Data lake', fields: { contents: 'events' } } });
  });
});

describe('arrow sides', () => {
  it('a new arrow follows the layout; dragging an end onto a side pins it; "Reset sides" lets go, as one undo step', async () => {
    const { resetSides } = await import('../../src/store/sides');
    const s = useBoardStore.getState;
    s().apply((b) => addComponent(b, 'client', { x: 0, y: 0 }));
    s().apply((b) => addComponent(b, 'ranking', { x: 300, y: 0 }));
    const [a, b] = s().board.nodes;
    commit((board) => connect(board, { source: a.id, target: b.id, sourceHandle: 'right', targetHandle: 'left' }, 'request'));
    const edge = s().board.edges[0];
    expect(edge.sourceHandle ?? null).toBeNull();
    commit((board) => reconnect(board, edge.id, { source: a.id, target: b.id, sourceHandle: null, targetHandle: 'top' }));
    expect(s().board.edges[0].targetHandle).toBe('top');
    select([], [edge.id]);
    s().apply((board) => resetSides(board, selection()));
    expect(s().board.edges[0]).not.toHaveProperty('targetHandle');
    useBoardStore.temporal.getState().undo();
    expect(s().board.edges[0].targetHandle).toBe('top');
  });
});
