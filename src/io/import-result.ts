// What every importer returns: the restore result of src/domain/board, with error codes for the
// containers (PNG, SVG, link) that the domain knows nothing about.
import type { Board, BoardError } from '../domain/board';

export type ContainerErrorCode =
  | 'unsupported-file'
  | 'empty-file'
  | 'png-damaged'
  | 'png-no-board'
  | 'svg-no-board'
  | 'board-damaged'
  | 'board-too-new'
  | 'link-not-a-board'
  | 'link-cut-short'
  | 'link-too-new'
  | 'link-too-long';

export type ImportError = BoardError | { code: ContainerErrorCode; message: string };

/** Same shape as RestoreResult, with the wider error code union. */
export type ImportResult =
  | { ok: true; board: Board; repairs: string[] }
  | { ok: false; error: ImportError };

export const importFail = (code: ContainerErrorCode, message: string): ImportResult => ({
  ok: false,
  error: { code, message },
});

/** From about this size (some 2,000 nodes) decoding takes long enough to go off the page's thread (./off-thread.ts). */
export const LARGE_INPUT = 1_000_000;
