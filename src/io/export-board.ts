// Every export, loaded on demand (html-to-image, compression and Mermaid stay out of the first load).
import type { Board } from '../domain/board';
import { notify, useAppStore } from '../store/app-store';
import { useBoardStore } from '../store/board-store';
import { downloadBlob, downloadBoardFile, fileNameFor } from './download';
import { boardToMermaid } from './mermaid';
import { embedBoardInPng } from './png-chunk';
import { defaultImageOptions, type ImageOptions } from './image-options';
import { renderBoardImage } from './render-image';
import { boardToLink, checkLinkLength } from './share-link';
import { embedBoardInSvg } from './svg-metadata';

const openBoard = () => useBoardStore.getState().board as Board;

/** Show progress while a slow export runs, after letting the progress paint. */
async function withProgress<T>(label: string, work: () => Promise<T>): Promise<T | undefined> {
  useAppStore.setState({ progress: label });
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  try {
    return await work();
  } catch (error) {
    // An image that fails to load rejects with an Event, not an Error: say what happened rather than "undefined".
    const reason = error instanceof Error ? error.message : 'the browser could not draw the image';
    notify('error', `Export failed: ${reason}`);
    return undefined;
  } finally {
    useAppStore.setState({ progress: null });
  }
}

export async function exportImage(format: 'png' | 'svg', options: ImageOptions): Promise<void> {
  const board = openBoard();
  await withProgress(`Exporting ${format.toUpperCase()}…`, async () => {
    const image = await renderBoardImage(format, options);
    if (image.png) {
      const png = embedBoardInPng(image.png, board);
      downloadBlob(new Blob([png as BlobPart], { type: 'image/png' }), fileNameFor(board.name, 'png'));
    } else {
      downloadBlob(new Blob([embedBoardInSvg(image.svg!, board)], { type: 'image/svg+xml' }), fileNameFor(board.name, 'svg'));
    }
    if (image.scale < options.scale) {
      notify('warning', `The board is too large for ${options.scale}×: it was exported at ${image.scale.toFixed(2)}×.`);
    }
  });
}

/**
 * The PNG on the clipboard, for pasting into notes and documents. Browsers re-encode a copied image, which drops
 * the board's text chunk, so this one does not carry the board: Download PNG does.
 */
export async function copyImage(options: ImageOptions = defaultImageOptions()): Promise<void> {
  await withProgress('Copying the image…', async () => {
    // The clipboard is asked at once, while the click still counts as the user's; the image follows.
    const png = renderBoardImage('png', options).then((image) => new Blob([image.png! as BlobPart], { type: 'image/png' }));
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    } catch (error) {
      await png; // a failed render explains itself (and is reported as such)
      throw new Error(`the browser did not allow copying an image (${(error as Error).message}). Download the PNG instead.`, { cause: error });
    }
    notify('info', 'Image copied to the clipboard.');
  });
}

export function exportJson(): void {
  try {
    downloadBoardFile(openBoard());
  } catch (error) {
    notify('error', `The JSON file could not be made: ${(error as Error)?.message ?? String(error)}`);
  }
}

async function copyText(text: string, what: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    notify('info', `${what} copied to the clipboard.`);
    return true;
  } catch {
    useAppStore.setState({ copyFallback: { title: what, text } });
    return false;
  }
}

export async function copyMermaid(): Promise<void> {
  await copyText(boardToMermaid(openBoard()), 'Mermaid flowchart');
}

export async function copyShareLink(): Promise<void> {
  const link = boardToLink(openBoard(), location.origin + location.pathname);
  const tooLong = checkLinkLength(link);
  if (tooLong) {
    notify('error', tooLong.message);
    return;
  }
  await copyText(link, 'Share link');
}
