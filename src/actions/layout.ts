import type { Board } from '../domain/board';
import type { LayoutDirection } from '../domain/layout';
import { fitNodes } from '../canvas/flow-instance';
import { useBoardStore } from '../store/board-store';
import { withDescendants } from '../store/edits';
import { selection } from '../store/selection';
import type { EditorBoard } from '../store/types';

/**
 * Auto-layout (dagre, loaded on demand) of the selection when two or more nodes are selected, else of the whole
 * board, with the sizes the canvas measured. One undo step, then the view fits the result.
 */
export async function autoLayout(direction: LayoutDirection): Promise<void> {
  const { layoutBoard } = await import('../domain/layout');
  const store = useBoardStore.getState();
  const selected = selection().nodes;
  const nodeIds = selected.size >= 2 ? withDescendants(store.board.nodes, selected) : undefined;
  const sizes = new Map(
    store.board.nodes
      .filter((n) => n.measured?.width && n.measured.height)
      .map((n) => [n.id, { width: n.measured!.width!, height: n.measured!.height! }]),
  );
  store.apply((b) => layoutBoard(b as Board, { direction, nodeIds, sizes }) as EditorBoard);
  requestAnimationFrame(() => fitNodes(undefined, { maxZoom: 1.5, duration: 300 }));
}
