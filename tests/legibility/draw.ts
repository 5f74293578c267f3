// Draws boards after auto-layout, routed as the canvas routes them, to SVG files for a quick look: node boxes,
// pipeline boxes, arrows (with heads), labels. Run: npx tsx tests/legibility/draw.ts OUT_DIR [name-filter]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parseBoardText, type Board } from '../../src/domain/board';
import { layoutBoard } from '../../src/domain/layout';
import type { Scene } from '../../src/domain/routing/measures';
import { buildTemplate } from '../../templates/src/build-template';
import { TEMPLATE_SPECS } from '../../templates/src/index';
import { PROBLEMS } from '../fixtures/validate/problems';
import { routed } from './scenes';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function svgOf(scene: Scene, board: Board): string {
  const label = new Map(board.nodes.map((n) => [n.id, String(n.data.label ?? '')]));
  const edgeLabel = new Map(board.edges.map((e) => [e.id, e.data.label]));
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const grow = (x: number, y: number) => { minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y); };
  for (const n of scene.nodes) { grow(n.box.x, n.box.y); grow(n.box.x + n.box.width, n.box.y + n.box.height); }
  for (const e of scene.edges) for (const p of e.points) grow(p.x, p.y);
  const pad = 20;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${minX - pad} ${minY - pad} ${maxX - minX + 2 * pad} ${maxY - minY + 2 * pad}" width="${Math.round(maxX - minX + 2 * pad)}" height="${Math.round(maxY - minY + 2 * pad)}" font-family="sans-serif">`);
  out.push('<defs><marker id="h" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#333"/></marker></defs>');
  out.push(`<rect x="${minX - pad}" y="${minY - pad}" width="${maxX - minX + 2 * pad}" height="${maxY - minY + 2 * pad}" fill="white"/>`);
  for (const n of scene.nodes.filter((n) => n.group)) {
    out.push(`<rect x="${n.box.x}" y="${n.box.y}" width="${n.box.width}" height="${n.box.height}" fill="#eef3ff" stroke="#88a" rx="8"/>`);
    out.push(`<text x="${n.box.x + 10}" y="${n.box.y + 20}" font-size="14" font-weight="bold" fill="#446">${esc(label.get(n.id)!)}</text>`);
  }
  for (const n of scene.nodes.filter((n) => !n.group)) {
    out.push(`<rect x="${n.box.x}" y="${n.box.y}" width="${n.box.width}" height="${n.box.height}" fill="#fff" stroke="#333" rx="6"/>`);
    out.push(`<text x="${n.box.x + n.box.width / 2}" y="${n.box.y + n.box.height / 2 + 5}" font-size="13" text-anchor="middle">${esc(label.get(n.id)!)}</text>`);
  }
  for (const e of scene.edges) {
    out.push(`<polyline points="${e.points.map((p) => `${p.x},${p.y}`).join(' ')}" fill="none" stroke="#c33" stroke-width="1.5" marker-end="url(#h)"/>`);
    if (e.label) {
      out.push(`<rect x="${e.label.x}" y="${e.label.y}" width="${e.label.width}" height="${e.label.height}" fill="#ffd" stroke="#aa8" rx="4"/>`);
      out.push(`<text x="${e.label.x + e.label.width / 2}" y="${e.label.y + e.label.height / 2 + 4}" font-size="11" text-anchor="middle">${esc(edgeLabel.get(e.id) ?? '')}</text>`);
    }
  }
  out.push('</svg>');
  return out.join('\n');
}

const load = (path: string): Board => {
  const r = parseBoardText(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.board;
};

const dir = new URL('../fixtures/review/', import.meta.url);
const boards = [
  ...readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => ({ name: f.replace(/\.mlsd\.json$/, ''), board: load(new URL(f, dir).pathname) })),
  ...TEMPLATE_SPECS.map((s) => ({ name: s.id, board: buildTemplate(s) })),
  ...PROBLEMS.flatMap((p) => [{ name: p.name, board: p.good() }, ...(p.alternative ? [{ name: `${p.name} (2)`, board: p.alternative() }] : [])]),
];
const [outDir, filter] = process.argv[1]?.endsWith('draw.ts') ? process.argv.slice(2) : [];
for (const { name, board } of outDir ? boards : []) {
  if (filter && !name.includes(filter)) continue;
  const laid = layoutBoard(board, { direction: 'LR' });
  writeFileSync(`${outDir}/${name.replace(/\W+/g, '-')}.svg`, svgOf(await routed(laid), laid));
}
