// Where the time goes in one gesture, for docs/benchmarks.md: an unminified build of the app (or the bare page),
// one gesture recorded with Chromium's tracing (main-thread self time by event: script, style, paint, …) and the
// JS profiler (self time by function). Not part of `npm run bench`.
// Usage: npx tsx tests/bench/profile.ts [app|bare] [drag|pan|zoom] [nodes] [--css '<rules>']   (default: app drag 1000)
import { build } from 'vite';
import { fileURLToPath } from 'node:url';
import { ROOT } from './build';
import { launch } from './browser';
import { serve } from './serve';
import { generateBoard } from './generate-board';
import { measure, MOVES, openApp, openBare, type Gesture } from './gestures';

const cssAt = process.argv.indexOf('--css');
const css = cssAt > 0 ? process.argv.splice(cssAt, 2)[1] : undefined;
const [which = 'app', gesture = 'drag', count = '1000'] = process.argv.slice(2) as [string?, Gesture?, string?];
const OUT = fileURLToPath(new URL(`../../node_modules/.cache/mlsd-bench/profile-${which}`, import.meta.url));
process.chdir(ROOT);
await build({
  ...(which === 'app' ? { root: ROOT, configFile: `${ROOT}vite.config.ts` } : { configFile: fileURLToPath(new URL('./bare/vite.config.ts', import.meta.url)) }),
  logLevel: 'warn',
  build: { outDir: OUT, emptyOutDir: true, minify: false },
});
const appServer = await serve(which === 'app' ? OUT : fileURLToPath(new URL('../../node_modules/.cache/mlsd-bench/app', import.meta.url)));
const bareServer = await serve(OUT);
const browser = await launch();
const board = generateBoard(Number(count));
const app = await openApp(browser, appServer.url, board);
const canvas = which === 'app' ? app.canvas : (await openBare(browser, bareServer.url, board, app.pane, app.view, app.index)).canvas;
// An experiment: --css '<rules>' adds a stylesheet first (e.g. hide the minimap to see what it costs).
if (css) await canvas.page.addStyleTag({ content: css });
await measure(canvas, gesture, false); // warm-up
const cdp = await canvas.page.context().newCDPSession(canvas.page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const events: TraceEvent[] = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
const tracingDone = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc', transferMode: 'ReportEvents' });
await cdp.send('Profiler.start');
const metrics = await measure(canvas, gesture, true);
const { profile } = await cdp.send('Profiler.stop');
await cdp.send('Tracing.end');
await tracingDone;
await browser.close();
await appServer.close();
await bareServer.close();

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } };
const moves = MOVES[gesture];
const pct = (part: number, all: number) => `${((100 * part) / all).toFixed(1)}%`;

console.log(`${which}, ${gesture}, ${count} nodes${css ? ` with ${css}` : ''}: ${metrics.task.toFixed(2)} ms main-thread time per move (script ${metrics.script.toFixed(2)}, layout ${metrics.layout.toFixed(2)}, style ${metrics.style.toFixed(2)})\n`);

// Self time of trace events on the renderer's main thread, per move.
const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'));
const slices = events.filter((e) => e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
const self = new Map<string, number>();
const stack: { end: number; name: string }[] = [];
for (const e of slices) {
  while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
  const parent = stack[stack.length - 1];
  if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur!);
  self.set(e.name, (self.get(e.name) ?? 0) + e.dur!);
  stack.push({ end: e.ts + e.dur!, name: e.name });
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('Main thread, self time per move by trace event:');
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`  ${(us / 1000 / moves).toFixed(2).padStart(7)} ms  ${pct(us, total).padStart(6)}  ${name}`);
}

// JS self time by function.
const byFunction = new Map<string, number>();
const interval = new Map<number, number>();
const { nodes, samples = [], timeDeltas = [] } = profile;
samples.forEach((id, i) => interval.set(id, (interval.get(id) ?? 0) + (timeDeltas[i + 1] ?? 0)));
let jsTotal = 0;
for (const node of nodes) {
  const { functionName, url, lineNumber } = node.callFrame;
  if (['(idle)', '(program)', '(garbage collector)', '(root)'].includes(functionName) && !url) continue;
  const us = interval.get(node.id) ?? 0;
  const key = `${functionName || '(anonymous)'}  ${url.replace(/^.*\//, '')}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  jsTotal += us;
}
console.log(`\nJavaScript, self time per move by function (${(jsTotal / 1000 / moves).toFixed(2)} ms in all):`);
for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`  ${(us / 1000 / moves).toFixed(2).padStart(7)} ms  ${name}`);
}

// Who calls the top functions: their callers, three frames up, by self time.
const parent = new Map<number, number>();
for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const byId = new Map(nodes.map((n) => [n.id, n]));
const frame = (id: number | undefined) => {
  const f = id === undefined ? undefined : byId.get(id)?.callFrame;
  return f ? `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}` : '';
};
console.log('\nCallers of the five most costly functions:');
for (const [key] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
  const chains = new Map<string, number>();
  for (const node of nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    if (`${functionName || '(anonymous)'}  ${url.replace(/^.*\//, '')}:${lineNumber + 1}` !== key) continue;
    const p1 = parent.get(node.id);
    const p2 = p1 === undefined ? undefined : parent.get(p1);
    const p3 = p2 === undefined ? undefined : parent.get(p2);
    const chain = [frame(p1), frame(p2), frame(p3)].join(' < ');
    chains.set(chain, (chains.get(chain) ?? 0) + (interval.get(node.id) ?? 0));
  }
  console.log(`  ${key}`);
  for (const [chain, us] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 3)) console.log(`    ${(us / 1000 / moves).toFixed(2)} ms  < ${chain}`);
}
