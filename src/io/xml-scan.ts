// Scans of XML text from files and pastes that only ever move forward, so they take linear time whatever the
// input. Regular expressions over such text can backtrack for minutes (48 empty comments froze the tab), and the
// lint run (eslint.config.js) keeps the super-linear ones out.

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /\w/.test(c);

/** Whether `text` has `word` (lowercase ASCII) at `at`, ASCII letters compared without case. */
export function hasAsciiAt(text: string, at: number, word: string): boolean {
  if (at < 0 || at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(at + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** Where `word` (lowercase ASCII, starting with '<') next occurs at or after `from`, without case; -1 if nowhere. */
function indexOfAscii(text: string, word: string, from: number): number {
  for (let at = text.indexOf(word[0], from); at >= 0; at = text.indexOf(word[0], at + 1)) {
    if (hasAsciiAt(text, at, word)) return at;
  }
  return -1;
}

export function skipSpace(text: string, at: number): number {
  while (isSpace(text[at])) at++;
  return at;
}

/** Just past the '>' that closes the tag whose attributes start at `at` ('>' inside quoted values skipped); -1 if none. */
function tagEnd(text: string, at: number): number {
  let quote = '';
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return -1;
}

export type StartTag = { start: number; end: number; attributes: string; selfClosing: boolean };

/** The first start tag `<name …>` (ASCII name, any case) at or after `from`; null when there is none. */
export function findStartTag(text: string, name: string, from = 0): StartTag | null {
  const open = `<${name}`;
  for (let at = indexOfAscii(text, open, from); at >= 0; at = indexOfAscii(text, open, at + open.length)) {
    const after = at + open.length;
    if (isWordChar(text[after])) continue; // <svgfoo is another element
    const end = tagEnd(text, after);
    if (end < 0) return null; // no tag after this one can close either
    return { start: at, end, attributes: text.slice(after, end - 1), selfClosing: text[end - 2] === '/' };
  }
  return null;
}

/** Where the end tag `</name>` next starts at or after `from`, and just past it; null when there is none. */
export function findEndTag(text: string, name: string, from: number): { start: number; end: number } | null {
  const close = `</${name}`;
  for (let at = indexOfAscii(text, close, from); at >= 0; at = indexOfAscii(text, close, at + close.length)) {
    const end = skipSpace(text, at + close.length);
    if (text[end] === '>') return { start: at, end: end + 1 };
  }
  return null;
}

/** The value of attribute `name` in a start tag's attribute text, or null. Names compared without case. */
export function attributeValue(attributes: string, name: string): string | null {
  let at = 0;
  while (at < attributes.length) {
    at = skipSpace(attributes, at);
    const nameStart = at;
    while (at < attributes.length && !isSpace(attributes[at]) && !'=/>'.includes(attributes[at])) at++;
    if (at === nameStart) {
      at++; // a stray '/' or '='
      continue;
    }
    const found = attributes.slice(nameStart, at).toLowerCase() === name;
    at = skipSpace(attributes, at);
    if (attributes[at] !== '=') {
      if (found) return '';
      continue;
    }
    at = skipSpace(attributes, at + 1);
    const quote = attributes[at];
    let value: string;
    if (quote === '"' || quote === "'") {
      const close = attributes.indexOf(quote, at + 1);
      value = attributes.slice(at + 1, close < 0 ? attributes.length : close);
      at = close < 0 ? attributes.length : close + 1;
    } else {
      const valueStart = at;
      while (at < attributes.length && !isSpace(attributes[at])) at++;
      value = attributes.slice(valueStart, at);
    }
    if (found) return value;
  }
  return null;
}

/** SVG text: optional whitespace, XML declaration, comments or doctype, then the <svg> element. */
export function looksLikeSvg(text: string): boolean {
  let at = skipSpace(text, 0);
  for (;;) {
    let end: number;
    if (text.startsWith('<!--', at)) {
      end = text.indexOf('-->', at + 4);
      if (end >= 0) end += 3;
    } else if (hasAsciiAt(text, at, '<?xml') || hasAsciiAt(text, at, '<!doctype')) {
      end = text.indexOf('>', at);
      if (end >= 0) end += 1;
    } else break;
    if (end < 0) return false;
    at = skipSpace(text, end);
  }
  const next = text[at + 4];
  return hasAsciiAt(text, at, '<svg') && (next === '>' || next === '/' || isSpace(next));
}

// Characters XML 1.0 cannot hold, not even as a character reference: C0 controls other than tab, line feed and
// carriage return, U+FFFE and U+FFFF, and (with the u flag, which pairs surrogates) surrogates not in a pair.
// eslint-disable-next-line no-control-regex -- matching the control characters is the point
const NOT_IN_XML = /[\0-\x08\v\f\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * Text made fit for XML: a vertical tab or form feed (PowerPoint's soft line break pastes as a vertical tab)
 * becomes a line feed, a lone surrogate the replacement character U+FFFD (as the screen draws it), and the other
 * characters XML cannot hold are dropped. Everything else is left as it is.
 */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_IN_XML, (c) => (c === '\v' || c === '\f' ? '\n' : c.length === 1 && c >= '\uD800' && c <= '\uDFFF' ? '\uFFFD' : ''));
}
