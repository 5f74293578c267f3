// Node sizes the canvas draws, known to the domain so layout, templates and exports agree before anything is
// measured in a browser. The canvas CSS uses the same widths (src/canvas/nodes.css).
import { findKind } from './catalog';
import type { BoardNode } from './board/types';

export const COMPONENT_WIDTH = 184;
export const COMPONENT_HEIGHT = 60;
/** A component widens to fit its name on one line up to this width, then wraps (canvas.css .mlsd-component). */
export const COMPONENT_MAX_WIDTH = 240;
export const CARD_WIDTH = 280;
export const NOTE_WIDTH = 220;

const CARD_HEADER = 44;
const CARD_FIELD_LABEL = 18;
const LINE = 18;
const CARD_PADDING = 16;
const CHARS_PER_CARD_LINE = 38;
const CHARS_PER_NOTE_LINE = 30;

function lines(text: string, perLine: number): number {
  return text.split('\n').reduce((sum, l) => sum + Math.max(1, Math.ceil(l.length / perLine)), 0);
}

/** The size a node is drawn at (its stored size when it has one; otherwise an estimate from its content). */
export function nodeSize(node: BoardNode): { width: number; height: number } {
  const family = findKind(node.type)?.family ?? 'component';
  if (family === 'group' && node.width !== undefined && node.height !== undefined) return { width: node.width, height: node.height };
  // A card or a note the user made wider or narrower keeps its width; its height follows its text (canvas.css).
  if (family === 'card' || family === 'note') {
    const width = node.width ?? (family === 'card' ? CARD_WIDTH : NOTE_WIDTH);
    return { width, height: textHeight(node, family, width) };
  }
  return componentSize(node);
}

/**
 * How tall a card or a note must be at `width` to show all its text: a card shows each filled field as a label
 * and its text, and the notes; a note its text. Lines hold fewer characters on a narrower box.
 */
function textHeight(node: BoardNode, family: 'card' | 'note', width: number): number {
  if (family === 'note') {
    const text = node.data.label + (node.data.notes ? '\n' + node.data.notes : '');
    return CARD_PADDING * 2 + lines(text, Math.max(1, Math.floor((CHARS_PER_NOTE_LINE * width) / NOTE_WIDTH))) * LINE;
  }
  const perLine = Math.max(1, Math.floor((CHARS_PER_CARD_LINE * width) / CARD_WIDTH));
  let height = CARD_HEADER + CARD_PADDING;
  for (const value of Object.values(node.data.fields)) {
    if (value.trim()) height += CARD_FIELD_LABEL + lines(value, perLine) * LINE + 6;
  }
  if (node.data.notes.trim()) height += lines(node.data.notes, perLine) * LINE + 6;
  return height;
}

// A component's box around its text (canvas.css .mlsd-component): 4 px step stripe and 10 px padding on the left,
// a 30 px icon and a 10 px gap, 12 px padding and a 1 px border on the right; the name in 13 px semibold on 16 px
// lines, the kind in 11 px on 14 px lines. Character widths are a little generous, so the estimate is never short.
const COMPONENT_CHROME = 4 + 10 + 30 + 10 + 12 + 1;
const NAME_CHAR = 7.6;
const KIND_CHAR = 6.3;
const NAME_LINE = 16;
const KIND_LINE = 14;
const COMPONENT_PADDING_Y = 14;

/** Lines a text takes at `width`, breaking between words (a word longer than the line breaks anywhere). */
function wrappedLines(text: string, charWidth: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / charWidth));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.length;
    if (used > 0 && used + 1 + length <= perLine) used += 1 + length;
    else if (used === 0 && length <= perLine) used = length;
    else {
      if (used > 0) lines++;
      lines += Math.floor(Math.max(0, length - 1) / perLine);
      used = length % perLine || perLine;
    }
  }
  return lines;
}

/** A component's drawn size: as wide as its name needs (within bounds, or the width the user gave it), as tall as its text. */
function componentSize(node: BoardNode): { width: number; height: number } {
  const kind = findKind(node.type)?.label ?? '';
  const name = node.data.label.trim() || 'Unnamed';
  // As wide as the name or the kind needs on one line (the canvas widens for either), within bounds.
  const needed = Math.max(name.length * NAME_CHAR, kind.length * KIND_CHAR) + COMPONENT_CHROME;
  const width = node.width ?? Math.min(COMPONENT_MAX_WIDTH, Math.max(COMPONENT_WIDTH, Math.ceil(needed)));
  const text = width - COMPONENT_CHROME;
  const height = wrappedLines(name, NAME_CHAR, text) * NAME_LINE + wrappedLines(kind, KIND_CHAR, text) * KIND_LINE + 2 * COMPONENT_PADDING_Y;
  return { width, height: Math.max(COMPONENT_HEIGHT, height) };
}
