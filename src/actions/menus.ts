// What the canvas's context menus offer: action ids from the action table ('-' draws a separator).
export const NODE_MENU = ['cut', 'copy', 'duplicate', 'delete', '-', 'group', 'ungroup', '-', 'fit-selection', 'layout-lr', 'layout-tb'];
export const EDGE_MENU = ['delete', '-', 'reset-sides', 'fit-selection'];
export const PANE_MENU = ['paste', 'add-note', 'select-all', '-', 'fit-view', 'zoom-reset', 'layout-lr', 'layout-tb', '-', 'copy-image'];
