// The palette's search: a kind matches when its name, id, description or other names (catalog-aliases.ts) contain
// every word of the query. Loaded with the first search, so the first load does not carry the aliases.
import { ALIASES } from './catalog-aliases';
import { CATALOG, type ComponentKind, type KindId } from './catalog';

/** Kinds whose name, description or aliases contain every word of the query. */
export function searchCatalog(query: string, kinds: readonly ComponentKind[] = CATALOG): ComponentKind[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...kinds];
  return kinds.filter((k) => {
    const haystack = [k.label, k.id, k.description, ...(ALIASES[k.id as KindId] ?? [])].join(' ').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
