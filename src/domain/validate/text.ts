// Reading what people typed: is a field really answered, and does one sentence merely restate another.

const PLACEHOLDERS = new Set(['tbd', 'tba', 'todo', 'xxx', 'fill me', 'fill in', 'lorem ipsum']);

/** Printable ASCII, tabs and line breaks: text that Unicode normalisation would leave as it is. */
const ASCII = /^[\t\n\r\x20-\x7e]*$/;

/** Lowercase, accents stripped, every run of punctuation or space turned into one space. */
export function normaliseText(text: string): string {
  // Plain ASCII (almost every text) has no accents to strip: Unicode normalisation is skipped.
  return (ASCII.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True when the text says something: at least two letters or digits, and not a placeholder like "TBD". */
export function isAnswered(text: string | undefined): boolean {
  if (!text) return false;
  const norm = normaliseText(text);
  if (norm.replace(/ /g, '').length < 2) return false;
  return !PLACEHOLDERS.has(norm);
}

const STOPWORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'for', 'and', 'or', 'in', 'on', 'by', 'our', 'we', 'with', 'its', 'their', 'is', 'be',
]);

/** Word stems: plural "s" dropped, then the first six letters, so "increase"/"increasing" and "maximise"/"maximize" meet. */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of normaliseText(text).split(' ')) {
    if (!word || STOPWORDS.has(word)) continue;
    const singular = word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
    out.add(singular.slice(0, 6));
  }
  return out;
}

/** True when two sentences use (nearly) the same words: Jaccard similarity of their stems of at least 0.75. */
export function isRestatement(a: string, b: string): boolean {
  const sa = stems(a);
  const sb = stems(b);
  if (sa.size === 0 || sb.size === 0) return false;
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  return shared / (sa.size + sb.size - shared) >= 0.75;
}

/** A case-, space- and punctuation-insensitive key for a component name: "Re-ranking Service" → "rerankingservice". */
export function labelKey(label: string): string {
  // Fast path for plain ASCII names (almost all of them): no Unicode normalisation needed.
  if (/^[\x20-\x7e]*$/.test(label)) return label.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return normaliseText(label).replace(/ /g, '');
}
