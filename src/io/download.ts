import { boardToJson, type Board } from '../domain/board';

/**
 * A file name from a board name: its letters (in any script, so "推荐系统" is not just "board"), digits and dashes;
 * no path separators, control characters or lone surrogates. At most 80 characters, never cutting one in two.
 */
export function fileNameFor(boardName: string, extension: string): string {
  const base = boardName.normalize('NFKC').replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').trim().replace(/\s+/g, '-').toLowerCase() || 'board';
  return `${Array.from(base).slice(0, 80).join('')}.${extension}`;
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
