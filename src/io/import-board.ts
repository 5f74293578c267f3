// Opening boards from files, drops, pastes and links. Every outcome is a new board or a specific message:
// the open board is never changed.
import { notify, useAppStore } from '../store/app-store';
import { openAsNewBoard } from '../store/persistence';
import type { ImportResult } from './board-codec';
import type { DecodeRequest } from './decode-worker';
import { LARGE_INPUT } from './import-result';

/**
 * Decode inline when the input is small; when it is large (reading 10 MB takes a second or more), in a worker with
 * the progress up and a Cancel button, the page answering meanwhile. null when the user cancelled.
 */
async function decodeWithProgress(size: number, what: string, request: DecodeRequest, decode: () => ImportResult): Promise<ImportResult | null> {
  if (size < LARGE_INPUT) return decode();
  const decoding = (await import('./off-thread')).decodeOffThread(request);
  useAppStore.setState({ progress: `Reading ${what} (${(size / 1048576).toFixed(1)} MB)…`, cancelProgress: decoding.cancel });
  try {
    return await decoding.result;
  } finally {
    useAppStore.setState({ progress: null, cancelProgress: null });
  }
}

async function finish(result: ImportResult | null, source: string): Promise<boolean> {
  const { summariseRepairs } = await import('./board-codec');
  if (!result) return false; // cancelled: nothing changes
  if (!result.ok) {
    notify('error', result.error.message);
    return false;
  }
  await openAsNewBoard(result.board);
  const fixed = result.repairs.filter((r) => !r.startsWith('Upgraded'));
  if (fixed.length > 0) {
    const detail = fixed.length === 1 ? `1 repair: ${fixed[0]}` : summariseRepairs(fixed);
    notify('warning', `Opened ${source} as a new board, with ${detail}`);
  } else {
    notify('info', `Opened ${source} as a new board.`);
  }
  return true;
}

/**
 * A file's name as a notice quotes it, isolated (U+2068 … U+2069): a name holding a right-to-left override
 * ("invoice\u202Efdp.json") turns only itself around, not the rest of the sentence.
 */
const quoted = (name: string) => `“\u2068${name}\u2069”`;

export async function importFile(file: File): Promise<boolean> {
  const { decodeBoardFile } = await import('./board-codec');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    notify('error', `${quoted(file.name)} could not be read: ${(error as Error).message}`);
    return false;
  }
  const request: DecodeRequest = { kind: 'file', bytes, fileName: file.name };
  return finish(await decodeWithProgress(bytes.length, quoted(file.name), request, () => decodeBoardFile(bytes, file.name)), quoted(file.name));
}

export async function importText(text: string): Promise<boolean> {
  const { decodeBoardText } = await import('./board-codec');
  return finish(await decodeWithProgress(text.length, 'the pasted board', { kind: 'text', text }, () => decodeBoardText(text)), 'the pasted board');
}

/** A share link opened in the browser: the board in the URL fragment becomes a new board. */
export async function importFromLocation(): Promise<void> {
  if (!location.hash.includes('board=')) return;
  const { linkToBoard } = await import('./share-link');
  const result = linkToBoard(location.hash);
  history.replaceState(null, '', location.pathname + location.search);
  await finish(result, 'the shared link');
}

export function pickFile(): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.json,.mlsd.json,application/json,image/png,image/svg+xml,.svg';
  input.onchange = () => {
    const file = input.files?.[0];
    if (file) void importFile(file);
  };
  input.click();
}
