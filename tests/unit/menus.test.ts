// What a viewer in a live room is offered: the action table says once which actions change the board, and every
// menu is cut down from it (no greyed-out editing actions in a viewer's menus).
import { describe, expect, it } from 'vitest';
import { actionContext, getAction, isEnabled, type ActionContext } from '../../src/actions/actions';
import { EDGE_MENU, NODE_MENU, offeredItems, PANE_MENU, type MenuItem } from '../../src/actions/menus';

const context = (readOnly: boolean): ActionContext => ({
  ...actionContext(), readOnly, selection: { nodes: 2, edges: 1, groups: 0, total: 5 },
});
const labels = (items: MenuItem[]) => items.map((id) => (id === '-' ? '-' : getAction(id).label));

describe('menus for a viewer', () => {
  it('an editor sees every item of a menu', () => {
    for (const menu of [NODE_MENU, EDGE_MENU, PANE_MENU]) expect(offeredItems(menu, context(false))).toEqual(menu);
  });

  it('a viewer sees only what leaves the board as it is, with no stray separators', () => {
    expect(labels(offeredItems(NODE_MENU, context(true)))).toEqual(['Copy', '-', 'Zoom to selection']);
    expect(labels(offeredItems(EDGE_MENU, context(true)))).toEqual(['Zoom to selection']);
    expect(labels(offeredItems(PANE_MENU, context(true)))).toEqual(['Add a comment', 'Select all', '-', 'Fit to screen', 'Zoom to 100%', '-', 'Copy as image']);
  });

  it('what a viewer is offered is enabled for them when it has something to act on', () => {
    const viewer = context(true);
    for (const menu of [NODE_MENU, EDGE_MENU, PANE_MENU]) {
      for (const id of offeredItems(menu, viewer)) if (id !== '-') expect(isEnabled(getAction(id), viewer), id).toBe(true);
    }
    expect(isEnabled(getAction('delete'), viewer)).toBe(false);
    expect(isEnabled(getAction('delete'), context(false))).toBe(true);
  });
});
