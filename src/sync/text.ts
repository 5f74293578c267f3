// The smallest edit that turns one string into another, applied to a Y.Text, so two people typing in the same
// label at once both keep their characters (replacing the whole string would keep only one of them).
import type * as Y from 'yjs';

export type TextEdit = { index: number; remove: number; insert: string };

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Common prefix and suffix, never splitting a surrogate pair (an emoji) in two. */
export function textEdit(from: string, to: string): TextEdit | null {
  if (from === to) return null;
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  if (start > 0 && isHigh(from.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < max - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end++;
  if (end > 0 && isLow(from.charCodeAt(from.length - end))) end--;
  return { index: start, remove: from.length - start - end, insert: to.slice(start, to.length - end) };
}

export function applyText(text: Y.Text, to: string): void {
  const edit = textEdit(text.toString(), to);
  if (!edit) return;
  if (edit.remove) text.delete(edit.index, edit.remove);
  if (edit.insert) text.insert(edit.index, edit.insert);
}
