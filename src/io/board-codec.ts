// One way in for every file and every paste: sniff what the bytes are, then hand them to the right decoder.
import { parseBoardText } from '../domain/board';
import { importFail, type ImportResult } from './import-result';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** SVG text starts with an optional XML prolog, doctype or comments, then the <svg> element. */
export function looksLikeSvg(text: string): boolean {
  return /^\s*(<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(text);
}

/** A file the user opened or dropped: a board JSON, a PNG or SVG exported with the board inside, or a saved link. */
export function decodeBoardFile(bytes: Uint8Array, fileName = ''): ImportResult {
  if (isPng(bytes)) return importFail('png-no-board', 'Opening PNG files is not ready yet.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return unsupported(fileName);
  }
  if (text.includes('\u0000')) return unsupported(fileName);
  if (looksLikeSvg(text)) return importFail('svg-no-board', 'Opening SVG files is not ready yet.');
  return decodeBoardText(text);
}

/** Text the user pasted: a board JSON or an MLSD share link. */
export function decodeBoardText(text: string): ImportResult {
  return parseBoardText(text);
}

function unsupported(fileName: string): ImportResult {
  const name = fileName ? `"${fileName}"` : 'This file';
  return importFail(
    'unsupported-file',
    `${name} is not a board. MLSD Board opens board files (.json) and PNG or SVG images exported from MLSD Board.`,
  );
}
