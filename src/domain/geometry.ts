// Node sizes the canvas draws, known to the domain so layout, templates and exports agree before anything is
// measured in a browser. The canvas CSS uses the same widths (src/canvas/nodes.css).
import { findKind } from './catalog';
import type { BoardNode } from './board/types';

export const COMPONENT_WIDTH = 184;
export const COMPONENT_HEIGHT = 60;
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
  if (node.width !== undefined && node.height !== undefined) return { width: node.width, height: node.height };
  if (family === 'card') {
    // A card shows each filled field as a label and its text, and the notes.
    let height = CARD_HEADER + CARD_PADDING;
    for (const value of Object.values(node.data.fields)) {
      if (value.trim()) height += CARD_FIELD_LABEL + lines(value, CHARS_PER_CARD_LINE) * LINE + 6;
    }
    if (node.data.notes.trim()) height += lines(node.data.notes, CHARS_PER_CARD_LINE) * LINE + 6;
    return { width: CARD_WIDTH, height };
  }
  if (family === 'note') {
    const text = node.data.label + (node.data.notes ? '\n' + node.data.notes : '');
    return { width: NOTE_WIDTH, height: CARD_PADDING * 2 + lines(text, CHARS_PER_NOTE_LINE) * LINE };
  }
  return { width: COMPONENT_WIDTH, height: COMPONENT_HEIGHT };
}
