// What restore repaired, counted by kind, so a file of 51,000 junk items is summed up in one line
// ("1,203 items repaired: 1,200 edges with a missing end dropped, …") and the full list is there on request.
// Each kind is known by fixed words of its message in restore.ts (and png-chunk.ts); the tests make every message
// restore writes land in a kind.

type RepairKind = { words: readonly string[]; one: string; many: string };

const KINDS: readonly RepairKind[] = [
  { words: ['Upgraded from format version'], one: 'upgrade from an older format', many: 'upgrades from an older format' },
  { words: ['Dropped edge #', 'node does not exist'], one: 'edge with a missing end dropped', many: 'edges with a missing end dropped' },
  { words: ['Dropped node #', 'not an object'], one: 'node that is not an object dropped', many: 'nodes that are not objects dropped' },
  { words: ['Dropped edge #', 'not an object'], one: 'edge that is not an object dropped', many: 'edges that are not objects dropped' },
  { words: ['Renumbered duplicate node id'], one: 'duplicate node id renumbered', many: 'duplicate node ids renumbered' },
  { words: ['Renumbered duplicate edge id'], one: 'duplicate edge id renumbered', many: 'duplicate edge ids renumbered' },
  { words: ['Gave node #'], one: 'node without an id given one', many: 'nodes without an id given one' },
  { words: ['Gave edge #'], one: 'edge without an id given one', many: 'edges without an id given one' },
  { words: ['has unknown kind'], one: 'node of an unknown kind made a note', many: 'nodes of an unknown kind made notes' },
  { words: ['had unknown kind'], one: 'edge of an unknown kind made a request', many: 'edges of an unknown kind made requests' },
  { words: ['was in a missing group'], one: 'node taken out of a missing group', many: 'nodes taken out of a missing group' },
  { words: ['loop of groups'], one: 'node taken out of a loop of groups', many: 'nodes taken out of a loop of groups' },
  { words: ['which is not a group'], one: 'node taken out of a node that is not a group', many: 'nodes taken out of nodes that are not groups' },
  { words: ['off the usable canvas'], one: 'node moved onto the usable canvas', many: 'nodes moved onto the usable canvas' },
  { words: ['is not a usable size'], one: 'unusable size dropped', many: 'unusable sizes dropped' },
  { words: ['is out of range; set to'], one: 'size brought into range', many: 'sizes brought into range' },
  { words: [': dropped data "'], one: 'value that cannot be stored dropped', many: 'values that cannot be stored dropped' },
  { words: ['The image in this PNG is damaged'], one: 'damaged image around an intact board', many: 'damaged images around an intact board' },
];

const OTHER: RepairKind = { words: [], one: 'other repair', many: 'other repairs' };

export function repairKind(repair: string): RepairKind {
  return KINDS.find((k) => k.words.every((w) => repair.includes(w))) ?? OTHER;
}

/** "3 items repaired: 2 edges with a missing end dropped, 1 duplicate node id renumbered"; "" for none. */
export function summariseRepairs(repairs: readonly string[]): string {
  if (repairs.length === 0) return '';
  const counts = new Map<RepairKind, number>();
  for (const r of repairs) {
    const kind = repairKind(r);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const n = (count: number) => count.toLocaleString('en');
  const parts = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, count]) => `${n(count)} ${count === 1 ? kind.one : kind.many}`);
  return `${n(repairs.length)} item${repairs.length === 1 ? '' : 's'} repaired: ${parts.join(', ')}`;
}
