// Where the time goes, for docs/benchmarks.md: a production build of the app (or the bare page) with source maps,
// one task recorded with Chromium's tracing (main-thread self time by event: script, hit testing, paint, …) and the
// JS profiler (self time by source file and by function, with callers). Not part of `npm run bench`.
// Usage: npx tsx tests/bench/profile.ts [app|bare] [drag|pan|zoom|load|export|open] [nodes] [--no-build] [--css '<rules>']
//   drag|pan|zoom: one measured gesture (as in the bench) on a generated board of `nodes` (default 1000);
//   load: a cold load of the largest template; export: its PNG export at 2× (app only);
//   open: a generated board file of `nodes` dropped on the canvas, until all of it is open (app only).
//   --no-build reuses the last profile build of the same page;
//   --after-drag drags the node once before a pan or zoom, as the bench does (it stays selected in the app);
//   --css adds a stylesheet before measuring, to see what a part costs (e.g. '.react-flow__minimap{display:none}').
//   PROFILE_SAVE=<file> also writes the JS profile as JSON, to read again without another run.
import { build } from 'vite';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { ROOT } from './build';
import { launch, newContext, seedBoard, sleep, waitForNodes } from './browser';
import { serve } from './serve';
import { generateBoard } from './generate-board';
import { boardToJson } from '../../src/domain/board';
import { largestTemplate } from './export-png';
import { measure, MOVES, openApp, openBare, type Gesture } from './gestures';

// --no-build profiles the last profile build again (to try several --css variants quickly).
const noBuild = process.argv.includes('--no-build');
if (noBuild) process.argv.splice(process.argv.indexOf('--no-build'), 1);
const afterDrag = process.argv.includes('--after-drag');
if (afterDrag) process.argv.splice(process.argv.indexOf('--after-drag'), 1);
const cssAt = process.argv.indexOf('--css');
const css = cssAt > 0 ? process.argv.splice(cssAt, 2)[1] : undefined;
const [which = 'app', task = 'drag', count = '1000'] = process.argv.slice(2);
const cache = (name: string) => fileURLToPath(new URL(`../../node_modules/.cache/mlsd-bench/${name}`, import.meta.url));
process.chdir(ROOT);
// PROFILE_PREBUILT=<dir>: measure that build of the app instead (to compare two builds; names then unmapped).
const prebuilt = process.env.PROFILE_PREBUILT;
if (!prebuilt && (!noBuild || !existsSync(cache(`profile-${which}`)))) await build({
  ...(which === 'app' ? { root: ROOT, configFile: `${ROOT}vite.config.ts` } : { configFile: fileURLToPath(new URL('./bare/vite.config.ts', import.meta.url)) }),
  logLevel: 'warn',
  build: { outDir: cache(`profile-${which}`), emptyOutDir: true, sourcemap: true },
});
const appServer = await serve(prebuilt ?? (which === 'app' ? cache('profile-app') : cache('app')));
const bareServer = await serve(cache('profile-bare'));
const browser = await launch();

async function record(page: Page, work: () => Promise<unknown>) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,cc', transferMode: 'ReportEvents' });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await done;
  return { events, profile, result };
}

