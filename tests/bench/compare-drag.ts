// Builds of the app side by side with bare React Flow on the same generated board: the main-thread CPU time of a
// drag per move (as the bench measures it, routing checked on a routed board), runs alternating between the pages
// so a busy machine slows all alike, each figure the median of the runs; then one traced drag per page for counts
// that load does not change: frames painted and compositor updates (PaintArtifactCompositor::Update) per move.
// Not part of `npm run bench`: a tool for comparing a change with what it replaced (docs/benchmarks.md, Session 7).
// Usage: npx tsx tests/bench/compare-drag.ts <nodes> <runs> <app-dist>... (bare: the bench's last bare build)
import { loadavg } from 'node:os';
import { BARE_OUT_DIR } from './build';
import { launch, sleep } from './browser';
import { generateBoard } from './generate-board';
import { measure, MOVES, openApp, openBare, type Canvas, type DragRouting } from './gestures';
import { serve } from './serve';
import { median } from './types';

const [count = '100', runCount = '5', ...dists] = process.argv.slice(2);
if (!dists.length) throw new Error('Usage: npx tsx tests/bench/compare-drag.ts <nodes> <runs> <app-dist>...');
const board = generateBoard(Number(count));
const browser = await launch();
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
type Page = { name: string; canvas: Canvas; close: () => Promise<void>; runs: number[]; routing: DragRouting[] };
const pages: Page[] = [];
let first: Awaited<ReturnType<typeof openApp>> | undefined;
for (const dist of dists) {
  const server = await serve(dist);
  const app = await openApp(browser, server.url, board);
  first ??= app;
  pages.push({ name: dist, canvas: app.canvas, runs: [], routing: [], close: async () => (await app.context.close(), await server.close()) });
}
{
  const server = await serve(BARE_OUT_DIR);
  const bare = await openBare(browser, server.url, board, first!.pane, first!.view, first!.index);
  pages.push({ name: 'bare React Flow', canvas: bare.canvas, runs: [], routing: [], close: async () => (await bare.context.close(), await server.close()) });
}
console.log(`${count} nodes, ${runCount} runs; load average at start: ${load()}`);
for (let run = 0; run <= Number(runCount); run++) {
  for (const page of run % 2 ? [...pages].reverse() : pages) {
    const routing: DragRouting[] = [];
    const m = await measure(page.canvas, 'drag', run % 2 === 1, routing);
    if (run === 0) continue; // warm-up
    page.runs.push(m.task);
    page.routing.push(...routing);
  }
}
console.log(`load average at end: ${load()}`);
/** One traced drag: frames painted and compositor updates, per move. */
async function counts(canvas: Canvas): Promise<{ paints: number; updates: number; updateMs: number }> {
  const cdp = await canvas.page.context().newCDPSession(canvas.page);
  const events: { name: string; ph: string; dur?: number }[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'blink,cc,devtools.timeline', transferMode: 'ReportEvents' });
  await measure(canvas, 'drag', false);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const updates = events.filter((e) => e.ph === 'X' && e.name === 'PaintArtifactCompositor::Update');
  const per = MOVES.drag;
  return {
    paints: events.filter((e) => e.ph === 'X' && e.name === 'Paint').length / per,
    updates: updates.length / per,
    updateMs: updates.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000 / per,
  };
}
const bare = median(pages.at(-1)!.runs);
for (const page of pages) {
  const c = await counts(page.canvas);
  await sleep(300);
  const m = median(page.runs);
  const routed = page.routing.length ? `; routes drawn ${page.routing.map((r) => r.followed).join(', ')} times a drag, drop routed in ${page.routing.map((r) => Math.round(r.dropMs)).join(', ')} ms` : '';
  console.log(`${page.name}\n  drag, per move: median ${m.toFixed(2)} ms, ${(m / bare).toFixed(2)} x bare (runs ${page.runs.map((v) => v.toFixed(1)).join(', ')})${routed}`);
  console.log(`  traced drag, per move: ${c.paints.toFixed(2)} paints, ${c.updates.toFixed(2)} compositor updates, ${c.updateMs.toFixed(2)} ms in them`);
  await page.close();
}
await browser.close();
