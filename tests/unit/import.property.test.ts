// Property tests: whatever bytes or text arrive, the importers never throw, and they return either a board that
// passes BoardSchema or an error with a known code and a message. Mutations start from valid files.
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseFragment } from '../../src/actions/clipboard';
import { boardToJson, createBoard, createEdge, createNode, MAX_COORDINATE, MAX_SIZE, parseBoardText, serializeBoard, type Board } from '../../src/domain/board';
import { BoardSchema } from '../../src/domain/board/schema';
import { bytesToBase64url } from '../../src/io/base64url';
import { decodeBoardFile, decodeBoardText, type ImportError, type ImportResult } from '../../src/io/board-codec';
import { crc32 } from '../../src/io/crc32';
import { embedBoardInPng, extractBoardFromPng } from '../../src/io/png-chunk';
import { boardToLink, linkToBoard } from '../../src/io/share-link';
import { embedBoardInSvg, extractBoardFromSvg } from '../../src/io/svg-metadata';
import { xmlSafeText } from '../../src/io/xml-scan';
import v1Fixture from '../fixtures/board-v1.json';
import { everyKindBoard } from '../fixtures/io/every-kind-board';
import { pngChunks, tinyPng } from '../fixtures/io/tiny-png';

const RUNS = 1000;
// A thousand runs take a few seconds, more on a busy machine: a generous bound, still far below "never returns".
const PROPERTY_TIMEOUT_MS = 60_000;

