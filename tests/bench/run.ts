// `npm run bench`: builds the production app and the bare React Flow page, runs every benchmark, prints one
// table (figure, target, met / missed) and writes it with the machine's description to
// tests/bench/results/latest.json. See docs/benchmarks.md.
// Options: --no-build reuses the last builds (node_modules/.cache/mlsd-bench); --only domain|load|gestures|export|collab
// runs that part alone (besides the first load weight) and prints it without writing latest.json. --only large
// (opening 10,000- and 20,000-node boards, tests/bench/open-large.ts: some minutes) runs only when asked for.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { APP_OUT_DIR, BARE_OUT_DIR, buildAll, ROOT } from './build';
import { launch } from './browser';
import { serve } from './serve';
import { lazyList, measureWeight, weightRows } from './weight';
import { timeToCanvas } from './load';
import { compareGestures, gestureRows, type GestureResult } from './gestures';
import { largestTemplate, timeExport } from './export-png';
import { describeMachine, machineLine } from './machine';
import { formatTable, verdict } from './table';
import type { BenchModule, BenchRow } from './types';

/** Benchmarks of the domain code (no browser), each runnable on its own: npx tsx tests/bench/<name>.ts */
const DOMAIN = ['validate', 'layout', 'routing'];
const SIZES = [100, 200, 500, 1000];
const DRAG_TARGET_NODES = 200;
const DRAG_TARGET_MS = 16.7;
const PARTS = ['domain', 'load', 'gestures', 'export', 'collab', 'large'];
const LARGE_SIZES = [10_000, 20_000];

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;
if (onlyAt > 0 && !PARTS.includes(only ?? '')) throw new Error(`--only takes one of: ${PARTS.join(', ')}`);
const wanted = (part: string) => (only === undefined && part !== 'large') || only === part;

const started = performance.now();
const load = loadavg();
const log = (text: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`);
process.chdir(ROOT);

if (!process.argv.includes('--no-build')) {
  log('building the app and the bare React Flow page');
  await buildAll();
}
const appWeight = measureWeight(APP_OUT_DIR);
const rows: BenchRow[] = weightRows(appWeight, measureWeight(BARE_OUT_DIR));

// The domain benchmarks first, while no browser runs.
const domainRows: BenchRow[] = [];
for (const name of wanted('domain') ? DOMAIN : []) {
  const path = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  if (!existsSync(path)) {
    log(`no tests/bench/${name}.ts: skipped`);
    continue;
  }
  log(`domain benchmark: ${name}`);
  try {
    const module = (await import(path)) as BenchModule;
    domainRows.push(...(await module.run()));
  } catch (error) {
    console.error(`tests/bench/${name}.ts failed:`, error);
  }
}

const app = await serve(APP_OUT_DIR);
const bare = await serve(BARE_OUT_DIR);
const browser = await launch();
const template = largestTemplate(`${ROOT}templates`);
const gestures: GestureResult[] = [];
let exportRow: BenchRow | undefined;
try {
  if (wanted('load')) {
    log('time to usable canvas');
    rows.push(await timeToCanvas(browser, app.url, template));
  }
  for (const nodes of wanted('gestures') ? SIZES : []) {
    log(`drag, pan and zoom at ${nodes} nodes, app and bare`);
    const which = nodes === DRAG_TARGET_NODES ? (['drag'] as const) : (['drag', 'pan', 'zoom'] as const);
    gestures.push(...(await compareGestures(browser, { app: app.url, bare: bare.url }, nodes, [...which], nodes >= 1000 ? 3 : 5)));
  }
  for (const nodes of wanted('large') ? LARGE_SIZES : []) {
    log(`opening a ${nodes}-node board: dropped, and stored at start-up`);
    rows.push(...(await (await import('./open-large')).timeOpenLarge(app.url, nodes)));
  }
  if (wanted('export')) {
    log('PNG export');
    exportRow = await timeExport(browser, app.url, template);
  }
} finally {
  await browser.close().catch(() => undefined);
  await app.close();
  await bare.close();
}
const chromium = browser.version();

// The collaboration server under load, after the browser is gone (its own server process; COLLAB_BENCH_SECONDS).
const collabRows: BenchRow[] = [];
if (wanted('collab')) {
  log('collaboration server: 50 clients in 1 room, then in 20 rooms');
  try {
    collabRows.push(...(await (await import('./collab')).run()));
  } catch (error) {
    console.error('tests/bench/collab.ts failed:', error);
  }
}

for (const gesture of ['drag', 'pan', 'zoom'] as const) {
  for (const result of gestures.filter((g) => g.gesture === gesture)) {
    rows.push(...gestureRows(result, gesture === 'drag' && result.nodes === DRAG_TARGET_NODES ? DRAG_TARGET_MS : undefined));
  }
}
rows.push(...domainRows);
if (exportRow) rows.push(exportRow);
rows.push(...collabRows);

const machine = describeMachine(chromium, load);
const seconds = Math.round((performance.now() - started) / 1000);
console.log('\n' + formatTable(rows));
console.log(`\nLazy chunks (gzip KiB): ${lazyList(appWeight)}`);
console.log(`Machine: ${machineLine(machine)}`);
const missed = rows.filter((r) => verdict(r) === 'MISSED').length;
console.log(`${rows.filter((r) => r.target !== undefined).length - missed} targets met, ${missed} missed; ${seconds} s in all.`);
if (only) process.exit(0); // a partial run does not replace latest.json

const out = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(out, { recursive: true });
writeFileSync(
  `${out}latest.json`,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      seconds,
      machine,
      rows: rows.map((r) => ({ ...r, result: verdict(r) || undefined })),
      firstLoad: appWeight.first,
      lazyChunks: appWeight.lazy,
      gestures,
    },
    null,
    2,
  ) + '\n',
);
console.log('Written: tests/bench/results/latest.json');
