// Builds of the app side by side with bare React Flow on the same generated board: the main-thread CPU time of a
// drag, pan or zoom per move (as the bench measures it), runs alternating between the pages so a busy machine slows
// all alike, each figure the median of the runs (script, layout and style medians beside it); then one traced
// gesture per page for counts that load does not change: paints, compositor updates (layerization) and layouts per
// move. Not part of `npm run bench`: a tool for comparing a change with what it replaced (docs/benchmarks.md).
// Usage: npx tsx tests/bench/compare-gesture.ts [--after-drag] <drag|pan|zoom> <nodes> <runs> <app-dist>... (bare: the bench's bare build)
//   --after-drag drags the node once on every page first, as the bench does before a pan or zoom (the node then stays
//   selected in the app).
//   an app-dist may carry a stylesheet, `<app-dist>::<css>`, to see what a part costs beside the same build without it
//   (e.g. 'dist::.react-flow__minimap{display:none}'), and a script run in the page once it is open,
//   `<app-dist>::<css>::<js>` (a DOM change tried before building it).
import { loadavg } from 'node:os';
import type { Metrics } from './browser';
import { BARE_OUT_DIR } from './build';
import { launch, sleep } from './browser';
import { generateBoard } from './generate-board';
import { measure, MOVES, openApp, openBare, type Canvas, type Gesture } from './gestures';
import { serve } from './serve';
import { median } from './types';

const afterDrag = process.argv.includes('--after-drag');
if (afterDrag) process.argv.splice(process.argv.indexOf('--after-drag'), 1);
const [gesture, count = '100', runCount = '5', ...dists] = process.argv.slice(2) as [Gesture, ...string[]];
if (!MOVES[gesture] || !dists.length) throw new Error('Usage: npx tsx tests/bench/compare-gesture.ts <drag|pan|zoom> <nodes> <runs> <app-dist>...');
const board = generateBoard(Number(count));
const browser = await launch();
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
type Page = { name: string; canvas: Canvas; close: () => Promise<void>; runs: Metrics[] };
const pages: Page[] = [];
let first: Awaited<ReturnType<typeof openApp>> | undefined;
for (const arg of dists) {
  const [dist, css, js] = arg.split('::');
  const server = await serve(dist);
  const app = await openApp(browser, server.url, board);
  if (css) await app.canvas.page.addStyleTag({ content: css });
  if (js) await app.canvas.page.evaluate(js);
  first ??= app;
  pages.push({ name: arg, canvas: app.canvas, runs: [], close: async () => (await app.context.close(), await server.close()) });
}
{
  const server = await serve(BARE_OUT_DIR);
  const bare = await openBare(browser, server.url, board, first!.pane, first!.view, first!.index);
  pages.push({ name: 'bare React Flow', canvas: bare.canvas, runs: [], close: async () => (await bare.context.close(), await server.close()) });
}
if (afterDrag) for (const page of pages) await measure(page.canvas, 'drag', false);
console.log(`${gesture}${afterDrag ? ' after a drag' : ''}, ${count} nodes, ${runCount} runs; load average at start: ${load()}`);
for (let run = 0; run <= Number(runCount); run++) {
  for (const page of run % 2 ? [...pages].reverse() : pages) {
    // A drag on a board the app routes is checked to have drawn routes mid-drag (measure throws if not).
    const m = await measure(page.canvas, gesture, run % 2 === 1, gesture === 'drag' ? [] : undefined);
    if (run > 0) page.runs.push(m); // run 0 warms up the gesture's code paths
  }
}
console.log(`load average at end: ${load()}`);

/** One traced gesture: paints, compositor updates (and their CPU time) and layouts, per move. */
async function counts(canvas: Canvas) {
  const cdp = await canvas.page.context().newCDPSession(canvas.page);
  const events: { name: string; ph: string; tdur?: number }[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'blink,cc,devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await measure(canvas, gesture, false);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const per = MOVES[gesture];
  const of = (name: string) => events.filter((e) => e.ph === 'X' && e.name === name);
  const updates = of('PaintArtifactCompositor::Update');
  return {
    paints: of('Paint').length / per,
    updates: updates.length / per,
    updateMs: updates.reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000 / per,
    layouts: of('Layout').length / per,
  };
}
const med = (runs: Metrics[], key: keyof Metrics) => median(runs.map((m) => m[key]));
const bare = med(pages.at(-1)!.runs, 'task');
for (const page of pages) {
  const c = await counts(page.canvas);
  await sleep(300);
  const m = med(page.runs, 'task');
  console.log(`${page.name}\n  ${gesture}, per move: median ${m.toFixed(2)} ms, ${(m / bare).toFixed(2)} x bare (runs ${page.runs.map((v) => v.task.toFixed(1)).join(', ')})`);
  console.log(`  of which script ${med(page.runs, 'script').toFixed(2)}, layout ${med(page.runs, 'layout').toFixed(2)}, style ${med(page.runs, 'style').toFixed(2)} ms`);
  console.log(`  traced, per move: ${c.paints.toFixed(2)} paints, ${c.updates.toFixed(2)} compositor updates (${c.updateMs.toFixed(2)} ms), ${c.layouts.toFixed(2)} layouts`);
  await page.close();
}
await browser.close();