let recorded: Awaited<ReturnType<typeof record>>;
let per = 1;
let headline: string;
if (task === 'open') {
  const board = generateBoard(Number(count));
  const page = await (await newContext(browser)).newPage();
  await page.goto(appServer.url + '/');
  await page.waitForSelector('.app[data-ready="true"] .react-flow__pane');
  await page.evaluate((text) => {
    (window as unknown as { largeFile: File }).largeFile = new File([text], 'large.mlsd.json', { type: 'application/json' });
  }, boardToJson(board));
  await sleep(500);
  recorded = await record(page, async () => {
    const t0 = performance.now();
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add((window as unknown as { largeFile: File }).largeFile);
      document.querySelector('.canvas')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(
      (name) => document.querySelector('.board-menu-name')?.textContent === name && !document.querySelector('.progress-box, .opening-progress'),
      board.name,
      { timeout: 600_000, polling: 200 },
    );
    return performance.now() - t0;
  });
  headline = `opening a ${count}-node board file: ${Math.round(recorded.result as number)} ms`;
} else if (task === 'load' || task === 'export') {
  const template = largestTemplate(`${ROOT}templates`);
  const context = await newContext(browser, task === 'load');
  const page = await context.newPage();
  await seedBoard(page, appServer.url, template);
  if (task === 'load') {
    recorded = await record(page, async () => {
      await page.goto(appServer.url + '/', { waitUntil: 'commit' });
      return waitForNodes(page, template.nodes.length, true);
    });
    headline = `cold load of "${template.name}": usable at ${Math.round(recorded.result as number)} ms`;
  } else {
    await page.goto(appServer.url + '/');
    await waitForNodes(page, template.nodes.length, true);
    await sleep(500);
    const exportOnce = async () => {
      await page.keyboard.press('Control+e');
      await page.getByRole('radio', { name: '2×' }).check();
      const download = page.waitForEvent('download');
      const t0 = performance.now();
      await page.getByRole('button', { name: 'Download PNG' }).click();
      await download;
      return performance.now() - t0;
    };
    await exportOnce();
    await sleep(500);
    recorded = await record(page, exportOnce);
    headline = `PNG export at 2× of "${template.name}": ${Math.round(recorded.result as number)} ms`;
  }
} else {
  const gesture = task as Gesture;
  const board = generateBoard(Number(count));
  const app = await openApp(browser, appServer.url, board);
  const canvas = which === 'app' ? app.canvas : (await openBare(browser, bareServer.url, board, app.pane, app.view, app.index)).canvas;
  if (css) await canvas.page.addStyleTag({ content: css });
  if (afterDrag) await measure(canvas, 'drag', false);
  await measure(canvas, gesture, false); // warm-up
  // PROFILE_REPEAT=<n>: n gestures in one recording, for steadier figures of small costs (the sampler's noise).
  const repeat = Number(process.env.PROFILE_REPEAT ?? 1);
  recorded = await record(canvas.page, async () => {
    const runs = [];
    for (let i = 0; i < repeat; i++) runs.push(await measure(canvas, gesture, i % 2 === 0));
    return { task: runs.reduce((a, r) => a + r.task, 0) / repeat };
  });
  per = MOVES[gesture] * repeat;
  const m = recorded.result as { task: number };
  headline = `${gesture}, ${count} nodes${css ? ` with ${css}` : ''}: ${m.task.toFixed(2)} ms main-thread time per move`;
}
await browser.close();
if (process.env.PROFILE_SAVE) (await import('node:fs')).writeFileSync(process.env.PROFILE_SAVE, JSON.stringify({ profile: recorded.profile, per, which }));
await appServer.close();
await bareServer.close();

type TraceEvent = {
  name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number;
  args?: { name?: string; elementCount?: number; data?: { nodeName?: string } };
};
const { events, profile } = recorded;
// PROFILE_TRACE=file.json keeps the trace, to open in Chromium's DevTools (Performance, Load profile).
if (process.env.PROFILE_TRACE) writeFileSync(process.env.PROFILE_TRACE, JSON.stringify({ traceEvents: events }));
const unit = per === 1 ? 'in all' : 'per move';
const ms = (us: number) => (us / 1000 / per).toFixed(2).padStart(8);
console.log(`${which}, ${headline}\n`);

