// Right-click on the canvas: the menu for what was clicked (src/actions/menus.ts), shown by src/panels/ContextMenu.
import type { Edge } from '@xyflow/react';
import { ALIGN_ACTIONS } from '../actions/actions';
import { EDGE_MENU, NODE_MENU, PANE_MENU, type MenuItem } from '../actions/menus';
import { useAppStore } from '../store/app-store';
import { useBoardStore } from '../store/board-store';
import { selectOnly } from '../store/edits';
import type { FlowNode } from '../store/types';

/** What was clicked becomes the selection, unless it already is part of it; then the menu opens at the pointer. */
function openMenu(event: React.MouseEvent | MouseEvent, items: readonly MenuItem[], select?: { node?: FlowNode; edge?: Edge }): void {
  event.preventDefault();
  const { node, edge } = select ?? {};
  if ((node && !node.selected) || (edge && !edge.selected)) {
    useBoardStore.getState().apply((b) => selectOnly(b, new Set(node ? [node.id] : []), new Set(edge ? [edge.id] : [])));
  }
  useAppStore.setState({ menu: { x: event.clientX, y: event.clientY, items } });
}

/** A node's menu; with several nodes selected, the alignments too. */
const nodeMenu = () =>
  useBoardStore.getState().board.nodes.filter((n) => n.selected).length > 1 ? [...NODE_MENU, '-' as const, ...ALIGN_ACTIONS] : NODE_MENU;

export const onNodeContextMenu = (event: React.MouseEvent, node: FlowNode) => openMenu(event, node.selected ? nodeMenu() : NODE_MENU, { node });
export const onEdgeContextMenu = (event: React.MouseEvent, edge: Edge) => openMenu(event, EDGE_MENU, { edge });
export const onSelectionContextMenu = (event: React.MouseEvent) => openMenu(event, nodeMenu());
export const onPaneContextMenu = (event: React.MouseEvent | MouseEvent) => openMenu(event, PANE_MENU);
