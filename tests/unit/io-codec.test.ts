import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boardToJson, serializeBoard, type Board } from '../../src/domain/board';
import { BoardSchema } from '../../src/domain/board/schema';
import { decodeBoardFile, decodeBoardText } from '../../src/io/board-codec';
import { embedBoardInPng } from '../../src/io/png-chunk';
import { boardToLink, checkLinkLength } from '../../src/io/share-link';
import { embedBoardInSvg } from '../../src/io/svg-metadata';
import { everyKindBoard } from '../fixtures/io/every-kind-board';
import { tinyPng } from '../fixtures/io/tiny-png';

const utf8 = (text: string) => new TextEncoder().encode(text);
const BASE = 'https://mlsd.example/';
const SVG = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

/** Every way a board leaves the app, as the bytes of a file or the text of a paste. */
function encodings(board: Board) {
  return {
    json: utf8(boardToJson(board)),
    png: embedBoardInPng(tinyPng(), board),
    svg: utf8(embedBoardInSvg(SVG, board)),
    link: boardToLink(board, BASE),
  };
}

function expectBoard(result: ReturnType<typeof decodeBoardFile>, board: Board) {
  if (!result.ok) throw new Error(result.error.message);
  expect(result.board).toEqual(serializeBoard(board));
  expect(BoardSchema.safeParse(result.board).success).toBe(true);
}

describe('decodeBoardFile', () => {
  const board = everyKindBoard();
  const encoded = encodings(board);

  it('opens a board from JSON, PNG, SVG and a text file holding a link', () => {
    expectBoard(decodeBoardFile(encoded.json, 'board.json'), board);
    expectBoard(decodeBoardFile(encoded.png, 'board.png'), board);
    expectBoard(decodeBoardFile(encoded.svg, 'board.svg'), board);
    expectBoard(decodeBoardFile(utf8(`${encoded.link}\n`), 'link.txt'), board);
  });

  it('sniffs the content, not the file name', () => {
    expectBoard(decodeBoardFile(encoded.png, 'board.json'), board);
    expectBoard(decodeBoardFile(encoded.json, 'picture.png'), board);
  });

  it('reads JSON with a byte-order mark and upgrades an old file', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...encoded.json]);
    expectBoard(decodeBoardFile(bom), board);
    const v1 = decodeBoardFile(readFileSync(join(__dirname, '../fixtures/board-v1.json')));
    expect(v1.ok && v1.repairs[0]).toMatch(/Upgraded from format version 1/);
  });

  it('reads a board saved as UTF-16 with its byte order mark (Notepad, PowerShell), either byte order', () => {
    const text = boardToJson(board);
    const units = (bigEndian: boolean) => {
      const out = new Uint8Array(2 + 2 * text.length);
      out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
      const view = new DataView(out.buffer);
      for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), !bigEndian);
      return out;
    };
    expectBoard(decodeBoardFile(units(false), 'board.json'), board);
    expectBoard(decodeBoardFile(units(true), 'board.json'), board);
    // The same text with no mark is not guessed at; the message says what to do.
    const bare = units(false).subarray(2);
    const refused = decodeBoardFile(bare, 'board.json');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toBe(
      '“board.json” looks like UTF-16 text with no byte order mark. Save it as UTF-8 (or UTF-16 with its mark) and open it again.',
    );
  });

  it('says an empty file is empty', () => {
    expect(decodeBoardFile(new Uint8Array(), 'board.json')).toEqual({
      ok: false, error: { code: 'empty-file', message: 'The file “board.json” is empty: there is no board in it.' },
    });
    expect(decodeBoardFile(utf8(' \n\t'), 'board.json')).toEqual({
      ok: false, error: { code: 'empty-file', message: 'The file “board.json” is empty: it holds only blank space, no board.' },
    });
    expect(decodeBoardText(' \n')).toEqual({ ok: false, error: { code: 'empty-file', message: 'The pasted text is empty: there is no board in it.' } });
  });

  it('names a file that is no board at all', () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    expect(decodeBoardFile(jpeg, 'cat.jpg')).toEqual({
      ok: false,
      error: {
        code: 'unsupported-file',
        message: '“cat.jpg” is not a board. MLSD Board opens board files (.json) and PNG or SVG images exported from MLSD Board.',
      },
    });
    expect(decodeBoardFile(utf8('abc\u0000def'))).toMatchObject({ ok: false, error: { code: 'unsupported-file' } });
  });

  it('tells JSON that is not a board from text that is not JSON', () => {
    expect(decodeBoardFile(utf8('{"nodes": []}'))).toMatchObject({ ok: false, error: { code: 'not-a-board' } });
    expect(decodeBoardFile(utf8('[1, 2]'))).toMatchObject({ ok: false, error: { code: 'not-a-board' } });
    expect(decodeBoardFile(utf8('hello'))).toMatchObject({ ok: false, error: { code: 'not-json' } });
    expect(decodeBoardFile(new Uint8Array())).toMatchObject({ ok: false, error: { code: 'empty-file', message: 'The file is empty: there is no board in it.' } });
  });

  it('routes PNGs and SVGs without a board to their own message', () => {
    expect(decodeBoardFile(tinyPng())).toMatchObject({ ok: false, error: { code: 'png-no-board' } });
    expect(decodeBoardFile(utf8(SVG))).toMatchObject({ ok: false, error: { code: 'svg-no-board' } });
    expect(decodeBoardFile(tinyPng().subarray(0, 20))).toMatchObject({ ok: false, error: { code: 'png-damaged' } });
  });
});

describe('decodeBoardText', () => {
  const board = everyKindBoard();
  const link = boardToLink(board, BASE);

  it('opens pasted JSON, a pasted link, or just its fragment', () => {
    expectBoard(decodeBoardText(`  ${boardToJson(board)}  `), board);
    expectBoard(decodeBoardText(link), board);
    expectBoard(decodeBoardText(link.slice(link.indexOf('#'))), board);
    expectBoard(decodeBoardText(embedBoardInSvg(SVG, board)), board);
  });

  it('gives the link messages for links and the JSON message for other text', () => {
    expect(decodeBoardText('https://example.com/page')).toMatchObject({ ok: false, error: { code: 'link-not-a-board' } });
    expect(decodeBoardText(link.slice(0, -40))).toMatchObject({ ok: false, error: { code: 'link-cut-short' } });
    expect(decodeBoardText('just some words')).toMatchObject({ ok: false, error: { code: 'not-json' } });
  });
});

describe('templates', () => {
  const dir = join(__dirname, '../../templates');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];

  it('exist, so the round trips below run on every one of them', () => {
    expect(files, `no templates/*.json in ${dir}`).not.toEqual([]);
  });

  it.each(files)('%s opens and survives JSON, PNG, SVG and link round trips', (file) => {
    const opened = decodeBoardFile(readFileSync(join(dir, file)), file);
    if (!opened.ok) throw new Error(`${file}: ${opened.error.message}`);
    expect(opened.repairs).toEqual([]);
    const template = opened.board;
    const encoded = encodings(template);
    expectBoard(decodeBoardFile(encoded.json), template);
    expectBoard(decodeBoardFile(encoded.png), template);
    expectBoard(decodeBoardFile(encoded.svg), template);
    expectBoard(decodeBoardText(encoded.link), template);
    expect(checkLinkLength(encoded.link)).toBeNull();
  });
});
