// The board's fields are declared once (src/domain/board/fields.ts); what derives from them must cover every field:
// a change to any declared field is a change of the document (an undo step, a save, a room update), a change to
// what the canvas adds is not, and the saved form keeps exactly the declared fields.
import { describe, expect, it } from 'vitest';
import {
  BOARD_FIELDS, cleanEdge, cleanNode, COMMENT_FIELDS, createBoard, createEdge, createNode, EDGE_FIELDS, NODE_FIELDS,
  restoreBoard, sameDocument, serializeBoard, type Board, type BoardComment,
} from '../../src/domain/board';
import type { DrawnEdge, DrawnNode } from '../../src/store/types';

function sample(): Board {
  const board = createBoard('Fields');
  const group = createNode('group', { x: 0, y: 0 }, 'Pipeline');
  const node = { ...createNode('ranking', { x: 20, y: 60 }), parentId: group.id, width: 200, height: 80 };
  const other = createNode('client', { x: 400, y: 0 });
  const edge = { ...createEdge(other.id, node.id, 'batch', 'candidates'), sourceHandle: 'right', targetHandle: 'left' };
  edge.data.bidirectional = true;
  const comment: BoardComment = {
    id: 'c1', at: { x: 5, y: 5 }, nodeId: node.id, author: 'Ana', createdAt: 1, text: 'Why?', resolved: false,
    replies: [{ id: 'r1', author: 'Bo', createdAt: 2, text: 'Latency' }],
  };
  return { ...board, caseStudy: 'feed', nodes: [group, node, other], edges: [edge], comments: [comment] };
}

/** A different value of the same type, for any field. */
function other(value: unknown): unknown {
  if (typeof value === 'string') return `${value}-changed`;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  if (Array.isArray(value)) return [...value, value[0]];
  if (value && typeof value === 'object') return { ...value, x: 999, label: 'changed' };
  return 'set';
}

describe('the declared fields', () => {
  it('a sample board has every declared field set, so the checks below reach them all', () => {
    const board = sample();
    for (const key of BOARD_FIELDS) expect(board, key).toHaveProperty(key);
    for (const key of NODE_FIELDS) expect(board.nodes[1], key).toHaveProperty(key);
    for (const key of EDGE_FIELDS) expect(board.edges[0], key).toHaveProperty(key);
    for (const key of COMMENT_FIELDS) expect(board.comments![0], key).toHaveProperty(key);
    expect(restoreBoard(board)).toMatchObject({ ok: true, repairs: [] });
  });

  it('a change to any declared field of the board, a node, an edge or a comment is a change of the document', () => {
    const board = sample();
    for (const key of BOARD_FIELDS) {
      if (key === 'format' || key === 'version') continue; // constants: never edited
      expect(sameDocument(board, { ...board, [key]: other(board[key]) }), `board.${key}`).toBe(false);
    }
    for (const key of NODE_FIELDS) {
      const nodes = board.nodes.map((n, i) => (i === 1 ? { ...n, [key]: other(n[key]) } : n));
      expect(sameDocument(board, { ...board, nodes }), `node.${key}`).toBe(false);
    }
    for (const key of EDGE_FIELDS) {
      const edges = [{ ...board.edges[0], [key]: other(board.edges[0][key]) }];
      expect(sameDocument(board, { ...board, edges }), `edge.${key}`).toBe(false);
    }
    for (const key of COMMENT_FIELDS) {
      const comments = [{ ...board.comments![0], [key]: other(board.comments![0][key]) }];
      expect(sameDocument(board, { ...board, comments }), `comment.${key}`).toBe(false);
    }
  });

  it('what the canvas adds (selection, measured size, dragging) and equal copies are not a change', () => {
    const board = sample();
    const nodes = board.nodes.map((n): DrawnNode => ({ ...n, position: { ...n.position }, data: { ...n.data }, selected: true, dragging: true, measured: { width: 1, height: 2 } }));
    const edges = board.edges.map((e): DrawnEdge => ({ ...e, selected: true }));
    expect(sameDocument(board, { ...board, nodes, edges })).toBe(true);
    // React Flow's "no handle" is null; the board file leaves the key out: the same document.
    const unpinned = { ...board, edges: [{ ...board.edges[0], sourceHandle: undefined }] };
    expect(sameDocument(unpinned, { ...board, edges: [{ ...board.edges[0], sourceHandle: null }] })).toBe(true);
  });

  it('the saved form keeps exactly the declared fields, without view state or null handles', () => {
    const board = sample();
    const node: DrawnNode = { ...board.nodes[1], selected: true, measured: { width: 1, height: 2 } };
    expect(Object.keys(cleanNode(node))).toEqual(NODE_FIELDS.filter((k) => k in board.nodes[1]));
    const edge: DrawnEdge = { ...board.edges[0], sourceHandle: null, selected: true };
    expect(Object.keys(cleanEdge(edge))).toEqual(EDGE_FIELDS.filter((k) => k !== 'sourceHandle'));
    expect(serializeBoard({ ...board, nodes: [node], edges: [edge] }).nodes[0]).not.toHaveProperty('selected');
  });
});
