// Time to a usable canvas, cold: a fresh browser profile (empty HTTP cache, service worker allowed as on a first
// visit) with the largest template stored as the last open board; from navigation start to the first frame in
// which the app is ready and every node is drawn and measured.
import type { Browser } from 'playwright-core';
import type { Board } from '../../src/domain/board';
import { newContext, seedBoard, waitForNodes } from './browser';
import { median, type BenchRow } from './types';

export async function timeToCanvas(browser: Browser, appUrl: string, board: Board, runs = 7): Promise<BenchRow> {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const context = await newContext(browser, true);
    const page = await context.newPage();
    await seedBoard(page, appUrl, board);
    await page.goto(appUrl + '/', { waitUntil: 'commit' });
    const at = await waitForNodes(page, board.nodes.length, true);
    if (i > 0) times.push(at); // the first load warms the server and the OS file cache
    await context.close();
  }
  return {
    name: `Time to usable canvas, cold (${board.nodes.length} nodes)`,
    value: Math.round(median(times)),
    unit: 'ms',
    target: 1000,
    note: `"${board.name}"; runs ${times.map(Math.round).join(', ')}`,
  };
}