// Self time of trace events on the renderer's main thread (the one that ran the page's script). The time is the
// thread's CPU time (tdur) where Chromium gives it, so a busy machine does not charge its waits to an event; the
// count of each event per move does not depend on the machine at all.
const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'FunctionCall'));
const slices = events.filter((e) => e.ph === 'X' && main && e.pid === main.pid && e.tid === main.tid && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
// Main-thread tasks by wall time and by thread (CPU) time: on a busy machine a task's wall time is mostly waiting for a
// core, its thread time is what the page's own work costs.
const tasks = slices.filter((e) => e.name === 'RunTask');
const cpu = tasks.map((e) => e.tdur ?? e.dur!);
const over = (list: number[], ms: number) => list.filter((us) => us > ms * 1000).length;
console.log(`Main-thread tasks: wall time longest ${(Math.max(0, ...tasks.map((e) => e.dur!)) / 1000).toFixed(0)} ms, ${over(tasks.map((e) => e.dur!), 200)} over 200 ms, ${over(tasks.map((e) => e.dur!), 50)} over 50 ms; thread time longest ${(Math.max(0, ...cpu) / 1000).toFixed(0)} ms, ${over(cpu, 200)} over 200 ms, ${over(cpu, 50)} over 50 ms, ${(cpu.reduce((a, b) => a + b, 0) / 1000).toFixed(0)} ms in all (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})\n`);

// PROFILE_LONGEST=n: only the samples and events inside the n longest main-thread tasks (by thread time: what blocks the page longest).
const longest = tasks.slice().sort((a, b) => (b.tdur ?? b.dur!) - (a.tdur ?? a.dur!)).slice(0, Number(process.env.PROFILE_LONGEST ?? 0));
const inLongest = (ts: number) => !longest.length || longest.some((e) => ts >= e.ts && ts <= e.ts + e.dur!);
const self = new Map<string, number>();
const counts = new Map<string, number>();
const stack: { end: number; name: string }[] = [];
for (const e of slices.filter((x) => inLongest(x.ts))) {
  const cost = e.tdur ?? e.dur!;
  while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
  const parent = stack[stack.length - 1];
  if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - cost);
  self.set(e.name, (self.get(e.name) ?? 0) + cost);
  counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  stack.push({ end: e.ts + e.dur!, name: e.name });
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const howMany = (name: string) => ((counts.get(name) ?? 0) / per).toFixed(1).padStart(7);
console.log(`Main thread, self CPU time ${unit} by trace event (${ms(total).trim()} ms in all), and how many ${unit}:`);
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`  ${ms(us)} ms  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${howMany(name)} ×  ${name}`);
}
// What was painted, and how many elements each style recalculation went through.
const painted = new Map<string, number>();
for (const e of slices.filter((e) => e.name === 'Paint')) painted.set(e.args?.data?.nodeName ?? '?', (painted.get(e.args?.data?.nodeName ?? '?') ?? 0) + 1);
console.log(`Paint ${unit}: ${[...painted].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, c]) => `${n} ${(c / per).toFixed(1)}`).join(', ') || 'none'}`);
const restyled = slices.filter((e) => e.name === 'UpdateLayoutTree').reduce((sum, e) => sum + (e.args?.elementCount ?? 0), 0);
console.log(`Elements restyled ${unit}: ${(restyled / per).toFixed(0)}\n`);