// A Record over the code union: the compiler fails here if a code is added without being listed.
const KNOWN_CODES: Record<ImportError['code'], true> = {
  'not-json': true, 'not-a-board': true, 'too-new': true, 'bad-version': true, 'bad-structure': true, 'too-large': true,
  'unsupported-file': true, 'empty-file': true, 'png-damaged': true, 'png-no-board': true, 'svg-no-board': true, 'board-damaged': true,
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

describe('importing JSON never throws and never yields an invalid board', { timeout: PROPERTY_TIMEOUT_MS }, () => {
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

describe('importing PNGs never throws and never yields another board', { timeout: PROPERTY_TIMEOUT_MS }, () => {
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

describe('importing links never throws and never yields another board', { timeout: PROPERTY_TIMEOUT_MS }, () => {
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

describe('importing SVGs never throws and never yields another board', { timeout: PROPERTY_TIMEOUT_MS }, () => {
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

// ── Hostile shapes: what froze the tab or stopped a board from saving ─────────────────────────────────
// Comment runs and repeated tag prefixes (backtracking regular expressions), deep nesting (JSON.stringify and
// IndexedDB give up), huge and non-finite numbers (a canvas that shows nothing), control characters and lone
// surrogates (XML and encodeURIComponent give up). Inputs go up to tens of thousands of repeats: a parser slower
// than linear would not finish within the test's time.
const HOSTILE_RUNS = 60;

const awkwardChar = fc.constantFrom('\v', '\f', '\u0000', '\u0007', '\u001f', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF', '<', '&', '"', ']]>', '😀', 'é');
const awkwardText = fc.array(fc.oneof(awkwardChar, fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join(''));
const numberText = fc.constantFrom('0', '-0', '12.5', '1e15', '-1e15', '5e307', '1e308', '-1e308', '1e999', '-1e999', '1e-320', '"12"', 'null', 'true');
const repeats = fc.integer({ min: 0, max: 20_000 });

/** JSON text nested `depth` levels deep, written out (JSON.stringify itself cannot go that deep). */
const deepText = (depth: number, open: '{' | '[') => (open === '{' ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}1${']'.repeat(depth)}`);

const hostileBoardArb = fc.record({
  name: awkwardText, label: awkwardText, notes: awkwardText, field: awkwardText, edgeLabel: awkwardText,
  x: numberText, y: numberText, width: numberText, height: numberText,
  depth: repeats, open: fc.constantFrom('{' as const, '[' as const),
  extraKey: fc.constantFrom('deep', '__proto__', 'constructor', 'label2'),
});
type HostileBoard = typeof hostileBoardArb extends fc.Arbitrary<infer T> ? T : never;

/** A board file as text, with the hostile pieces in every place a file can put them. */
function hostileBoardText(h: HostileBoard, format = 'mlsd-board'): string {
  const str = JSON.stringify;
  const deep = deepText(h.depth, h.open);
  return `{"format":${str(format)},"version":2,"id":"b","name":${str(h.name)},"${h.extraKey}":${deep},"nodes":[` +
    `{"id":"g","type":"group","position":{"x":${h.y},"y":${h.x}},"width":${h.width},"height":${h.height},"data":{"label":${str(h.label)}}},` +
    `{"id":"a","type":"requirements","parentId":"g","position":{"x":${h.x},"y":${h.y}},"width":${h.height},` +
    `"data":{"label":${str(h.label)},"notes":${str(h.notes)},"fields":{"businessObjective":${str(h.field)},"n":${h.x}},"${h.extraKey}":${deep}}}],` +
    `"edges":[{"id":"e","source":"a","target":"g","data":{"label":${str(h.edgeLabel)},"${h.extraKey}":${deep}}}]}`;
}

/** Any text packed as MLSD Board packs a board (packed-board.ts), so hostile JSON can ride inside PNG, SVG and links. */
function packText(json: string): string {
  const bytes = new TextEncoder().encode(json);
  return `v1.${bytes.length}.${crc32(bytes).toString(16).padStart(8, '0')}.${bytesToBase64url(deflateSync(bytes))}`;
}

// jsdom only for its XML parser (it ships no types): the code under test runs without a DOM.
type Jsdom = { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };
const jsdomModule = 'jsdom';
const { DOMParser: XmlParser } = new ((await import(jsdomModule)) as Jsdom).JSDOM('').window;
function expectWellFormedXml(text: string): void {
  const doc = new XmlParser().parseFromString(text, 'image/svg+xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error(`not well-formed XML: ${text.slice(0, 200)}`);
}
const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Bounded time, asserted per call: each importer answers these inputs (up to a few MB) in well under a second on a
 * quiet machine; the bound leaves room for a loaded one, and a parser slower than linear fails it by far.
 */
const CALL_BOUND_MS = 5000;
function timed<T>(run: () => T): T {
  const started = performance.now();
  const result = run();
  expect(performance.now() - started).toBeLessThan(CALL_BOUND_MS);
  return result;
}

/** An SVG with every text of the board in it, as the image export writes it (xmlSafeText, then the board inside). */
function exportSvg(board: Board): string {
  const texts = [board.name, ...board.nodes.flatMap((n) => [n.data.label, n.data.notes, ...Object.values(n.data.fields)]), ...board.edges.map((e) => e.data.label)];
  const body = texts.map((t) => `<text title="${escapeXml(xmlSafeText(t))}">${escapeXml(xmlSafeText(t))}</text>`).join('');
  return embedBoardInSvg(`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`, board);
}

/**
 * A board an importer accepted is bounded (positions, sizes), can be written as JSON and stored (structured clone, as
 * IndexedDB does), exported as a well-formed SVG and as a PNG, and every way back in gives the same board again.
 */
function expectRoundTrips(result: ImportResult): void {
  expectWellFormed(result);
  if (!result.ok) return;
  const board = result.board;
  for (const n of board.nodes) {
    expect(Math.abs(n.position.x)).toBeLessThanOrEqual(MAX_COORDINATE);
    expect(Math.abs(n.position.y)).toBeLessThanOrEqual(MAX_COORDINATE);
    for (const size of [n.width, n.height]) if (size !== undefined) expect(size).toBeLessThanOrEqual(MAX_SIZE);
  }
  const saved = serializeBoard(board);
  const json = boardToJson(board);
  expect(structuredClone(saved)).toEqual(saved);
  const again = parseBoardText(json);
  expect(again.ok && again.repairs).toEqual([]);
  expect(again.ok && again.board).toEqual(saved);
  const svg = exportSvg(board);
  expectWellFormedXml(svg);
  expect(extractBoardFromSvg(svg)).toEqual({ ok: true, board: saved, repairs: [] });
  expect(extractBoardFromPng(embedBoardInPng(tinyPng(), board))).toEqual({ ok: true, board: saved, repairs: [] });
  expect(linkToBoard(boardToLink(board, 'https://mlsd.example/'))).toEqual({ ok: true, board: saved, repairs: [] });
}

describe('hostile input: every importer returns, never throws, and what it accepts round-trips', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('JSON files and pasted board JSON', () => {
    fc.assert(
      fc.property(hostileBoardArb, (h) => {
        const text = hostileBoardText(h);
        expectRoundTrips(timed(() => decodeBoardText(text)));
        expectRoundTrips(timed(() => decodeBoardFile(utf8(text), 'board.json')));
      }),
      { numRuns: HOSTILE_RUNS },
    );
  });

  it('PNGs with a hostile board inside, and text files named .png', () => {
    fc.assert(
      fc.property(hostileBoardArb, awkwardText, (h, text) => {
        const png = tinyPng(2, 2, { 'mlsd-board': packText(hostileBoardText(h)) });
        expectRoundTrips(timed(() => decodeBoardFile(png, 'board.png')));
        const renamed = timed(() => decodeBoardFile(utf8(text), 'photo.png'));
        expectWellFormed(renamed);
        expect(renamed.ok).toBe(false);
      }),
      { numRuns: HOSTILE_RUNS },
    );
  });

  it('SVGs: comment runs, repeated tag prefixes, a hostile board inside', () => {
    const svgText = fc.oneof(
      fc.tuple(repeats, fc.string({ maxLength: 2 })).map(([n, tail]) => `${'<!---->'.repeat(n)}${tail}`),
      fc.tuple(repeats, awkwardChar).map(([n, c]) => `<?xml version="1.0"?>${'<!---->'.repeat(n)}${c}`),
      fc.tuple(repeats, fc.constantFrom('<metadata ', '<metadata id="mlsd-board">', '<svg ', '</metadata ', '<!--', '<?xml ')).map(([n, tag]) => `<svg>${tag.repeat(n)}`),
      fc.tuple(repeats, fc.constantFrom('<svg', '<SVG ', '<!DOCTYPE svg>')).map(([n, tag]) => tag.repeat(n)),
    );
    fc.assert(
      fc.property(svgText, hostileBoardArb, (text, h) => {
        expectRoundTrips(timed(() => decodeBoardFile(utf8(text), 'image.svg')));
        expectRoundTrips(timed(() => decodeBoardText(text)));
        const inside = `<svg xmlns="http://www.w3.org/2000/svg"><metadata id="mlsd-board">${packText(hostileBoardText(h))}</metadata></svg>`;
        expectRoundTrips(timed(() => decodeBoardFile(utf8(inside), 'board.svg')));
      }),
      { numRuns: HOSTILE_RUNS },
    );
  });

  it('links with a hostile board inside, and hostile link text', () => {
    fc.assert(
      fc.property(hostileBoardArb, repeats, awkwardText, (h, n, text) => {
        expectRoundTrips(timed(() => linkToBoard(`https://mlsd.example/#board=${packText(hostileBoardText(h))}`)));
        expectRoundTrips(timed(() => decodeBoardText(`#${'board=&'.repeat(n % 5000)}board=${text}`)));
        expectRoundTrips(timed(() => decodeBoardText(`https://x/#${'&'.repeat(n)}${text}`)));
      }),
      { numRuns: HOSTILE_RUNS },
    );
  });

  it('pasted pieces of a board', () => {
    fc.assert(
      fc.property(hostileBoardArb, (h) => {
        const parsed = timed(() => parseFragment(hostileBoardText(h, 'mlsd-fragment')));
        expect(parsed).not.toBeNull();
        if (!parsed || 'error' in parsed) return;
        const board: Board = { ...createBoard('Pasted'), nodes: parsed.fragment.nodes, edges: parsed.fragment.edges };
        expectRoundTrips({ ok: true, board, repairs: parsed.repairs });
      }),
      { numRuns: HOSTILE_RUNS },
    );
  });
});

// ── More hostile shapes, beyond the list ─────────────────────────────────────────────────────────
describe('more hostile shapes: colliding ids, many PNG chunks, huge link fragments, edges to nowhere', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  /** Every id once, every edge between two nodes there, every parent a group there, no loop of groups. */
  function expectConsistent(result: ImportResult): void {
    if (!result.ok) return;
    const { nodes, edges } = result.board;
    const ids = new Set(nodes.map((n) => n.id));
    expect(ids.size).toBe(nodes.length);
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target), `${e.id}: ${e.source} → ${e.target}`).toBe(true);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    nodes.forEach((n, i) => {
      const parent = n.parentId === undefined ? undefined : byId.get(n.parentId);
      if (n.parentId === undefined) return;
      expect(parent?.type).toBe('group');
      expect(nodes.indexOf(parent!)).toBeLessThan(i); // parents first, hence no loop
    });
  }

  it('boards whose node, edge and group ids collide (with each other and with Object.prototype names)', () => {
    const id = fc.constantFrom('a', 'b', 'g', '__proto__', 'constructor', 'toString', '', 'e');
    const nodeArb = fc.record({ id, type: fc.constantFrom('client', 'group', 'cache'), parentId: fc.option(id, { nil: undefined }), x: fc.integer(), y: fc.integer() });
    const edgeArb = fc.record({ id, source: id, target: id });
    fc.assert(
      fc.property(fc.array(nodeArb, { maxLength: 12 }), fc.array(edgeArb, { maxLength: 12 }), (nodes, edges) => {
        const file = {
          format: 'mlsd-board', version: 2, id: 'b', name: 'ids',
          nodes: nodes.map((n) => ({ id: n.id, type: n.type, ...(n.parentId === undefined ? {} : { parentId: n.parentId }), position: { x: n.x, y: n.y }, data: { label: n.id } })),
          edges: edges.map((e) => ({ ...e, data: { kind: 'request' } })),
        };
        const result = timed(() => decodeBoardText(JSON.stringify(file)));
        expectRoundTrips(result);
        expectConsistent(result);
      }),
      { numRuns: 200 },
    );
  });

  it('a PNG with thousands of extra chunks before and after the board', () => {
    const board = smallBoard();
    const png = embedBoardInPng(tinyPng(3, 2), board);
    const chunks = pngChunks(png);
    const chunk = (type: string, data: Uint8Array) => {
      const out = new Uint8Array(12 + data.length);
      const view = new DataView(out.buffer);
      view.setUint32(0, data.length);
      out.set(new TextEncoder().encode(type), 4);
      out.set(data, 8);
      view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
      return out;
    };
    const extra = fc.constantFrom(chunk('tEXt', utf8('Comment\u0000hi')), chunk('zzZz', new Uint8Array(0)), chunk('tEXt', utf8('mlsd-boar\u0000x')), chunk('iTXt', utf8('mlsd-board\u0000\u0000\u0000\u0000\u0000x')));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 5000 }), extra, (before, after, filler) => {
        const parts = [png.subarray(0, 8), png.subarray(chunks[0].start, chunks[0].end), ...Array<Uint8Array>(before).fill(filler)];
        for (const c of chunks.slice(1, -1)) parts.push(png.subarray(c.start, c.end));
        parts.push(...Array<Uint8Array>(after).fill(filler), png.subarray(chunks[chunks.length - 1].start));
        const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
        parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
        const result = timed(() => decodeBoardFile(bytes, 'many-chunks.png'));
        expectOriginalOrError(result, board);
        expect(result.ok).toBe(true);
      }),
      { numRuns: 20 },
    );
  });

  it('a link whose fragment is megabytes long answers with a message', () => {
    const link = boardToLink(smallBoard(), 'https://mlsd.example/');
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 2_000_000 }), fc.constantFrom('A', '%', '=', '&board=', '.'), fc.boolean(), (n, unit, afterValid) => {
        const text = afterValid ? `${link}&${unit.repeat(n / unit.length)}` : `https://mlsd.example/#board=${unit.repeat(n / unit.length)}`;
        const result = timed(() => decodeBoardText(text));
        expectWellFormed(result);
        expectRoundTrips(result);
      }),
      { numRuns: 20 },
    );
  });

  it('a file of 10,000 edges to missing nodes opens with the edges dropped and one line of summary', async () => {
    const board = smallBoard();
    for (let i = 0; i < 10_000; i++) board.edges.push({ ...createEdge('a', `missing-${i}`), id: `x${i}` });
    const result = timed(() => decodeBoardText(boardToJson(board)));
    expectRoundTrips(result);
    expect(result.ok && result.board.edges.map((e) => e.id)).toEqual(['e1', 'e2']);
    const { summariseRepairs } = await import('../../src/io/board-codec');
    expect(result.ok && summariseRepairs(result.repairs)).toBe('10,000 items repaired: 10,000 edges with a missing end dropped');
  });
});

describe('the properties can fail', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('rejects a board that does not round-trip or breaks XML', () => {
    const far = { ...createBoard(), nodes: [{ ...createNode('client', { x: 5e307, y: 0 }), id: 'a' }] };
    expect(() => expectRoundTrips({ ok: true, board: far, repairs: [] })).toThrow();
    expect(() => expectWellFormedXml('<svg>\v</svg>')).toThrow(/not well-formed/);
  });

  it('rejects a board that breaks the schema', () => {
    const broken = { ok: true, board: { ...createBoard(), nodes: [{ id: '' }] }, repairs: [] } as unknown as ImportResult;
    expect(() => expectWellFormed(broken)).toThrow(/fails the schema/);
  });
});
