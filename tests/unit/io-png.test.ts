import { describe, expect, it } from 'vitest';
import { decode } from 'fast-png';
import { createBoard, createNode, serializeBoard } from '../../src/domain/board';
import { BoardSchema } from '../../src/domain/board/schema';
import { crc32 } from '../../src/io/crc32';
import { embedBoardInPng, extractBoardFromPng, PNG_BOARD_KEYWORD } from '../../src/io/png-chunk';
import { everyKindBoard } from '../fixtures/io/every-kind-board';
import { pngChunks, tinyPng } from '../fixtures/io/tiny-png';

const NO_BOARD = 'This PNG has no MLSD board inside. Only PNGs exported from MLSD Board can be opened.';

/** The board chunk: the last tEXt, just before IEND. */
const boardChunkOf = (png: Uint8Array) => pngChunks(png).findLast((c) => c.type === 'tEXt')!;

/** The PNG with the board chunk's payload byte at `offset` changed, and the chunk CRC fixed or not. */
function changeBoardChunk(png: Uint8Array, offset: number, fixCrc: boolean): Uint8Array {
  const out = png.slice();
  const chunk = boardChunkOf(out);
  const at = chunk.start + 8 + PNG_BOARD_KEYWORD.length + 1 + offset;
  out[at] = out[at] === 0x41 ? 0x42 : 0x41; // 'A' or 'B': still base64url, so only the checksums can notice
  if (fixCrc) {
    const crc = crc32(out.subarray(chunk.start + 8, chunk.end - 4), crc32(out.subarray(chunk.start + 4, chunk.start + 8)));
    new DataView(out.buffer).setUint32(chunk.end - 4, crc);
  }
  return out;
}

describe('crc32', () => {
  it('matches the standard check value and continues a running CRC', () => {
    const bytes = new TextEncoder().encode('123456789');
    expect(crc32(bytes)).toBe(0xcbf43926);
    expect(crc32(bytes.subarray(4), crc32(bytes.subarray(0, 4)))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('PNG with the board inside', () => {
  const board = everyKindBoard();
  const png = tinyPng(5, 3, { Software: 'test' });
  const withBoard = embedBoardInPng(png, board);

  it('round-trips a board that uses every kind, in nested groups', () => {
    const result = extractBoardFromPng(withBoard);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.board).toEqual(serializeBoard(board));
    expect(result.repairs).toEqual([]);
    expect(BoardSchema.safeParse(result.board).success).toBe(true);
  });

  it('stays a valid PNG with the same pixels and the other text chunks', () => {
    const before = decode(png, { checkCrc: true });
    const after = decode(withBoard, { checkCrc: true });
    expect([after.width, after.height]).toEqual([5, 3]);
    expect(Array.from(after.data)).toEqual(Array.from(before.data));
    expect(after.text.Software).toBe('test');
    expect(after.text[PNG_BOARD_KEYWORD]).toMatch(/^v1\.\d+\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
  });

  it('writes one tEXt chunk just before IEND', () => {
    const types = pngChunks(withBoard).map((c) => c.type);
    expect(types.slice(-2)).toEqual(['tEXt', 'IEND']);
    expect(types[0]).toBe('IHDR');
  });

  it('replaces the board already inside rather than adding a second', () => {
    const second = createBoard('Second');
    second.nodes.push(createNode('cache', { x: 1, y: 2 }));
    const twice = embedBoardInPng(withBoard, second);
    const boardChunks = decode(twice).text;
    expect(Object.keys(boardChunks).sort()).toEqual(['Software', PNG_BOARD_KEYWORD]);
    expect(pngChunks(twice).filter((c) => c.type === 'tEXt')).toHaveLength(2);
    const result = extractBoardFromPng(twice);
    expect(result.ok && result.board).toEqual(serializeBoard(second));
  });

  it('says plainly when a PNG has no board', () => {
    expect(extractBoardFromPng(png)).toEqual({ ok: false, error: { code: 'png-no-board', message: NO_BOARD } });
  });

  it('says a truncated PNG was cut short', () => {
    const boardChunk = boardChunkOf(withBoard);
    for (const length of [10, 30, boardChunk.start + 5, boardChunk.end - 1]) {
      const result = extractBoardFromPng(withBoard.subarray(0, length));
      expect(result).toMatchObject({ ok: false, error: { code: 'png-damaged' } });
      expect(!result.ok && result.error.message).toMatch(/^This PNG is damaged: it was cut short/);
    }
  });

  it('still opens the board when only the end of the image is missing', () => {
    const result = extractBoardFromPng(withBoard.subarray(0, withBoard.length - 3));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.board).toEqual(serializeBoard(board));
    expect(result.repairs).toEqual(['The image in this PNG is damaged, but the board inside was intact.']);
  });

  it('catches a changed byte in the board by the chunk CRC and by the board checksum', () => {
    const badChunk = extractBoardFromPng(changeBoardChunk(withBoard, 40, false));
    expect(badChunk).toEqual({
      ok: false,
      error: { code: 'board-damaged', message: 'The board inside this PNG is damaged (chunk checksum mismatch).' },
    });
    const badBoard = extractBoardFromPng(changeBoardChunk(withBoard, 40, true));
    expect(badBoard).toMatchObject({ ok: false, error: { code: 'board-damaged' } });
    expect(!badBoard.ok && badBoard.error.message).toMatch(/^The board inside this PNG is damaged \(/);
  });

  it('refuses a board written by a newer codec', () => {
    const newer = withBoard.slice();
    const chunk = boardChunkOf(newer);
    newer[chunk.start + 8 + PNG_BOARD_KEYWORD.length + 2] = 0x39; // "v1." → "v9."
    const crc = crc32(newer.subarray(chunk.start + 4, chunk.end - 4));
    new DataView(newer.buffer).setUint32(chunk.end - 4, crc);
    const result = extractBoardFromPng(newer);
    expect(result).toMatchObject({ ok: false, error: { code: 'board-too-new' } });
    expect(!result.ok && result.error.message).toMatch(/newer MLSD Board.*Update the app/);
  });

  it('reports bytes that are not a PNG, and embedding into them is a programming error', () => {
    const text = new TextEncoder().encode('{"format":"mlsd-board"}');
    expect(extractBoardFromPng(text)).toMatchObject({ ok: false, error: { code: 'png-damaged' } });
    expect(() => embedBoardInPng(text, board)).toThrow(TypeError);
  });
});
