import { boardToJson, createBoard, createNode, createEdge } from './src/domain/board';
import { decodeBoardFile, decodeBoardText } from './src/io/board-codec';
import { linkToBoard, boardToLink } from './src/io/share-link';
import { embedBoardInPng } from './src/io/png-chunk';
import { crc32 } from './src/io/crc32';
import { tinyPng, pngChunks } from './tests/fixtures/io/tiny-png';
import { parseFragment } from './src/actions/clipboard';
const t = (label: string, f: () => any) => { const s = performance.now(); let r; try { r = f(); } catch (e) { console.log(label, 'THREW', (e as Error).message); return; } const ms = Math.round(performance.now() - s); console.log(label, ms, 'ms', r && (r.ok ? `ok nodes=${r.board.nodes.length} edges=${r.board.edges.length} repairs=${r.repairs.length} ${r.repairs.slice(0,3).join(' | ')}` : JSON.stringify(r.error ?? r).slice(0, 200))); return r; };
const small = createBoard('x'); small.nodes.push({ ...createNode('client', { x: 0, y: 0 }), id: 'a' });
const link = boardToLink(small, 'https://m/');
t('huge fragment 10MB of A', () => linkToBoard('https://m/#board=' + 'A'.repeat(10_000_000)));
t('huge fragment after valid', () => linkToBoard(link + 'A'.repeat(5_000_000)));
t('huge fragment text junk', () => decodeBoardText('#' + 'x='.repeat(3_000_000)));
t('huge fragment with board=v1.', () => decodeBoardText('#board=v1.' + '9'.repeat(5_000_000)));
t('huge fragment pct', () => decodeBoardText('https://m/#board=' + '%'.repeat(3_000_000)));
// PNG with many chunks
const png = embedBoardInPng(tinyPng(), small);
const chunks = pngChunks(png);
const mk = (type: string, data: Uint8Array) => { const out = new Uint8Array(12 + data.length); const v = new DataView(out.buffer); v.setUint32(0, data.length); for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i); out.set(data, 8); v.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length))); return out; };
const many = [png.subarray(0, 8), png.subarray(chunks[0].start, chunks[0].end)];
const text = mk('tEXt', new TextEncoder().encode('Comment\0hi'));
for (let i = 0; i < 200_000; i++) many.push(text);
for (const c of chunks.slice(1)) many.push(png.subarray(c.start, c.end));
const total = many.reduce((n, p) => n + p.length, 0); const buf = new Uint8Array(total); many.reduce((a, p) => (buf.set(p, a), a + p.length), 0);
t(`png 200k tEXt chunks (${(total/1e6).toFixed(1)} MB)`, () => decodeBoardFile(buf, 'x.png'));
const zero = [png.subarray(0, 8), png.subarray(chunks[0].start, chunks[0].end)]; const z = mk('zzZz', new Uint8Array(0)); for (let i = 0; i < 500_000; i++) zero.push(z); for (const c of chunks.slice(1)) zero.push(png.subarray(c.start, c.end));
const tz = zero.reduce((n, p) => n + p.length, 0); const bz = new Uint8Array(tz); zero.reduce((a, p) => (bz.set(p, a), a + p.length), 0);
t(`png 500k empty chunks (${(tz/1e6).toFixed(1)} MB)`, () => decodeBoardFile(bz, 'x.png'));
// many board chunks
const mb = [png.subarray(0, 8), png.subarray(chunks[0].start, chunks[0].end)]; const boardChunk = chunks.find(c => c.type !== 'IHDR' && c.type !== 'IDAT' && c.type !== 'IEND')!; for (let i = 0; i < 20000; i++) mb.push(png.subarray(boardChunk.start, boardChunk.end)); for (const c of chunks.slice(1)) mb.push(png.subarray(c.start, c.end));
const tb = mb.reduce((n, p) => n + p.length, 0); const bb = new Uint8Array(tb); mb.reduce((a, p) => (bb.set(p, a), a + p.length), 0);
t(`png 20k board chunks ${boardChunk.type}`, () => decodeBoardFile(bb, 'x.png'));
// 10k edges to missing nodes
const b = createBoard('m'); b.nodes.push({ ...createNode('client', { x: 0, y: 0 }), id: 'a' });
for (let i = 0; i < 10000; i++) b.edges.push({ ...createEdge('a', 'missing' + i), id: 'e' + i });
t('10k edges to missing nodes', () => decodeBoardText(boardToJson(b)));
// colliding ids
const c = createBoard('c');
for (let i = 0; i < 5; i++) c.nodes.push({ ...createNode('client', { x: i * 100, y: 0 }), id: 'same' });
c.nodes.push({ ...createNode('group', { x: 0, y: 0 }), id: 'g', parentId: 'g' });
c.nodes.push({ ...createNode('group', { x: 0, y: 0 }), id: 'g2', parentId: 'g3' }, { ...createNode('group', { x: 0, y: 0 }), id: 'g3', parentId: 'g2' });
c.nodes.push({ ...createNode('client', { x: 0, y: 0 }), id: 'e1' });
c.edges.push({ ...createEdge('same', 'same'), id: 'e1' }, { ...createEdge('same', 'e1'), id: 'e1' }, { ...createEdge('same', 'e1'), id: 'same' });
const r = t('colliding ids', () => decodeBoardText(boardToJson(c)));
if (r?.ok) { console.log(r.repairs); console.log(r.board.nodes.map((n: any) => n.id + (n.parentId ? '<' + n.parentId : '')).join(' '), '|', r.board.edges.map((e: any) => `${e.id}:${e.source}->${e.target}`).join(' ')); }
// 10k duplicate ids
const d = createBoard('d'); for (let i = 0; i < 20000; i++) d.nodes.push({ ...createNode('client', { x: 0, y: 0 }), id: 'x' });
t('20k nodes same id', () => decodeBoardText(boardToJson(d)));
// id = __proto__
const p = createBoard('p'); p.nodes.push({ ...createNode('client', { x: 0, y: 0 }), id: '__proto__' }, { ...createNode('client', { x: 0, y: 0 }), id: 'constructor' }); p.edges.push({ ...createEdge('__proto__', 'constructor'), id: 'toString' });
const rp = t('proto ids', () => decodeBoardText(boardToJson(p)));
// deep parent chain 20k
const q = createBoard('q'); for (let i = 0; i < 20000; i++) q.nodes.push({ ...createNode('group', { x: 1, y: 1 }), id: 'g' + i, ...(i ? { parentId: 'g' + (i - 1) } : {}) });
t('20k-deep parent chain', () => decodeBoardText(boardToJson(q)));
// paste fragment deep chain
t('fragment 20k-deep parent chain', () => { const f = parseFragment(JSON.stringify({ format: 'mlsd-fragment', version: 2, nodes: q.nodes, edges: [] })); return f && 'fragment' in f ? { ok: true, board: { nodes: f.fragment.nodes, edges: f.fragment.edges }, repairs: f.repairs } : f; });
