// What the canvas's context menus offer: action ids from the action table ('-' draws a separator).
import type { ActionId } from './actions';

export type MenuItem = ActionId | '-';

export const NODE_MENU: readonly MenuItem[] = ['rename', 'connect', '-', 'cut', 'copy', 'duplicate', 'delete', '-', 'group', 'ungroup', '-', 'fit-selection', 'layout-lr', 'layout-tb'];
export const EDGE_MENU: readonly MenuItem[] = ['delete', '-', 'reset-sides', 'fit-selection'];
export const PANE_MENU: readonly MenuItem[] = ['paste', 'add-note', 'select-all', '-', 'fit-view', 'zoom-reset', 'layout-lr', 'layout-tb', '-', 'copy-image'];
