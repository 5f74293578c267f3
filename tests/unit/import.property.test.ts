// Property tests: whatever bytes or text arrive, the importers never throw, and they return either a board that
// passes BoardSchema or an error with a known code and a message. Mutations start from valid files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoardSchema, boardToJson, createBoard, createEdge, createNode, serializeBoard, type Board } from '../../src/domain/board';
import { decodeBoardFile, decodeBoardText, type ImportError, type ImportResult } from '../../src/io/board-codec';
import { embedBoardInPng, extractBoardFromPng } from '../../src/io/png-chunk';
import { boardToLink, linkToBoard } from '../../src/io/share-link';
import { embedBoardInSvg } from '../../src/io/svg-metadata';
import v1Fixture from '../fixtures/board-v1.json';
import { everyKindBoard } from '../fixtures/io/every-kind-board';
import { pngChunks, tinyPng } from '../fixtures/io/tiny-png';

const RUNS = 1000;

// A Record over the code union: the compiler fails here if a code is added without being listed.
const KNOWN_CODES: Record<ImportError['code'], true> = {
  'not-json': true, 'not-a-board': true, 'too-new': true, 'bad-version': true, 'bad-structure': true, 'too-large': true,
  'unsupported-file': true, 'png-damaged': true, 'png-no-board': true, 'svg-no-board': true, 'board-damaged': true,
  'board-too-new': true, 'link-not-a-board': true, 'link-cut-short': true, 'link-too-new': true, 'link-too-long': true,
};

function expectWellFormed(result: ImportResult): void {
  if (result.ok) {
    const parsed = BoardSchema.safeParse(result.board);
    if (!parsed.success) throw new Error(`Imported board fails the schema: ${parsed.error.message}`);
    expect(result.repairs.every((r) => typeof r === 'string' && r.length > 0)).toBe(true);
  } else {
    expect(KNOWN_CODES[result.error.code], result.error.code).toBe(true);
    expect(result.error.message.trim()).not.toBe('');
  }
}

/** A checksummed container either gives back exactly the board put in, or an error; never another board. */
function expectOriginalOrError(result: ImportResult, original: Board): void {
  expectWellFormed(result);
  if (result.ok) expect(result.board).toEqual(serializeBoard(original));
}

function smallBoard(): Board {
  const board = createBoard('Small "board" #1');
  const group = { ...createNode('group', { x: 0, y: 0 }, 'Pipeline'), id: 'g' };
  const a = { ...createNode('client', { x: 10, y: 20 }), id: 'a', parentId: 'g' };
  const b = { ...createNode('feature-store', { x: 200, y: 20 }, 'Store\nwith <html>'), id: 'b' };
  const c = { ...createNode('requirements', { x: 400, y: 20 }), id: 'c' };
  board.nodes.push(group, a, b, c);
  board.edges.push({ ...createEdge('a', 'b', 'stream', 'events'), id: 'e1' }, { ...createEdge('b', 'c', 'batch'), id: 'e2' });
  board.edges[1].data.bidirectional = true;
  return board;
}

// ── Structural mutations of a JSON value ───────────────────────────────────────────────────────────────
type Container = Record<string, unknown> | unknown[];
type Slot = { parent: Container; key: string | number };

function slots(value: unknown, out: Slot[] = []): Slot[] {
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      out.push({ parent: value as Container, key: Array.isArray(value) ? Number(key) : key });
      slots(child, out);
    }
  }
  return out;
}

type Mutation = { at: number; op: 'delete' | 'replace' | 'duplicate'; value: unknown };
const mutationArb = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('delete' as const, 'replace' as const, 'duplicate' as const),
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(null, -1, 1e308, '', 'group', 'mlsd-board', [], {}, NaN)),
});

function mutate(value: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(value);
  for (const m of mutations) {
    const all = slots(copy);
    if (all.length === 0) break;
    const { parent, key } = all[m.at % all.length];
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
    } else if (m.op === 'replace') (parent as Record<string | number, unknown>)[key] = m.value;
    else if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
  }
  return copy;
}

// ── Byte and text mutations ────────────────────────────────────────────────────────────────────────────
const flipsArb = fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 6 });

