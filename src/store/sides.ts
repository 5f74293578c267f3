import type { EditorBoard } from './types';

/**
 * "Reset sides": the selected arrows let go of the sides the user pinned (by dragging an end onto a side), so the
 * router picks the sides that suit where their ends are again.
 */
export function resetSides(board: EditorBoard): EditorBoard {
  if (!board.edges.some((e) => e.selected && (e.sourceHandle || e.targetHandle))) return board;
  return {
    ...board,
    edges: board.edges.map((e) => {
      if (!e.selected || !(e.sourceHandle || e.targetHandle)) return e;
      const rest = { ...e };
      delete rest.sourceHandle;
      delete rest.targetHandle;
      return rest;
    }),
  };
}
