// PNG export of the largest template at 2×, through the app's Export dialog: from the click on 'Download PNG'
// to Chromium's download event. One untimed export first (it loads the export chunk); median of the rest.
import type { Browser } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Board } from '../../src/domain/board';
import { openWithBoard, sleep } from './browser';
import { median, type BenchRow } from './types';

export function largestTemplate(dir: string): Board {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Board)
    .sort((a, b) => b.nodes.length - a.nodes.length)[0];
}

export async function timeExport(browser: Browser, appUrl: string, board: Board, runs = 5): Promise<BenchRow> {
  const { context, page } = await openWithBoard(browser, appUrl, board);
  await sleep(500);
  const times: number[] = [];
  let size = '';
  for (let i = 0; i <= runs; i++) {
    await page.keyboard.press('Control+e');
    await page.getByRole('radio', { name: '2×' }).check();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    const t0 = performance.now();
    await page.getByRole('button', { name: 'Download PNG' }).click();
    const file = await download;
    const ms = performance.now() - t0;
    if (i > 0) times.push(ms);
    const bytes = readFileSync((await file.path())!);
    size = `${bytes.readUInt32BE(16)}×${bytes.readUInt32BE(20)} px`;
    await page.waitForSelector('.progress', { state: 'detached' }).catch(() => undefined);
    await sleep(300);
  }
  await context.close();
  return {
    name: `PNG export at 2×, largest template (${board.nodes.length} nodes)`,
    value: Math.round(median(times)),
    unit: 'ms',
    target: 1500,
    note: `"${board.name}", ${size}; runs ${times.map(Math.round).join(', ')}`,
  };
}
