// The order of a board's nodes (drawing order, groups before children) and edges in a shared document.
// Items live in a Y.Map keyed by id, which has no order, so each item carries a number; the list is sorted by
// (number, id). Two people adding at the same moment may pick the same number: the id breaks the tie, the same
// way in every browser. A change writes numbers only for items that moved or are new.

/** The numbers to write so that sorting by (number, id) gives `ids` in this order; items already in order keep theirs. */
export function orderUpdates(ids: readonly string[], current: ReadonlyMap<string, number>): Map<string, number> {
  // Keep the items whose numbers already rise along the list (greedy: enough for appends, deletes and rare moves).
  const kept: boolean[] = [];
  let last = -Infinity;
  let lastId = '';
  for (const id of ids) {
    const k = current.get(id);
    const keep = k !== undefined && (k > last || (k === last && id > lastId));
    kept.push(keep);
    if (keep) [last, lastId] = [k, id];
  }
  const out = new Map<string, number>();
  let i = 0;
  while (i < ids.length) {
    if (kept[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < ids.length && !kept[j]) j++;
    const lo = i > 0 ? current.get(ids[i - 1])! : undefined;
    const hi = j < ids.length ? current.get(ids[j])! : undefined;
    const n = j - i;
    for (let m = 0; m < n; m++) {
      let key: number;
      if (lo === undefined && hi === undefined) key = m;
      else if (hi === undefined) key = lo! + m + 1;
      else if (lo === undefined) key = hi - n + m;
      else key = lo + ((hi - lo) * (m + 1)) / (n + 1);
      const prev = m === 0 ? lo : out.get(ids[i + m - 1]);
      // Bisecting the same gap again and again runs out of float precision: then number everything afresh.
      if ((prev !== undefined && key <= prev) || (hi !== undefined && key >= hi)) return renumber(ids);
      out.set(ids[i + m], key);
    }
    i = j;
  }
  return out;
}

function renumber(ids: readonly string[]): Map<string, number> {
  return new Map(ids.map((id, index) => [id, index]));
}

/** Sort by (number, id): the same result in every copy of the document. */
export function byOrder<T extends { id: string }>(items: T[], orderOf: (item: T) => number): T[] {
  return items
    .map((item) => ({ item, key: orderOf(item) }))
    .sort((a, b) => a.key - b.key || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0))
    .map((x) => x.item);
}
