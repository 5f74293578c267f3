// Copy and paste of board pieces, across boards and tabs: the fragment travels as JSON text on the system
// clipboard, with an in-memory copy for browsers that refuse clipboard access.
import { restoreBoard } from '../domain/board';
import { notify } from '../store/app-store';
import { copySelection, pasteFragment, type Fragment } from '../store/edits';
import { useBoardStore } from '../store/board-store';
import { selection } from '../store/selection';

const FRAGMENT_FORMAT = 'mlsd-fragment';
let memory: string | null = null;
let pasteCount = 0;

export function selectionAsText(): string | null {
  const fragment = copySelection(useBoardStore.getState().board, selection());
  if (!fragment) return null;
  pasteCount = 0;
  memory = JSON.stringify({ format: FRAGMENT_FORMAT, ...fragment });
  return memory;
}

type ParsedFragment = { fragment: Fragment; repairs: string[] } | { error: string };

/**
 * The fragment in a piece of text, repaired by the same restore as any board file (so it brings nothing a board
 * could not save); null when the text is not a fragment.
 */
export function parseFragment(text: string): ParsedFragment | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== FRAGMENT_FORMAT) return null;
  const result = restoreBoard({ ...value, format: 'mlsd-board', version: 2 });
  if (!result.ok) return { error: result.error.message };
  return { fragment: { nodes: result.board.nodes, edges: result.board.edges }, repairs: result.repairs };
}

/** Paste a fragment; each paste of the same copy lands a little further along. False when the text is not one. */
export function pasteText(text: string): boolean {
  const parsed = parseFragment(text);
  if (!parsed) return false;
  if ('error' in parsed) {
    notify('error', `This piece of a board could not be pasted: ${parsed.error}`);
    return true;
  }
  const step = 24 * ++pasteCount;
  useBoardStore.getState().apply((b) => pasteFragment(b, parsed.fragment, { x: step, y: step }));
  if (parsed.repairs.length > 0) {
    const { repairs } = parsed;
    void import('../io/board-codec').then(({ summariseRepairs }) => notify('warning', `Pasted, with ${summariseRepairs(repairs)}.`));
  }
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
