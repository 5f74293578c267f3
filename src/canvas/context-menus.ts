// Right-click on the canvas: the menu for what was clicked (src/actions/menus.ts), shown by src/panels/ContextMenu.
import type { Edge } from '@xyflow/react';
import { ALIGN_ACTIONS } from '../actions/actions';
import { EDGE_MENU, NODE_MENU, PANE_MENU, type MenuItem } from '../actions/menus';
import { useAppStore } from '../store/app-store';
import { select, selection } from '../store/selection';
import type { DrawnNode } from '../store/types';

/** What was clicked becomes the selection, unless it already is part of it; then the menu opens at the pointer. */
function openMenu(event: React.MouseEvent | MouseEvent, items: readonly MenuItem[], clicked?: { node?: DrawnNode; edge?: Edge }): void {
  event.preventDefault();
  const { node, edge } = clicked ?? {};
  if ((node && !selection().nodes.has(node.id)) || (edge && !selection().edges.has(edge.id))) {
    select(node ? [node.id] : [], edge ? [edge.id] : []);
  }
  useAppStore.setState({ menu: { x: event.clientX, y: event.clientY, items } });
}

/** A node's menu; with several nodes selected, the alignments too. */
const nodeMenu = () => (selection().nodes.size > 1 ? [...NODE_MENU, '-' as const, ...ALIGN_ACTIONS] : NODE_MENU);

export const onNodeContextMenu = (event: React.MouseEvent, node: DrawnNode) =>
  openMenu(event, selection().nodes.has(node.id) ? nodeMenu() : NODE_MENU, { node });
export const onEdgeContextMenu = (event: React.MouseEvent, edge: Edge) => openMenu(event, EDGE_MENU, { edge });
export const onSelectionContextMenu = (event: React.MouseEvent) => openMenu(event, nodeMenu());
export const onPaneContextMenu = (event: React.MouseEvent | MouseEvent) => openMenu(event, PANE_MENU);
