// What the canvas's context menus offer: action ids from the action table ('-' draws a separator).
import { actionContext, getAction, isOffered, type ActionContext, type ActionId } from './actions';

export type MenuItem = ActionId | '-';

export const NODE_MENU: readonly MenuItem[] = ['rename', 'connect', '-', 'cut', 'copy', 'duplicate', 'delete', '-', 'group', 'ungroup', '-', 'fit-selection', 'layout-lr', 'layout-tb'];
export const EDGE_MENU: readonly MenuItem[] = ['delete', '-', 'reset-sides', 'fit-selection'];
export const PANE_MENU: readonly MenuItem[] = ['paste', 'add-note', 'add-comment', 'select-all', '-', 'fit-view', 'zoom-reset', 'layout-lr', 'layout-tb', '-', 'copy-image'];

/** A menu's items this person is offered (a viewer sees no editing actions), with no separator at an end or doubled. */
export function offeredItems(items: readonly MenuItem[], context: ActionContext = actionContext()): MenuItem[] {
  const kept = items.filter((id) => id === '-' || isOffered(getAction(id), context));
  return kept.filter((id, i) => id !== '-' || (i > 0 && kept[i - 1] !== '-' && kept.slice(i + 1).some((x) => x !== '-')));
}
