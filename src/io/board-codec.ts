// One way in for every file and every paste: sniff what the input is, then hand it to the right decoder.
import { parseBoardText } from '../domain/board';
import { importFail, type ImportResult } from './import-result';
import { extractBoardFromPng, hasPngSignature } from './png-chunk';
import { findLinkPayload, linkToBoard } from './share-link';
import { extractBoardFromSvg } from './svg-metadata';
import { looksLikeSvg } from './xml-scan';

export type { ImportError, ImportResult } from './import-result';
// For the notice after an import: loads with the codec, not in the first load.
export { summariseRepairs } from '../domain/board/repairs';

/** A file the user opened or dropped: a board JSON, a PNG or SVG exported with the board inside, or a saved link. */
export function decodeBoardFile(bytes: Uint8Array, fileName = ''): ImportResult {
  if (hasPngSignature(bytes)) return extractBoardFromPng(bytes);
  const result = decodeTextFile(bytes, fileName);
  // A board file renamed to .png still opens (the content decides); anything else named .png is told so.
  const unreadable = !result.ok && (result.error.code === 'not-json' || result.error.code === 'unsupported-file');
  if (unreadable && fileName.toLowerCase().endsWith('.png')) {
    return importFail('png-damaged', `“${fileName}” is not a PNG image: its first bytes are not the PNG signature. It may be another kind of file renamed to .png.`);
  }
  return result;
}

/**
 * The text encoding a byte order mark names: UTF-16 as Windows' Notepad and PowerShell's `>` save it, else UTF-8
 * (whose own mark TextDecoder drops).
 */
function encodingOf(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | 'utf-8' {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

function decodeTextFile(bytes: Uint8Array, fileName: string): ImportResult {
  const theFile = fileName ? `The file “${fileName}”` : 'The file';
  if (bytes.length === 0) return importFail('empty-file', `${theFile} is empty: there is no board in it.`);
  const encoding = encodingOf(bytes);
  // UTF-16 with no byte order mark: every other byte of its ASCII is zero. Not guessed at: said so.
  if (encoding === 'utf-8' && bytes.length >= 4 && (bytes[0] === 0) !== (bytes[1] === 0) && (bytes[2] === 0) !== (bytes[3] === 0)) {
    const name = fileName ? `“${fileName}”` : 'This file';
    return importFail('unsupported-file', `${name} looks like UTF-16 text with no byte order mark. Save it as UTF-8 (or UTF-16 with its mark) and open it again.`);
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return unsupported(fileName);
  }
  if (text.trim() === '') return importFail('empty-file', `${theFile} is empty: it holds only blank space, no board.`);
  if (text.includes('\u0000')) return unsupported(fileName);
  if (text.trimStart().startsWith('<') && !looksLikeSvg(text)) return unsupported(fileName);
  return decodeBoardText(text);
}

/** Text the user pasted: a board JSON or an MLSD share link (a whole URL or just its #board= fragment). */
export function decodeBoardText(text: string): ImportResult {
  const trimmed = text.trim();
  if (trimmed === '') return importFail('empty-file', 'The pasted text is empty: there is no board in it.');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return parseBoardText(trimmed);
  if (looksLikeSvg(trimmed)) return extractBoardFromSvg(trimmed);
  // Markup that is not an SVG (HTML, other XML, an SVG cut short): say what opens, not "not valid JSON".
  if (trimmed.startsWith('<')) {
    return importFail('unsupported-file', 'This text is not a board. Paste a board file, an SVG exported from MLSD Board, or a share link.');
  }
  if (findLinkPayload(trimmed) !== null || /^(https?:\/\/|#)\S*$/i.test(trimmed)) return linkToBoard(trimmed);
  return parseBoardText(trimmed);
}

function unsupported(fileName: string): ImportResult {
  const name = fileName ? `“${fileName}”` : 'This file';
  return importFail(
    'unsupported-file',
    `${name} is not a board. MLSD Board opens board files (.json) and PNG or SVG images exported from MLSD Board.`,
  );
}
