// The text reader: which concepts of the vocabulary a board states, where, and quoting what. Pure and independent of
// the rules, so a practice rubric can score "states class imbalance" with the very same reading.
import type { Board } from '../board/types';
import { findKind } from '../catalog';
import { PhraseIndex } from './phrases';
import { isAnswered, normaliseText } from './text';
import { VOCABULARY, type Concept, type ConceptId } from './vocabulary';

/** One place a concept is stated: the node, the field key ('notes', 'label', or 'component' when the node's kind
 *  states it), and the clause quoted as written. */
export interface Mention {
  concept: ConceptId;
  nodeId: string;
  field: string;
  quote: string;
}

export interface BoardReading {
  /** Every mention of each stated concept, in board order. */
  readonly mentions: ReadonlyMap<ConceptId, readonly Mention[]>;
  states(concept: ConceptId): boolean;
  first(concept: ConceptId): Mention | undefined;
}

/** A test on normalised text (lowercase words separated by single spaces) for any of the phrases. */
export type PhraseTest = (normalised: string) => boolean;

/** Compiles phrases into one test: words match whole words, "word*" any word starting so, "*" alone any one word. */
export function phraseTest(phrases: readonly string[]): PhraseTest {
  if (phrases.length === 0) return () => false;
  const index = new PhraseIndex([phrases.map(normalisePhrase)]);
  return (text) => {
    let found = false;
    index.scan(text.split(' '), () => (found = true));
    return found;
  };
}

/** "time-based*" → ['time', 'based*']: the phrase's words as normaliseText would write them, stars kept. */
export function normalisePhrase(phrase: string): string[] {
  return phrase.split(/\s+/).flatMap((word) => {
    if (word === '*') return ['*'];
    const star = word.endsWith('*');
    const words = normaliseText(star ? word.slice(0, -1) : word).split(' ').filter(Boolean);
    if (star && words.length) words[words.length - 1] += '*';
    return words;
  });
}

/** A text cut into the clauses a quote is taken from: sentences, semicolon parts and lines. */
export function clauses(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|[;\n]+/).map((c) => c.trim()).filter(Boolean);
}

const QUOTE_MAX = 120;
const shorten = (text: string) => (text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1).trimEnd()}…` : text);

/** The first clause of the text that states one of the phrases, as written (shortened), or undefined. */
export function quoteMatching(text: string, test: PhraseTest): string | undefined {
  if (!text) return undefined;
  if (!test(normaliseText(text))) return undefined;
  const clause = clauses(text).find((c) => test(normaliseText(c)));
  return shorten(clause ?? text.trim());
}

/** The concepts' phrases as one index (group g = concepts[g]), compiled once per list of concepts. */
const INDEXES = new WeakMap<readonly Concept[], PhraseIndex>();
function conceptIndex(concepts: readonly Concept[]): PhraseIndex {
  let index = INDEXES.get(concepts);
  if (!index) INDEXES.set(concepts, (index = new PhraseIndex(concepts.map((c) => c.phrases.map(normalisePhrase)))));
  return index;
}

/** Each concept's phrases compiled once. */
const TESTS = new Map<string, PhraseTest>();
export function conceptTest(concept: Concept): PhraseTest {
  let test = TESTS.get(concept.id);
  if (!test) TESTS.set(concept.id, (test = phraseTest(concept.phrases)));
  return test;
}

/** Reads every node's name, fields and notes for the concepts (the whole vocabulary by default). */
export function readBoard(board: Board, concepts: readonly Concept[] = VOCABULARY): BoardReading {
  const mentions = new Map<ConceptId, Mention[]>();
  const add = (mention: Mention) => {
    const list = mentions.get(mention.concept);
    if (list) list.push(mention);
    else mentions.set(mention.concept, [mention]);
  };
  // What each node type says by being drawn, and whether its name is read: looked up once per type, not per node.
  const byType = new Map<string, { concepts: Concept[]; kindLabel: string | undefined; readsName: boolean }>();
  for (const concept of concepts) {
    for (const kind of concept.components ?? []) {
      const known = byType.get(kind);
      if (known) known.concepts.push(concept);
      else byType.set(kind, { concepts: [concept], kindLabel: findKind(kind)?.label, readsName: true });
    }
  }
  const typeOf = (type: string) => {
    let entry = byType.get(type);
    if (!entry) {
      const kind = findKind(type);
      entry = { concepts: [], kindLabel: kind?.label, readsName: kind?.family === 'component' || kind?.family === 'note' };
      byType.set(type, entry);
    }
    return entry;
  };
  const index = conceptIndex(concepts);
  // Card fields that are a concept's own (by card kind, then field): anything answered there states it.
  const ownFields = new Map<string, Map<string, Concept>>();
  for (const c of concepts) {
    if (!c.ownField) continue;
    const byField = ownFields.get(c.expected.card) ?? new Map<string, Concept>();
    ownFields.set(c.expected.card, byField.set(c.expected.field, c));
  }
  const read = (nodeId: string, field: string, text: string, already?: Concept) => {
    const normalised = normaliseText(text);
    if (!normalised) return;
    // One pass over the words finds every concept stated; the quote is looked for only for those.
    const stated = index.groupsIn(normalised.split(' '));
    for (let g = 0; g < concepts.length; g++) {
      const concept = concepts[g];
      if (!stated[g] || concept === already) continue;
      add({ concept: concept.id as ConceptId, nodeId, field, quote: quoteMatching(text, conceptTest(concept)) ?? shorten(text.trim()) });
    }
  };
  for (const node of board.nodes) {
    const { concepts: drawn, kindLabel, readsName } = typeOf(node.type);
    const { label, fields, notes } = node.data;
    for (const concept of drawn) {
      add({ concept: concept.id as ConceptId, nodeId: node.id, field: 'component', quote: label.trim() || kindLabel || node.type });
    }
    // A name says something only when the user wrote one; the kind's own name is already read through `components`.
    if (readsName && label && label !== kindLabel) read(node.id, 'label', label);
    const ownOfType = ownFields.get(node.type);
    for (const key in fields) {
      const value = fields[key];
      if (typeof value !== 'string' || !value) continue;
      const own = ownOfType?.get(key);
      if (own && isAnswered(value)) add({ concept: own.id as ConceptId, nodeId: node.id, field: key, quote: shorten(value.trim()) });
      read(node.id, key, value, own);
    }
    if (notes) read(node.id, 'notes', notes);
  }
  return {
    mentions,
    states: (concept) => mentions.has(concept),
    first: (concept) => mentions.get(concept)?.[0],
  };
}
