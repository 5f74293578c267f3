// Order numbers of a shared board's items (src/sync/order.ts): sorting by (number, id) gives the wanted order, only
// moved or new items are renumbered, and bisecting one gap past float precision renumbers instead of breaking.
import { describe, expect, it } from 'vitest';
import { byOrder, orderUpdates } from '../../src/sync/order';

/** Apply the updates and read the order back as a replica would. */
function settle(ids: string[], keys: Map<string, number>): string[] {
  for (const [id, k] of orderUpdates(ids, keys)) keys.set(id, k);
  return byOrder(ids.map((id) => ({ id })), (x) => keys.get(x.id)!).map((x) => x.id);
}

describe('order numbers', () => {
  it('appending writes only the new item; moving one writes only that one', () => {
    const keys = new Map([['a', 0], ['b', 1], ['c', 2]]);
    expect([...orderUpdates(['a', 'b', 'c', 'd'], keys)]).toEqual([['d', 3]]);
    expect([...orderUpdates(['b', 'c', 'a'], keys).keys()]).toEqual(['a']);
    expect(settle(['b', 'c', 'a'], keys)).toEqual(['b', 'c', 'a']);
  });

  it('equal numbers (two people appending at once) keep a fixed order by id', () => {
    const keys = new Map([['x', 5], ['a', 5]]);
    expect(settle(['a', 'x'], new Map(keys))).toEqual(['a', 'x']);
    expect(settle(['x', 'a'], new Map(keys))).toEqual(['x', 'a']);
  });

  it('inserting again and again into the same gap stays correct past float precision', () => {
    const keys = new Map<string, number>();
    let ids = ['first', 'last'];
    settle(ids, keys);
    let renumbered = 0;
    for (let i = 0; i < 200; i++) {
      // Always just before the last item: the gap halves towards the last number, 53 times is all a double allows.
      ids = [...ids.slice(0, -1), `n${i}`, ids.at(-1)!];
      if (orderUpdates(ids, keys).size > 1) renumbered++;
      expect(settle(ids, keys)).toEqual(ids);
    }
    expect(renumbered).toBeGreaterThan(0);
  });
});
