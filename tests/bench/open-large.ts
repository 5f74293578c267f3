// Opening a very large board from a file: from the drop of the file to the frame in which the whole board
// is on the canvas, how long the page stops answering (the longest gap between two animation frames, and the longest
// main-thread task Chromium reports), when the first nodes are drawn, and whether a progress notice showed. Runs on its own: npx tsx tests/bench/open-large.ts [nodes] [built app dir]
// (default 20,000 nodes and the bench build; `npx vite build` then pass `dist` to measure the worktree's build).
import { resolve } from 'node:path';
import { boardToJson } from '../../src/domain/board';
import { launch, newContext } from './browser';
import { APP_OUT_DIR } from './build';
import { generateBoard } from './generate-board';
import { serve } from './serve';
import { median, type BenchRow } from './types';

type OpenRun = { ms: number; firstNodes: number; longestGap: number; longestTask: number; progress: boolean };
type Watch = { start: number; last: number; longestGap: number; longestTask: number; firstNodes: number; progress: boolean };

async function openOnce(appUrl: string, text: string, name: string): Promise<OpenRun> {
  const browser = await launch();
  try {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${appUrl}/`);
    await page.waitForSelector('.app[data-ready="true"] .react-flow__pane');
    // The file is made in the page first (handing 10 MB to the page takes seconds of its own), then dropped.
    await page.evaluate((text) => {
      (window as unknown as { largeFile: File }).largeFile = new File([text], 'large.mlsd.json', { type: 'application/json' });
    }, text);
    await page.waitForTimeout(500);
    await page.evaluate(() => {
      const w = window as unknown as { largeFile: File; openWatch: Watch };
      w.openWatch = { start: performance.now(), last: performance.now(), longestGap: 0, longestTask: 0, firstNodes: 0, progress: false };
      new PerformanceObserver((list) => {
        for (const task of list.getEntries()) w.openWatch.longestTask = Math.max(w.openWatch.longestTask, task.duration);
      }).observe({ type: 'longtask' });
      const tick = (now: number) => {
        w.openWatch.longestGap = Math.max(w.openWatch.longestGap, now - w.openWatch.last);
        w.openWatch.last = now;
        if (document.querySelector('.progress-box, .opening-progress')) w.openWatch.progress = true;
        // The first frame with the new board's nodes on the canvas (the board before had none: it was blank).
        if (!w.openWatch.firstNodes && document.querySelector('.react-flow__node')) w.openWatch.firstNodes = now - w.openWatch.start;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const transfer = new DataTransfer();
      transfer.items.add(w.largeFile);
      document.querySelector('.canvas')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(
      (name) => document.querySelector('.board-menu-name')?.textContent === name && document.querySelectorAll('.react-flow__node').length > 0 && !document.querySelector('.progress-box, .opening-progress'),
      name,
      { timeout: 300_000, polling: 100 },
    );
    const run = await page.evaluate(async () => {
      const w = (window as unknown as { openWatch: Watch }).openWatch;
      const ms = performance.now() - w.start;
      await new Promise((resolve) => requestAnimationFrame(resolve)); // the gap that ends with the board drawn counts
      return { ms, firstNodes: w.firstNodes, longestGap: w.longestGap, longestTask: w.longestTask, progress: w.progress };
    });
    await context.close();
    return run;
  } finally {
    await browser.close();
  }
}

export async function timeOpenLarge(appUrl: string, nodes = 20_000, runs = Number(process.env.OPEN_RUNS ?? 3)): Promise<BenchRow[]> {
  const board = generateBoard(nodes);
  const text = boardToJson(board);
  const results: OpenRun[] = [];
  for (let i = 0; i < runs; i++) results.push(await openOnce(appUrl, text, board.name));
  const runsOf = (key: 'ms' | 'firstNodes' | 'longestGap' | 'longestTask') => `runs ${results.map((r) => Math.round(r[key])).join(', ')}`;
  const count = nodes.toLocaleString('en');
  const note = `${count} nodes, ${board.edges.length.toLocaleString('en')} edges; ${runsOf('ms')}; progress shown: ${results.every((r) => r.progress) ? 'yes' : 'no'}`;
  return [
    { name: `Open a ${count}-node board file`, value: Math.round(median(results.map((r) => r.ms))), unit: 'ms', note },
    { name: `First nodes drawn (${count} nodes)`, value: Math.round(median(results.map((r) => r.firstNodes))), unit: 'ms', note: runsOf('firstNodes') },
    { name: `Longest frame gap while it opens (${count} nodes)`, value: Math.round(median(results.map((r) => r.longestGap))), unit: 'ms', note: `the longest the page does not answer; ${runsOf('longestGap')}` },
    { name: `Longest main-thread task while it opens (${count} nodes)`, value: Math.round(median(results.map((r) => r.longestTask))), unit: 'ms', note: runsOf('longestTask') },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const nodes = Number(process.argv[2] ?? 20_000);
  const app = await serve(resolve(process.argv[3] ?? APP_OUT_DIR));
  try {
    for (const row of await timeOpenLarge(app.url, nodes)) console.log(`${row.name}: ${row.value} ${row.unit} (${row.note})`);
  } finally {
    await app.close();
  }
}
