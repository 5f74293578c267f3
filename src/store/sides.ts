import type { Selection } from './selection';
import type { EditorBoard } from './types';

/**
 * "Reset sides": the selected arrows let go of the sides the user pinned (by dragging an end onto a side), so the
 * router picks the sides that suit where their ends are again.
 */
export function resetSides(board: EditorBoard, selected: Selection): EditorBoard {
  const pinned = (e: EditorBoard['edges'][number]) => selected.edges.has(e.id) && !!(e.sourceHandle || e.targetHandle);
  if (!board.edges.some(pinned)) return board;
  return {
    ...board,
    edges: board.edges.map((e) => {
      if (!pinned(e)) return e;
      const rest = { ...e };
      delete rest.sourceHandle;
      delete rest.targetHandle;
      return rest;
    }),
  };
}
