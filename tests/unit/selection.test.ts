import { beforeEach, describe, expect, it } from 'vitest';
import { boardToJson, createBoard } from '../../src/domain/board';
import { commit, undo, useBoardStore } from '../../src/store/board-store';
import { addComponent, connect, nodeChanges } from '../../src/store/edits';
import { sameDocument } from '../../src/store/same-document';
import {
  clearSelection, keepExisting, NO_SELECTION, select, selectEdgeChanges, selection, selectionOf, selectNodeChanges, toggleNode,
} from '../../src/store/selection';
import type { EditorBoard } from '../../src/store/types';

const state = () => useBoardStore.getState();

beforeEach(() => {
  state().loadBoard(createBoard('Selection') as EditorBoard);
  state().apply((b) => addComponent(b, 'client', { x: 0, y: 0 }));
  state().apply((b) => addComponent(b, 'ranking', { x: 300, y: 0 }));
  const [a, b] = state().board.nodes;
  commit((board) => connect(board, { source: a.id, target: b.id, sourceHandle: null, targetHandle: null }, 'request'));
  clearSelection();
});

const ids = () => ({ nodes: state().board.nodes.map((n) => n.id), edges: state().board.edges.map((e) => e.id) });

describe('the selection is session state, not the document', () => {
  it('selecting leaves the board object, its saved file and its undo history as they were', () => {
    const board = state().board;
    const file = boardToJson(board);
    const steps = useBoardStore.temporal.getState().pastStates.length;
    select(ids().nodes, ids().edges);
    toggleNode(ids().nodes[0]);
    selectNodeChanges([{ type: 'select', id: ids().nodes[0], selected: true }]);
    expect(state().board).toBe(board);
    expect(boardToJson(state().board)).toBe(file);
    expect(useBoardStore.temporal.getState().pastStates).toHaveLength(steps);
    // Nothing on the board's items says what is selected, so two people's boards with different selections are one document.
    expect(state().board.nodes.some((n) => 'selected' in n)).toBe(false);
    expect(state().board.edges.some((e) => 'selected' in e)).toBe(false);
    expect(sameDocument(board, state().board)).toBe(true);
  });

  it("takes React Flow's select changes (a click, shift-click, a box selection, a click on the pane)", () => {
    const { nodes: [a, b], edges: [e] } = ids();
    selectNodeChanges([{ type: 'select', id: a, selected: true }]);
    expect(selection()).toEqual(selectionOf([a]));
    // Shift-click adds; a box selection reports several at once; edges come in their own call.
    selectNodeChanges([{ type: 'select', id: b, selected: true }]);
    selectEdgeChanges([{ type: 'select', id: e, selected: true }]);
    expect(selection()).toEqual(selectionOf([a, b], [e]));
    // A click on the pane lets go of everything; other kinds of change are not the selection's business.
    selectNodeChanges([{ type: 'select', id: a, selected: false }, { type: 'select', id: b, selected: false }, { type: 'position', id: a, position: { x: 5, y: 5 } }]);
    selectEdgeChanges([{ type: 'select', id: e, selected: false }]);
    expect(selection()).toEqual(NO_SELECTION);
  });

  it('stays the same object when nothing changes, so nothing redraws', () => {
    const { nodes: [a] } = ids();
    select([a]);
    const now = selection();
    select([a]);
    selectNodeChanges([{ type: 'select', id: a, selected: true }]);
    expect(selection()).toBe(now);
    // A drag step (the same ids, nodes moved) keeps it too.
    commit((b) => nodeChanges(b, [{ type: 'position', id: a, position: { x: 40, y: 0 }, dragging: true }]));
    expect(selection()).toBe(now);
  });

  it('drops ids that are no longer on the board, whatever replaced it', () => {
    const { nodes: [a, b], edges: [e] } = ids();
    select([a, b], [e]);
    undo(); // the arrow goes
    expect(selection()).toEqual(selectionOf([a, b]));
    // A board that came some other way (a room's) without one of the nodes.
    keepExisting({ nodes: [{ id: b }], edges: [] });
    expect(selection()).toEqual(selectionOf([b]));
  });
});