function flipBytes(bytes: Uint8Array, flips: { at: number; value: number }[]): Uint8Array {
  const out = bytes.slice();
  for (const f of flips) if (out.length) out[f.at % out.length] = f.value;
  return out;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('importing JSON never throws and never yields an invalid board', () => {
  const base = JSON.parse(boardToJson(everyKindBoard())) as unknown;
  const small = JSON.parse(boardToJson(smallBoard())) as unknown;

  it('random JSON values, bare and inside a board envelope', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (value, nodes, edges) => {
        expectWellFormed(decodeBoardText(JSON.stringify(value) ?? 'null'));
        expectWellFormed(decodeBoardText(JSON.stringify({ format: 'mlsd-board', version: 2, nodes, edges })));
        expectWellFormed(decodeBoardText(JSON.stringify({ format: 'mlsd-board', version: 1, nodes, edges })));
      }),
      { numRuns: RUNS },
    );
  });

  it('valid board files with keys deleted, values of the wrong type, items duplicated', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(base, small, v1Fixture as unknown),
        fc.array(mutationArb, { minLength: 1, maxLength: 8 }),
        (file, mutations) => {
          expectWellFormed(decodeBoardFile(utf8(JSON.stringify(mutate(file, mutations)))));
        },
      ),
      { numRuns: RUNS },
    );
  }, 15_000); // the every-kind board grows with the catalog: ~4.5 s on a loaded 2-core machine

  it('valid board files truncated or with bytes flipped', () => {
    const files = [base, small, v1Fixture].map((f) => utf8(JSON.stringify(f)));
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.nat(), flipsArb, fc.boolean(), (bytes, cut, flips, truncate) => {
        const mutated = truncate ? bytes.subarray(0, cut % bytes.length) : flipBytes(bytes, flips);
        expectWellFormed(decodeBoardFile(mutated, 'board.json'));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('importing PNGs never throws and never yields another board', () => {
  const board = smallBoard();
  const png = embedBoardInPng(tinyPng(6, 4, { Software: 'fuzz' }), board);
  const chunks = pngChunks(png);
  const join = (parts: Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
    return out;
  };
  const withChunks = (order: number[]) => join([png.subarray(0, 8), ...order.map((i) => png.subarray(chunks[i].start, chunks[i].end))]);

  it('the PNG truncated, or with bytes flipped', () => {
    fc.assert(
      fc.property(fc.nat(), flipsArb, fc.boolean(), (cut, flips, truncate) => {
        const mutated = truncate ? png.subarray(0, cut % png.length) : flipBytes(png, flips);
        expectOriginalOrError(decodeBoardFile(mutated, 'board.png'), board);
      }),
      { numRuns: RUNS },
    );
  });

  it('chunks removed, duplicated or reordered', () => {
    const indexes = chunks.map((_, i) => i);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...indexes), { maxLength: chunks.length + 3 }), (order) => {
        expectOriginalOrError(extractBoardFromPng(withChunks(order)), board);
      }),
      { numRuns: RUNS },
    );
  });

  it('random bytes, with and without the PNG signature', () => {
    const signature = png.subarray(0, 8);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, signed) => {
        const input = signed ? join([signature, bytes]) : bytes;
        expectWellFormed(decodeBoardFile(input));
        expectWellFormed(extractBoardFromPng(input));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('importing links never throws and never yields another board', () => {
  const board = smallBoard();
  const link = boardToLink(board, 'https://mlsd.example/');
  const charArb = fc.oneof(
    fc.constantFrom(...'AZaz09-_.=#&%v'.split('')),
    fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
  );

  it('the link truncated, or with characters changed or inserted', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.record({ at: fc.nat(), char: charArb, insert: fc.boolean() }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (cut, edits, truncate) => {
          let text = link;
          if (truncate) text = link.slice(0, cut % link.length);
          else {
            for (const e of edits) {
              const at = e.at % text.length;
              text = text.slice(0, at) + e.char + text.slice(e.insert ? at : at + 1);
            }
          }
          expectOriginalOrError(linkToBoard(text), board);
          expectWellFormed(decodeBoardText(text));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('random strings, bare, as URLs and as board fragments', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.webUrl(), (text, url) => {
        for (const input of [text, `${url}#${text}`, `${url}#board=${text}`, `#board=v1.${text}`]) {
          expectWellFormed(linkToBoard(input));
          expectWellFormed(decodeBoardText(input));
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('importing SVGs never throws and never yields another board', () => {
  const board = smallBoard();
  const svg = embedBoardInSvg('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>', board);

  it('the SVG truncated, or with characters changed', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 3 }), fc.boolean(), (cut, at, chars, truncate) => {
        const text = truncate ? svg.slice(0, cut % svg.length) : svg.slice(0, at % svg.length) + chars + svg.slice((at % svg.length) + 1);
        expectOriginalOrError(decodeBoardFile(utf8(text), 'board.svg'), board);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the properties can fail', () => {
  it('rejects a board that breaks the schema', () => {
    const broken = { ok: true, board: { ...createBoard(), nodes: [{ id: '' }] }, repairs: [] } as unknown as ImportResult;
    expect(() => expectWellFormed(broken)).toThrow(/fails the schema/);
  });
});
