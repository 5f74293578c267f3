// Where a gesture's main-thread time goes, app beside bare React Flow: the CPU time per move of the main rendering
// steps (script, style, layout, paint, layerization, …; each inclusive of what it contains), the median of three
// traced gestures per page. Slower than compare-gesture.ts, and tracing adds its own cost to every page alike; use it
// to see which step a change moves, and compare-gesture.ts for the figure.
// Usage: npx tsx tests/bench/trace-gesture.ts [--after-drag] <drag|pan|zoom> <nodes> <app-dist> [css]...
//   --after-drag: the node dragged once first, as in the bench (compare-gesture.ts).
//   each css opens the app again with that stylesheet added, to see what a part costs (e.g. '.palette{visibility:hidden}').
import { launch } from './browser';
import { BARE_OUT_DIR } from './build';
import { generateBoard } from './generate-board';
import { measure, openApp, openBare, type Canvas, type Gesture } from './gestures';
import { serve } from './serve';
const afterDrag = process.argv.includes('--after-drag');
if (afterDrag) process.argv.splice(process.argv.indexOf('--after-drag'), 1);
const [gesture, count, dist, ...variants] = process.argv.slice(2) as [Gesture, string, string, ...string[]];
const browser = await launch();
const server = await serve(dist);
const bareServer = await serve(BARE_OUT_DIR);
const board = generateBoard(Number(count));
const NAMES = ['ThreadControllerImpl::RunTask', 'FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'Blink.PrePaint.UpdateTime', 'Blink.Paint.UpdateTime', 'PaintArtifactCompositor::Update', 'Blink.CompositingInputs.UpdateTime', 'ProxyMain::BeginMainFrame', 'HitTest', 'Commit', 'MinorGC', 'MajorGC'];
type TraceEvent = { name: string; ph: string; tid: number; dur?: number; tdur?: number; args?: { name?: string } };
async function trace(canvas: Canvas) {
  const cdp = await canvas.page.context().newCDPSession(canvas.page);
  const runs: Record<string, number>[] = [];
  for (let i = 0; i < 3; i++) {
    const events: TraceEvent[] = [];
    const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
    cdp.on('Tracing.dataCollected', collect);
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { categories: 'blink,cc,v8,devtools.timeline,disabled-by-default-devtools.timeline,toplevel', transferMode: 'ReportEvents' });
    const m = await measure(canvas, gesture, i % 2 === 1);
    await cdp.send('Tracing.end'); await done;
    cdp.off('Tracing.dataCollected', collect);
    const tid = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
    const r: Record<string, number> = { measured: m.task };
    for (const n of NAMES) r[n] = events.filter((e) => e.ph === 'X' && e.name === n && e.tid === tid).reduce((a, e) => a + (e.tdur ?? e.dur ?? 0), 0) / 1000 / 16;
    runs.push(r);
  }
  const med: Record<string, number> = {};
  for (const k of Object.keys(runs[0])) med[k] = runs.map((r) => r[k]).sort((a, b) => a - b)[1];
  return med;
}
const rows: [string, Record<string, number>][] = [];
let first: Awaited<ReturnType<typeof openApp>> | undefined;
for (const css of ['', ...variants]) {
  const app = await openApp(browser, server.url, board);
  first ??= app;
  if (css) await app.canvas.page.addStyleTag({ content: css });
  if (afterDrag) await measure(app.canvas, 'drag', false);
  await measure(app.canvas, gesture, false);
  rows.push([css || 'app', await trace(app.canvas)]);
  if (app !== first) await app.context.close();
}
const bare = await openBare(browser, bareServer.url, board, first!.pane, first!.view, first!.index);
if (afterDrag) await measure(bare.canvas, 'drag', false);
await measure(bare.canvas, gesture, false);
rows.push(['bare', await trace(bare.canvas)]);
console.log(['event', ...rows.map(([n]) => n.slice(0, 14))].map((s, i) => (i ? s.padStart(15) : s.padEnd(36))).join(''));
for (const k of ['measured', ...NAMES]) {
  if (rows.every(([, r]) => !r[k])) continue;
  console.log([k.slice(0, 35).padEnd(36), ...rows.map(([, r]) => r[k].toFixed(2).padStart(15))].join(''));
}
await browser.close(); await server.close(); await bareServer.close();
