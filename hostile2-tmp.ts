import { boardToJson, createBoard, createNode } from './src/domain/board';
import { decodeBoardFile, decodeBoardText } from './src/io/board-codec';
import { linkToBoard } from './src/io/share-link';
import { embedBoardInPng } from './src/io/png-chunk';
import { crc32 } from './src/io/crc32';
import { tinyPng, pngChunks } from './tests/fixtures/io/tiny-png';
const t = (label: string, f: () => any) => { const s = performance.now(); f(); console.log(label, Math.round(performance.now() - s), 'ms'); };
const small = createBoard('x'); small.nodes.push({ ...createNode('client', { x: 0, y: 0 }), id: 'a' });
const png = embedBoardInPng(tinyPng(), small); const chunks = pngChunks(png);
const mk = (type: string, data: Uint8Array) => { const out = new Uint8Array(12 + data.length); const v = new DataView(out.buffer); v.setUint32(0, data.length); for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i); out.set(data, 8); v.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length))); return out; };
for (const n of [25_000, 50_000, 100_000, 200_000]) {
  const many = [png.subarray(0, 8), png.subarray(chunks[0].start, chunks[0].end)]; const z = mk('zzZz', new Uint8Array(0)); for (let i = 0; i < n; i++) many.push(z); for (const c of chunks.slice(1)) many.push(png.subarray(c.start, c.end));
  const tz = many.reduce((k, p) => k + p.length, 0); const bz = new Uint8Array(tz); many.reduce((a, p) => (bz.set(p, a), a + p.length), 0);
  t(`png ${n} empty chunks`, () => decodeBoardFile(bz, 'x.png'));
}
for (const n of [5000, 10000, 20000]) {
  const d = createBoard('d'); for (let i = 0; i < n; i++) d.nodes.push({ ...createNode('client', { x: 0, y: 0 }), id: 'x' });
  const j = boardToJson(d); t(`${n} nodes same id`, () => decodeBoardText(j));
  const q = createBoard('q'); for (let i = 0; i < n; i++) q.nodes.push({ ...createNode('group', { x: 1, y: 1 }), id: 'g' + i, ...(i ? { parentId: 'g' + (i - 1) } : {}) });
  const k = boardToJson(q); t(`${n}-deep parent chain`, () => decodeBoardText(k));
  const u = createBoard('u'); for (let i = 0; i < n; i++) u.nodes.push({ ...createNode('client', { x: i, y: 1 }), id: 'c' + i });
  const l = boardToJson(u); t(`${n} plain nodes`, () => decodeBoardText(l));
}
for (const n of [1_000_000, 4_000_000]) t(`fragment ${n} A`, () => linkToBoard('https://m/#board=' + 'A'.repeat(n)));
