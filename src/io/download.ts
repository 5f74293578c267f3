import { boardToJson, type Board } from '../domain/board';

/** A file name from a board name: letters, digits and dashes. */
export function fileNameFor(boardName: string, extension: string): string {
  const base = boardName.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase() || 'board';
  return `${base.slice(0, 80)}.${extension}`;
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The board as the .mlsd.json file the user keeps, built by serializeBoard, the code that builds what storage
 * writes: a board that could be stored can be downloaded. Throws when the file cannot be made.
 */
export function downloadBoardFile(board: Board): void {
  downloadBlob(new Blob([boardToJson(board)], { type: 'application/json' }), fileNameFor(board.name, 'mlsd.json'));
}
