// Opening boards from files, drops, pastes and links. Every outcome is a new board or a specific message:
// the open board is never changed.
import { notify, useAppStore } from '../store/app-store';
import { openAsNewBoard, showProgress } from '../store/persistence';
import type { ImportResult } from './board-codec';

/** From about this size (some 2,000 nodes) reading a board takes long enough that the page says so. */
const LARGE_INPUT = 1_000_000;

/** Decode with the progress overlay up when the input is large: reading 10 MB of JSON takes a second or more. */
async function decodeWithProgress(size: number, what: string, decode: () => ImportResult): Promise<ImportResult> {
  if (size < LARGE_INPUT) return decode();
  await showProgress(`Reading ${what} (${(size / 1048576).toFixed(1)} MB)…`);
  try {
    return decode();
  } finally {
    useAppStore.setState({ progress: null });
  }
}

async function finish(result: ImportResult, source: string): Promise<boolean> {
  const { summariseRepairs } = await import('./board-codec');
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

export async function importFile(file: File): Promise<boolean> {
  const { decodeBoardFile } = await import('./board-codec');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    notify('error', `“${file.name}” could not be read: ${(error as Error).message}`);
    return false;
  }
  return finish(await decodeWithProgress(bytes.length, `“${file.name}”`, () => decodeBoardFile(bytes, file.name)), `“${file.name}”`);
}

export async function importText(text: string): Promise<boolean> {
  const { decodeBoardText } = await import('./board-codec');
  return finish(await decodeWithProgress(text.length, 'the pasted board', () => decodeBoardText(text)), 'the pasted board');
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
