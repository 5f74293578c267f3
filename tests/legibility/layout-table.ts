// Per-board figures of auto-layout in both directions: fit-view zoom on a laptop (1440 x 860), a tablet (1024 x 768)
// and a phone (390 x 844), every legibility measure after routing, crossings, arrows pointing back (for a
// top-to-bottom layout: pointing up), the board's area and the layout's CPU time.
// Run: npx tsx tests/legibility/layout-table.ts [LR|TB] [--md] [name-filter]
import { layoutBoard, type LayoutDirection } from '../../src/domain/layout';
import { measureLegibility, summarize } from '../../src/domain/routing/measures';
import { sceneNodes } from '../../src/domain/routing/scene';
import { layoutBoards } from './boards';
import { routed } from './scenes';

const SCREENS = { laptop: [1440, 860], tablet: [1024, 768], phone: [390, 844] } as const;
const args = process.argv.slice(2);
const directions = (['LR', 'TB'] as const).filter((d) => !args.some((a) => a === 'LR' || a === 'TB') || args.includes(d));
const filter = args.find((a) => !a.startsWith('--') && a !== 'LR' && a !== 'TB') ?? '';
const md = args.includes('--md');

const cpuMs = (f: () => void) => {
  const before = process.cpuUsage();
  f();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
};

if (md) console.log('| board | dir | laptop | tablet | phone | size (px) | crossings | pointing back | other measures | layout ms |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const totals = new Map<string, { boards: number; crossings: number; back: number; failing: number; minZoom: number; readable: number }>();
for (const { name, set, board } of layoutBoards().filter((b) => b.name.includes(filter))) {
  for (const direction of directions as LayoutDirection[]) {
    let laid = layoutBoard(board, { direction });
    const ms = Math.min(...[0, 1, 2].map(() => cpuMs(() => (laid = layoutBoard(board, { direction })))));
    const nodes = sceneNodes(laid);
    const top = nodes.filter((n) => n.parentId === undefined).map((n) => n.box);
    const width = Math.max(...top.map((b) => b.x + b.width)) - Math.min(...top.map((b) => b.x));
    const height = Math.max(...top.map((b) => b.y + b.height)) - Math.min(...top.map((b) => b.y));
    const zoom = Object.fromEntries(Object.entries(SCREENS).map(([k, [w, h]]) => [k, Math.min(1, w / width, h / height)]));
    const scene = await routed(laid);
    const l = measureLegibility(scene, direction);
    const s = summarize(l);
    const { crossings, backwardArrows: back, ...rest } = s;
    const failing = Object.values(rest).reduce((a, b) => a + b, 0);
    const key = `${set} ${direction}`;
    const t = totals.get(key) ?? { boards: 0, crossings: 0, back: 0, failing: 0, minZoom: 1, readable: 0 };
    totals.set(key, { boards: t.boards + 1, crossings: t.crossings + crossings, back: t.back + back, failing: t.failing + failing,
      minZoom: Math.min(t.minZoom, zoom.laptop), readable: t.readable + (zoom.laptop >= 0.5 ? 1 : 0) });
    const f = (z: number) => z.toFixed(2);
    if (md) console.log(`| ${name} | ${direction} | ${f(zoom.laptop)} | ${f(zoom.tablet)} | ${f(zoom.phone)} | ${width} x ${height} | ${crossings} | ${back} | ${failing || 0} | ${ms.toFixed(0)} |`);
    else console.log(name.padEnd(34), direction, `zoom ${f(zoom.laptop)} ${f(zoom.tablet)} ${f(zoom.phone)}`, `${width}x${height}`.padEnd(10),
      `cross ${crossings} back ${back} other ${failing}`, `${ms.toFixed(0)}ms`, failing ? JSON.stringify(rest) : '', back ? l.backwardArrows.join(', ') : '');
  }
}
for (const [key, t] of totals) console.log(`${key}: ${t.boards} boards, laptop zoom >= 0.5 on ${t.readable}, lowest ${t.minZoom.toFixed(2)}; crossings ${t.crossings}, pointing back ${t.back}, other measures ${t.failing}`);