// JS self time by source file and by function (through the build's source maps), and the callers of the costliest.
type Frame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type Consumer = { originalPositionFor: (p: { line: number; column: number }) => { source: string | null; line: number | null; name: string | null } };
const { SourceMapConsumer } = (await import('source-map-js').catch(() => ({ SourceMapConsumer: undefined }))) as {
  SourceMapConsumer?: new (map: unknown) => Consumer;
};
const consumers = new Map<string, Consumer | undefined>();
function original(f: Frame): { file: string; fn: string } {
  const file = f.url.replace(/^.*\//, '');
  if (!consumers.has(file)) {
    const map = `${cache(`profile-${which}`)}/assets/${file}.map`;
    consumers.set(file, SourceMapConsumer && existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8'))) : undefined);
  }
  const at = consumers.get(file)?.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
  if (!at?.source) return { file: file || '(native)', fn: `${f.functionName || '(anonymous)'}  ${file}:${f.lineNumber + 1}` };
  const source = at.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
  return { file: source, fn: `${at.name ?? (f.functionName || '(anonymous)')}  ${source}:${at.line}` };
}
const { nodes, samples = [], timeDeltas = [] } = profile;
// Every sample weighs the same (the mean interval): on a busy machine the sampler is sometimes descheduled, and
// weighing by the time since the last sample would charge the whole delay to one function.
const sampled = new Map<number, number>();
const weight = timeDeltas.reduce((a, b) => a + b, 0) / Math.max(1, samples.length);
if (longest.length) console.log(`\nThe ${longest.length} longest tasks: ${longest.map((e) => `${ms(e.dur!).trim()} ms`).join(', ')}; JavaScript below is theirs only.`);
let at = profile.startTime ?? 0;
samples.forEach((id, i) => {
  at += timeDeltas[i] ?? 0;
  if (!inLongest(at)) return;
  sampled.set(id, (sampled.get(id) ?? 0) + weight);
});
/** "fn  /long/path/file.ts:12" as "fn file.ts:12". */
const shortName = (fn: string) => {
  const gap = fn.indexOf('  ');
  const slash = fn.lastIndexOf('/');
  return gap >= 0 && slash > gap ? `${fn.slice(0, gap)} ${fn.slice(slash + 1)}` : fn;
};
const origin = new Map(nodes.map((n) => [n.id, original(n.callFrame)]));
// Each of the longest tasks: when it ran (from the first task recorded), its thread time, and its costliest functions.
const first = tasks[0]?.ts ?? 0;
for (const task of longest) {
  const own = new Map<string, number>();
  let t = profile.startTime ?? 0;
  samples.forEach((id, i) => {
    t += timeDeltas[i] ?? 0;
    if (t < task.ts || t > task.ts + task.dur!) return;
    const fn = shortName(origin.get(id)!.fn);
    own.set(fn, (own.get(fn) ?? 0) + weight);
  });
  const top3 = [...own].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([fn, us]) => `${fn} ${(us / 1000).toFixed(0)}`).join(', ');
  console.log(`  at ${((task.ts - first) / 1000).toFixed(0)} ms: ${((task.tdur ?? task.dur!) / 1000).toFixed(0)} ms thread time: ${top3}`);
}
const byFile = new Map<string, number>();
const byFunction = new Map<string, number>();
let jsTotal = 0;
for (const node of nodes) {
  if (!node.callFrame.url && ['(idle)', '(program)', '(root)'].includes(node.callFrame.functionName)) continue;
  const us = sampled.get(node.id) ?? 0;
  const { file, fn } = origin.get(node.id)!;
  byFile.set(file, (byFile.get(file) ?? 0) + us);
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  jsTotal += us;
}
console.log(`\nJavaScript, self time ${unit} by source file (${ms(jsTotal).trim()} ms in all):`);
for (const [file, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${ms(us)} ms  ${file}`);
console.log(`\nJavaScript, self time ${unit} by function:`);
const top = [...byFunction].sort((a, b) => b[1] - a[1]);
for (const [fn, us] of top.slice(0, 20)) console.log(`  ${ms(us)} ms  ${fn}`);

const parent = new Map<number, number>();
for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const callers = (id: number) => {
  const chain: string[] = [];
  for (let p = parent.get(id); p !== undefined && chain.length < 4; p = parent.get(p)) chain.push(shortName(origin.get(p)!.fn));
  return chain.join(' < ');
};
console.log('\nCallers of the six costliest functions:');
for (const [fn] of top.slice(0, 6)) {
  const chains = new Map<string, number>();
  for (const node of nodes.filter((n) => origin.get(n.id)!.fn === fn)) {
    chains.set(callers(node.id), (chains.get(callers(node.id)) ?? 0) + (sampled.get(node.id) ?? 0));
  }
  console.log(`  ${fn}`);
  for (const [chain, us] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 3)) console.log(`    ${ms(us)} ms  < ${chain}`);
}

// Inclusive time (the function and what it called) of the functions in our own code and React Flow's, to see which
// component or subscriber a gesture's script time comes from (a recursive call counts once per sample).
const inclusive = new Map<string, number>();
for (const node of nodes) {
  const us = sampled.get(node.id) ?? 0;
  if (!us) continue;
  const seen = new Set<string>();
  for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
    const { file, fn } = origin.get(id)!;
    if (!file.startsWith('src/') && !file.startsWith('@xyflow/')) continue;
    if (seen.has(fn)) continue;
    seen.add(fn);
    inclusive.set(fn, (inclusive.get(fn) ?? 0) + us);
  }
}
console.log(`\nJavaScript, inclusive time ${unit} of our code's and React Flow's functions:`);
for (const [fn, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${ms(us)} ms  ${shortName(fn)}`);
