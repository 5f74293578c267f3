// The board file as one short ASCII string, shared by the PNG chunk, the SVG metadata and share links:
//   v<codec version>.<byte length of the JSON>.<CRC-32 of the JSON, 8 hex digits>.<raw DEFLATE, base64url>
// The length bounds decompression (no zip bombs) and, with the CRC, tells a damaged payload from a good one.
import { deflateSync, inflateSync } from 'fflate';
import { boardToJson, MAX_BOARD_TEXT, type Board } from '../domain/board';
import { base64urlToBytes, bytesToBase64url } from './base64url';
import { crc32 } from './crc32';

export const PACKED_VERSION = 1;

export type UnpackResult =
  | { ok: true; json: string }
  | { ok: false; reason: 'too-new'; version: number }
  | { ok: false; reason: 'damaged'; detail: string };

const damaged = (detail: string): UnpackResult => ({ ok: false, reason: 'damaged', detail });

export function packBoard(board: Board): string {
  const json = new TextEncoder().encode(boardToJson(board, false));
  const checksum = crc32(json).toString(16).padStart(8, '0');
  return `v${PACKED_VERSION}.${json.length}.${checksum}.${bytesToBase64url(deflateSync(json, { level: 9 }))}`;
}

export function unpackBoard(packed: string): UnpackResult {
  const version = /^v(\d{1,6})(\.|$)/.exec(packed);
  if (!version) return damaged('its header is missing');
  if (Number(version[1]) > PACKED_VERSION) return { ok: false, reason: 'too-new', version: Number(version[1]) };
  if (Number(version[1]) !== PACKED_VERSION) return damaged(`it has an unknown version "${version[1]}"`);
  const parts = packed.split('.');
  if (parts.length !== 4 || !/^\d{1,9}$/.test(parts[1]) || !/^[0-9a-f]{8}$/.test(parts[2])) {
    return damaged('its header is incomplete');
  }
  const length = Number(parts[1]);
  if (length > MAX_BOARD_TEXT) return damaged('it claims a board larger than 20 MB');
  const compressed = base64urlToBytes(parts[3]);
  if (!compressed) return damaged('it contains characters that are not part of a board');
  let json: Uint8Array;
  try {
    // One byte more than declared, so a payload that inflates longer than its header says is caught.
    json = inflateSync(compressed, { out: new Uint8Array(length + 1) });
  } catch {
    return damaged('its data ends early or is corrupt');
  }
  if (json.length !== length) return damaged(`its data is ${json.length < length ? 'shorter' : 'longer'} than its header says`);
  if (crc32(json).toString(16).padStart(8, '0') !== parts[2]) return damaged('checksum mismatch');
  try {
    return { ok: true, json: new TextDecoder('utf-8', { fatal: true }).decode(json) };
  } catch {
    return damaged('its text is not valid UTF-8');
  }
}
