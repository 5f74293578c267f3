// Opening a very large board, from a dropped file and from storage at start-up: how long the page stops answering
// (the longest main-thread task Chromium reports, the longest gap between two animation frames, how many tasks took
// over 200 ms, and the slowest answer to a key pressed every 250 ms meanwhile), when the first nodes are drawn, when
// all of the board is open, and when it is saved. Part of `npm run bench -- --only large`; alone:
// npx tsx tests/bench/open-large.ts [nodes…] [built app dir] (default 10,000 and 20,000 nodes and the bench build;
// `npx vite build` then pass `dist` to measure the worktree's build). OPEN_RUNS runs of each (default 1).
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { boardToJson } from '../../src/domain/board';
import { launch, newContext } from './browser';
import { APP_OUT_DIR } from './build';
import { generateBoard } from './generate-board';
import { serve } from './serve';
import { median, type BenchRow } from './types';

type OpenRun = {
  /** From the drop (or the navigation) to the frame with the whole board on the canvas and no progress showing. */
  ms: number;
  firstNodes: number;
  longestGap: number;
  longestTask: number;
  tasksOver200: number;
  /** The slowest key press answered (Event Timing: from the press to the next paint after its handlers). */
  slowestKey: number;
  /** From the start to the toolbar saying "Saved" with all of the board stored. */
  saved: number;
  progress: boolean;
  /** Every task over 50 ms: start (from the drop) and duration, for telling where the time went. */
  tasks: [number, number][];
  /** What the page showed when (progress text and nodes drawn), to tell which phase a long task was in. */
  phases: [number, string][];
};
type Watch = {
  on: boolean; start: number; last: number; longestGap: number; tasks: [number, number][]; firstNodes: number; progress: boolean;
  keys: number[]; open: number; saved: number; phases: [number, string][];
};

/**
 * In the page, before the app runs: watch frames, long tasks and key presses from `start` (the drop, or 0 for a
 * start-up), until the board named `name` is open and saved with `nodes` nodes.
 */
