// Matching a question the candidate types to the nearest scripted one, offline: TF-IDF weighted cosine over word
// stems, with a few interview synonyms folded together ("how fast" and "latency" ask the same thing).
// This reads the candidate's question, not the design: the design is only ever read by the checklist.
import { normaliseText } from '../validate/text';
import type { ClarifyingQuestion } from './types';

const STOPWORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'for', 'and', 'or', 'in', 'on', 'by', 'our', 'we', 'with', 'its', 'their', 'is', 'be',
  'are', 'do', 'does', 'did', 'what', 'which', 'how', 'there', 'it', 'i', 'you', 'can', 'should', 'would', 'will',
  'any', 'this', 'that', 'have', 'has', 'us', 'me', 'my', 'your', 'at', 'from', 'as', 'about', 'much', 'need', 'needs',
]);

/** Words an interviewee uses for the same question, mapped to one stem. */
const SYNONYMS: Record<string, string> = {
  fast: 'latenc', slow: 'latenc', quick: 'latenc', ms: 'latenc', millis: 'latenc', respon: 'latenc', realti: 'latenc',
  many: 'scale', size: 'scale', volume: 'scale', traffic: 'scale', qps: 'scale', dau: 'scale', big: 'scale', number: 'scale',
  label: 'label', labell: 'label', labele: 'label', annota: 'label', ground: 'label', truth: 'label',
  goal: 'object', busine: 'object', aim: 'object', purpos: 'object', succes: 'object', why: 'object',
  privac: 'constr', budget: 'constr', limit: 'constr', device: 'constr', mobile: 'constr', phone: 'constr',
};

function stemsOf(text: string): string[] {
  const out: string[] = [];
  for (const word of normaliseText(text).split(' ')) {
    if (!word || STOPWORDS.has(word)) continue;
    const singular = word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
    const stem = singular.slice(0, 6);
    out.push(SYNONYMS[stem] ?? stem);
  }
  return out;
}

export interface QuestionMatch {
  question: ClarifyingQuestion;
  /** Cosine similarity, 0..1. */
  similarity: number;
}

/** Below this similarity the typed question is taken to match none of the scripted ones. */
export const MIN_SIMILARITY = 0.2;

/** Builds a matcher for a problem's questions; each scripted question is its question text plus its answer's field. */
export function questionMatcher(questions: readonly ClarifyingQuestion[]): (typed: string) => QuestionMatch | null {
  const docs = questions.map((q) => stemsOf(`${q.question} ${q.field}`));
  const df = new Map<string, number>();
  for (const doc of docs) for (const s of new Set(doc)) df.set(s, (df.get(s) ?? 0) + 1);
  const idf = (s: string) => Math.log((1 + docs.length) / (1 + (df.get(s) ?? 0))) + 1;
  const vector = (stems: string[]) => {
    const v = new Map<string, number>();
    for (const s of stems) v.set(s, (v.get(s) ?? 0) + idf(s));
    return v;
  };
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((a, x) => a + x * x, 0));
  const vectors = docs.map(vector);
  const norms = vectors.map(norm);
  return (typed) => {
    const q = vector(stemsOf(typed));
    const qn = norm(q);
    if (qn === 0) return null;
    let best: QuestionMatch | null = null;
    vectors.forEach((v, i) => {
      let dot = 0;
      for (const [s, w] of q) dot += w * (v.get(s) ?? 0);
      const similarity = norms[i] === 0 ? 0 : dot / (qn * norms[i]);
      if (!best || similarity > best.similarity) best = { question: questions[i], similarity };
    });
    const found = best as QuestionMatch | null;
    return found && found.similarity >= MIN_SIMILARITY ? found : null;
  };
}
