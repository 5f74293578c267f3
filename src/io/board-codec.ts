// One way in for every file and every paste: sniff what the input is, then hand it to the right decoder.
import { parseBoardText } from '../domain/board';
import { importFail, type ImportResult } from './import-result';
import { extractBoardFromPng, hasPngSignature } from './png-chunk';
import { findLinkPayload, linkToBoard } from './share-link';
import { extractBoardFromSvg } from './svg-metadata';

export type { ImportError, ImportResult } from './import-result';

/** SVG text starts with optional whitespace, XML prolog, comments or doctype, then the <svg> element. */
export function looksLikeSvg(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>/]/i.test(text);
}

/** A file the user opened or dropped: a board JSON, a PNG or SVG exported with the board inside, or a saved link. */
export function decodeBoardFile(bytes: Uint8Array, fileName = ''): ImportResult {
  if (hasPngSignature(bytes)) return extractBoardFromPng(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return unsupported(fileName);
  }
  if (text.includes('\u0000')) return unsupported(fileName);
  if (looksLikeSvg(text)) return extractBoardFromSvg(text);
  return decodeBoardText(text);
}

/** Text the user pasted: a board JSON or an MLSD share link (a whole URL or just its #board= fragment). */
export function decodeBoardText(text: string): ImportResult {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return parseBoardText(trimmed);
  if (looksLikeSvg(trimmed)) return extractBoardFromSvg(trimmed);
  if (findLinkPayload(trimmed) !== null || /^(https?:\/\/|#)\S*$/i.test(trimmed)) return linkToBoard(trimmed);
  return parseBoardText(trimmed);
}

function unsupported(fileName: string): ImportResult {
  const name = fileName ? `"${fileName}"` : 'This file';
  return importFail(
    'unsupported-file',
    `${name} is not a board. MLSD Board opens board files (.json) and PNG or SVG images exported from MLSD Board.`,
  );
}
