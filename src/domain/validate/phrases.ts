// Phrase matching on words, compiled once. Normalised text is lowercase words joined by single spaces; a phrase is a
// run of words, each matched whole ("map" is not "roadmap"), by its start ("imbalanc*" matches "imbalanced") or as
// any one word ("within * days"). Phrases are indexed by their first word, so reading a text costs one pass over its
// words and a few comparisons per word, whatever the size of the vocabulary. (One large regular expression per
// concept did the same job, but V8 recompiles such expressions after garbage collection, which on a big board cost
// more than the reading itself.)

const EXACT = 0;
const PREFIX = 1;
const ANY = 2;

interface Entry {
  words: readonly string[];
  kinds: readonly number[];
  group: number;
}

/** A phrase as normalised words: "re-embed*" → ['re', 'embed*'] (the caller normalises; stars kept). */
export type PhraseWords = readonly string[];

export class PhraseIndex {
  private readonly exactFirst = new Map<string, Entry[]>();
  /** Phrases whose first word is a prefix, by the prefix's first two letters. */
  private readonly prefixFirst = new Map<string, Entry[]>();
  /** Phrases starting with a one-letter prefix or with any word: tried at every word. */
  private readonly always: Entry[] = [];
  readonly groups: number;

  /** `groups[g]` is the phrases of group g (a concept, a problem kind...), each as normalised words. */
  constructor(groups: readonly (readonly PhraseWords[])[]) {
    this.groups = groups.length;
    groups.forEach((phrases, group) => {
      for (const phrase of phrases) {
        if (phrase.length === 0) continue;
        const kinds = phrase.map((w) => (w === '*' ? ANY : w.endsWith('*') ? PREFIX : EXACT));
        const words = phrase.map((w, i) => (kinds[i] === PREFIX ? w.slice(0, -1) : w));
        const entry: Entry = { words, kinds, group };
        const first = words[0];
        if (kinds[0] === EXACT) push(this.exactFirst, first, entry);
        else if (kinds[0] === PREFIX && first.length >= 2) push(this.prefixFirst, first.slice(0, 2), entry);
        else this.always.push(entry);
      }
    });
  }

  /**
   * Calls `found` with each group whose phrases occur in the words (a group may be reported more than once); stops
   * as soon as `found` returns true.
   */
  scan(words: readonly string[], found: (group: number) => boolean): void {
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (this.try(this.exactFirst.get(word), words, i, found)) return;
      if (word.length >= 2 && this.try(this.prefixFirst.get(word.slice(0, 2)), words, i, found)) return;
      if (this.try(this.always, words, i, found)) return;
    }
  }

  /** Which groups occur in the words: flags by group. */
  groupsIn(words: readonly string[]): Uint8Array {
    const out = new Uint8Array(this.groups);
    this.scan(words, (g) => {
      out[g] = 1;
      return false;
    });
    return out;
  }

  private try(entries: readonly Entry[] | undefined, words: readonly string[], at: number, found: (group: number) => boolean): boolean {
    if (!entries) return false;
    for (const entry of entries) if (matchesAt(entry, words, at) && found(entry.group)) return true;
    return false;
  }
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function matchesAt({ words: phrase, kinds }: Entry, words: readonly string[], at: number): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const word = words[at + k];
    const kind = kinds[k];
    if (kind === EXACT ? word !== phrase[k] : kind === PREFIX ? !word.startsWith(phrase[k]) : word.length === 0) return false;
  }
  return true;
}
