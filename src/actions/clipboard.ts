// Copy and paste of board pieces, across boards and tabs: the fragment travels as JSON text on the system
// clipboard, with an in-memory copy for browsers that refuse clipboard access.
import { restoreBoard } from '../domain/board';
import { copySelection, pasteFragment, type Fragment } from '../store/edits';
import { useBoardStore } from '../store/board-store';

const FRAGMENT_FORMAT = 'mlsd-fragment';
let memory: string | null = null;
let pasteCount = 0;

export function selectionAsText(): string | null {
  const fragment = copySelection(useBoardStore.getState().board);
  if (!fragment) return null;
  pasteCount = 0;
  memory = JSON.stringify({ format: FRAGMENT_FORMAT, ...fragment });
  return memory;
}

/** The fragment in a piece of text, repaired like any board file; null when the text is not a fragment. */
export function parseFragment(text: string): Fragment | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== FRAGMENT_FORMAT) return null;
  const result = restoreBoard({ ...value, format: 'mlsd-board', version: 2 });
  return result.ok ? { nodes: result.board.nodes, edges: result.board.edges } : null;
}

/** Paste a fragment; each paste of the same copy lands a little further along. */
export function pasteText(text: string): boolean {
  const fragment = parseFragment(text);
  if (!fragment) return false;
  const step = 24 * ++pasteCount;
  useBoardStore.getState().apply((b) => pasteFragment(b, fragment, { x: step, y: step }));
  return true;
}

export async function copyToClipboard(): Promise<void> {
  const text = selectionAsText();
  if (text) await navigator.clipboard?.writeText(text).catch(() => undefined);
}

export async function pasteFromClipboard(): Promise<void> {
  const text = await navigator.clipboard?.readText().catch(() => null);
  if (!(text && pasteText(text)) && memory) pasteText(memory);
}