const WATCH = (name: string, nodes: number) => `(() => {
  // At start-up (the flag set before the reload) the watch runs from the navigation; otherwise from startWatch().
  const atLoad = sessionStorage.getItem('watchAtLoad') === '1';
  const w = { on: atLoad, start: 0, last: 0, longestGap: 0, tasks: [], firstNodes: 0, progress: false, keys: [], open: 0, saved: 0, phases: [] };
  window.openWatch = w;
  window.startWatch = () => { w.start = w.last = performance.now(); w.on = true; };
  new PerformanceObserver((list) => { for (const t of list.getEntries()) w.tasks.push([t.startTime, t.duration]); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (w.on && e.name === 'keydown') w.keys.push(e.duration); }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  const stored = () => new Promise((resolve) => {
    const request = indexedDB.open('mlsd-board');
    request.onsuccess = () => {
      const db = request.result;
      try {
        const all = db.transaction('kv').objectStore('kv').getAll();
        all.onsuccess = () => { db.close(); resolve(all.result); };
        all.onerror = () => { db.close(); resolve([]); };
      } catch { db.close(); resolve([]); }
    };
    request.onerror = () => resolve([]);
  });
  let checking = false;
  const tick = (now) => {
    if (!w.on) return requestAnimationFrame(tick);
    if (w.last) w.longestGap = Math.max(w.longestGap, now - w.last);
    w.last = now;
    const status = document.querySelector('.progress-box, .opening-progress');
    if (status) w.progress = true;
    const phase = (status?.textContent ?? '') + ' / ' + document.querySelectorAll('.react-flow__node').length + ' nodes';
    if (w.phases[w.phases.length - 1]?.[1] !== phase) w.phases.push([Math.round(now - w.start), phase]);
    if (!w.firstNodes && document.querySelector('.react-flow__node')) w.firstNodes = now - w.start;
    const named = document.querySelector('.board-menu-name')?.textContent === ${JSON.stringify(name)};
    if (!w.open && named && document.querySelector('.react-flow__node') && !document.querySelector('.progress-box, .opening-progress')) w.open = now - w.start;
    if (w.open && !w.saved && !checking && document.querySelector('.save-status')?.textContent?.includes('Saved')) {
      // Saved, and all of it: count the stored nodes of the board (as objects, or as JSON text: src/store/library.ts).
      checking = true;
      void stored().then((values) => {
        let count = 0;
        for (const v of values) {
          if (v && v.board && v.board.name === ${JSON.stringify(name)}) count += v.board.nodes.length;
          if (v && typeof v.json === 'string' && v.name === ${JSON.stringify(name)}) count += JSON.parse(v.json).nodes.length;
        }
        if (count >= ${nodes}) w.saved = performance.now() - w.start;
        checking = false;
      });
    }
    if (!w.saved) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** Press a harmless key every 250 ms until the board is open, so Event Timing sees how long an answer takes. */
async function pressKeysUntilOpen(page: Page): Promise<void> {
  for (;;) {
    const open = await page.evaluate(() => (window as unknown as { openWatch: Watch }).openWatch.open > 0).catch(() => false);
    if (open) return;
    await page.keyboard.press('Shift').catch(() => undefined);
    await page.waitForTimeout(250);
  }
}

async function results(page: Page): Promise<OpenRun> {
  await page.waitForFunction(() => (window as unknown as { openWatch: Watch }).openWatch.saved > 0, undefined, { timeout: 400_000, polling: 250 });
  return page.evaluate(() => {
    const w = (window as unknown as { openWatch: Watch }).openWatch;
    const during = w.tasks.map(([s, d]) => [s - w.start, d] as [number, number]).filter(([s]) => s >= -1 && s <= w.saved);
    return {
      ms: w.open,
      firstNodes: w.firstNodes,
      longestGap: w.longestGap,
      longestTask: Math.max(0, ...during.map(([, d]) => d)),
      tasksOver200: during.filter(([, d]) => d > 200).length,
      slowestKey: Math.max(0, ...w.keys),
      saved: w.saved,
      progress: w.progress,
      tasks: during.map(([s, d]) => [Math.round(s), Math.round(d)] as [number, number]),
      phases: w.phases,
    };
  });
}

/** The file dropped on the canvas of a blank app; then (`startUp`) the page reloaded, so the stored board opens at start. */
async function openOnce(appUrl: string, text: string, name: string, nodes: number): Promise<{ drop: OpenRun; start: OpenRun }> {
  const browser = await launch();
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('app page error:', e.message));
    await context.addInitScript(WATCH(name, nodes));
    await page.goto(`${appUrl}/`);
    await page.waitForSelector('.app[data-ready="true"] .react-flow__pane');
    // The file is made in the page first (handing 10 MB to the page takes seconds of its own), then dropped.
    await page.evaluate((text) => {
      (window as unknown as { largeFile: File }).largeFile = new File([text], 'large.mlsd.json', { type: 'application/json' });
    }, text);
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const w = window as unknown as { largeFile: File; startWatch: () => void };
      w.startWatch();
      const transfer = new DataTransfer();
      transfer.items.add(w.largeFile);
      document.querySelector('.canvas')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await pressKeysUntilOpen(page);
    const drop = await results(page);
    // Start-up: the same profile, the page loaded again; the watch counts from the navigation.
    await page.evaluate(() => sessionStorage.setItem('watchAtLoad', '1'));
    await page.goto(`${appUrl}/`);
    await pressKeysUntilOpen(page);
    const start = await results(page);
    await context.close();
    return { drop, start };
  } finally {
    await browser.close();
  }
}

export async function timeOpenLarge(appUrl: string, nodes = 20_000, runs = Number(process.env.OPEN_RUNS ?? 1)): Promise<BenchRow[]> {
  const board = generateBoard(nodes);
  const text = boardToJson(board);
  const found: { drop: OpenRun; start: OpenRun }[] = [];
  for (let i = 0; i < runs; i++) found.push(await openOnce(appUrl, text, board.name, nodes));
  const count = nodes.toLocaleString('en');
  const rows: BenchRow[] = [];
  for (const how of ['drop', 'start'] as const) {
    const all = found.map((f) => f[how]);
    const of = (key: 'ms' | 'firstNodes' | 'longestGap' | 'longestTask' | 'tasksOver200' | 'slowestKey' | 'saved') => Math.round(median(all.map((r) => r[key])));
    const runsOf = (key: 'ms' | 'longestGap' | 'longestTask') => `runs ${all.map((r) => Math.round(r[key])).join(', ')}`;
    const what = how === 'drop' ? `a dropped ${count}-node file` : `a stored ${count}-node board at start-up`;
    rows.push(
      { name: `Open ${what}`, value: of('ms'), unit: 'ms', note: `${count} nodes, ${board.edges.length.toLocaleString('en')} edges; ${runsOf('ms')}; first nodes ${of('firstNodes')} ms; saved whole ${of('saved')} ms; progress shown: ${all.every((r) => r.progress) ? 'yes' : 'no'}` },
      { name: `Longest main-thread task (${what})`, value: of('longestTask'), unit: 'ms', target: 200, note: `${runsOf('longestTask')}; tasks over 200 ms: ${of('tasksOver200')}` },
      { name: `Longest frame gap (${what})`, value: of('longestGap'), unit: 'ms', note: runsOf('longestGap') },
      { name: `Slowest key press answered (${what})`, value: of('slowestKey'), unit: 'ms', note: 'a key pressed every 250 ms until it is open' },
    );
    if (process.env.OPEN_TASKS) {
      for (const r of all) console.log(how, 'tasks over 50 ms [start, duration]:', JSON.stringify(r.tasks), '\nphases:', JSON.stringify(r.phases.slice(0, 40)));
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => existsSync(a)) ?? APP_OUT_DIR;
  const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
  const app = await serve(resolve(dir));
  try {
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    for (const nodes of sizes.length ? sizes : [10_000, 20_000]) {
      for (const row of await timeOpenLarge(app.url, nodes)) console.log(`${row.name}: ${row.value} ${row.unit} (${row.note})`);
    }
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    await app.close();
  }
}
