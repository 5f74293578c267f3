// The board inside a PNG: a tEXt chunk with keyword "mlsd-board" before IEND, holding the packed board
// (packed-board.ts). tEXt rather than zTXt/iTXt because the payload is already compressed ASCII.
import { parseBoardText, type Board } from '../domain/board';
import { crc32 } from './crc32';
import { importFail, type ImportResult } from './import-result';
import { packBoard, unpackBoard } from './packed-board';

export const PNG_BOARD_KEYWORD = 'mlsd-board';
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const TEXT_CHUNKS = ['tEXt', 'zTXt', 'iTXt']; // all removed on embed, so a board is never there twice
const TEXT_TYPE = new Uint8Array([0x74, 0x45, 0x58, 0x74]); // "tEXt"
const MAX_KEYWORD = 79;
const ascii = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

type Chunk = { type: string; start: number; end: number; data: Uint8Array; crcOk: boolean };
type ChunkWalk = { chunks: Chunk[]; problem?: string };

export function hasPngSignature(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Splits a PNG into chunks, stopping at IEND or at the first structural problem (which it names). */
function walkChunks(png: Uint8Array): ChunkWalk {
  const chunks: Chunk[] = [];
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = SIGNATURE.length;
  for (;;) {
    const where = `chunk ${chunks.length + 1}`;
    if (at + 8 > png.length) return { chunks, problem: `it was cut short (it ends before ${where})` };
    const length = view.getUint32(at);
    const type = ascii(png.subarray(at + 4, at + 8));
    if (!/^[A-Za-z]{4}$/.test(type)) return { chunks, problem: `${where} has an invalid type` };
    if (chunks.length === 0 && type !== 'IHDR') return { chunks, problem: 'it does not start with an IHDR chunk' };
    const end = at + 12 + length;
    if (length > 0x7fffffff || end > png.length) {
      return { chunks, problem: `it was cut short (it ends inside ${where}, "${type}")` };
    }
    const data = png.subarray(at + 8, at + 8 + length);
    const crcOk = crc32(data, crc32(png.subarray(at + 4, at + 8))) === view.getUint32(at + 8 + length);
    chunks.push({ type, start: at, end, data, crcOk });
    if (type === 'IEND') return { chunks };
    at = end;
  }
}

function textKeyword(chunk: Chunk): string | null {
  if (!TEXT_CHUNKS.includes(chunk.type)) return null;
  const nul = chunk.data.subarray(0, MAX_KEYWORD + 1).indexOf(0);
  return nul < 0 ? null : ascii(chunk.data.subarray(0, nul));
}

function textChunk(keyword: string, text: string): Uint8Array {
  const body = new TextEncoder().encode(`${keyword}\u0000${text}`); // all ASCII, so also valid Latin-1
  const chunk = new Uint8Array(body.length + 12);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, body.length);
  chunk.set(TEXT_TYPE, 4);
  chunk.set(body, 8);
  view.setUint32(body.length + 8, crc32(body, crc32(TEXT_TYPE)));
  return chunk;
}

/**
 * A copy of the PNG with the board inside, replacing any board already there. Throws only when `png` is not
 * a PNG (a programming error: the app always passes the image it just rendered).
 */
export function embedBoardInPng(png: Uint8Array, board: Board): Uint8Array {
  if (!hasPngSignature(png)) throw new TypeError('embedBoardInPng: the image is not a PNG.');
  const { chunks, problem } = walkChunks(png);
  if (problem) throw new TypeError(`embedBoardInPng: the PNG is damaged: ${problem}.`);
  const kept = chunks.filter((c) => c.type !== 'IEND' && textKeyword(c) !== PNG_BOARD_KEYWORD);
  const parts = [png.subarray(0, SIGNATURE.length), ...kept.map((c) => png.subarray(c.start, c.end))];
  parts.push(textChunk(PNG_BOARD_KEYWORD, packBoard(board)));
  const iend = chunks[chunks.length - 1];
  parts.push(png.subarray(iend.start, iend.end));
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const NO_BOARD = 'This PNG has no MLSD board inside. Only PNGs exported from MLSD Board can be opened.';

/** The board inside a PNG exported by MLSD Board. Never throws. */
export function extractBoardFromPng(png: Uint8Array): ImportResult {
  if (!hasPngSignature(png)) return importFail('png-damaged', 'This is not a PNG file: its first bytes are not the PNG signature.');
  const { chunks, problem } = walkChunks(png);
  const boardChunk = chunks.find((c) => c.type === 'tEXt' && textKeyword(c) === PNG_BOARD_KEYWORD);
  if (!boardChunk) return problem ? importFail('png-damaged', `This PNG is damaged: ${problem}.`) : importFail('png-no-board', NO_BOARD);
  if (!boardChunk.crcOk) return importFail('board-damaged', 'The board inside this PNG is damaged (chunk checksum mismatch).');
  // The payload is ASCII; any other byte decodes to U+FFFD and fails unpacking as damage.
  const text = new TextDecoder().decode(boardChunk.data.subarray(PNG_BOARD_KEYWORD.length + 1));
  const unpacked = unpackBoard(text);
  if (!unpacked.ok) {
    return unpacked.reason === 'too-new'
      ? importFail('board-too-new', `The board inside this PNG was saved by a newer MLSD Board (board codec version ${unpacked.version}). Update the app to open it.`)
      : importFail('board-damaged', `The board inside this PNG is damaged (${unpacked.detail}).`);
  }
  const result = parseBoardText(unpacked.json);
  if (!result.ok) return result;
  const imageDamaged = problem || chunks.some((c) => !c.crcOk);
  if (imageDamaged) result.repairs.unshift('The image in this PNG is damaged, but the board inside was intact.');
  return result;
}
