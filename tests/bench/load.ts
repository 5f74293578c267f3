// Time to a usable canvas, cold: a fresh browser profile (empty HTTP cache and storage) with the largest template
// stored as the last open board; from navigation start to the first frame in which the app is ready and every
// node is drawn and measured. The figure is a first visit's (service worker registering); the note also gives the
// median with service workers blocked, to show what the worker's install costs the first load.
import type { Browser } from 'playwright-core';
import type { Board } from '../../src/domain/board';
import { newContext, seedBoard, waitForNodes } from './browser';
import { median, type BenchRow } from './types';

async function coldLoad(browser: Browser, appUrl: string, board: Board, serviceWorker: boolean): Promise<number> {
  const context = await newContext(browser, serviceWorker);
  const page = await context.newPage();
  await seedBoard(page, appUrl, board);
  await page.goto(appUrl + '/', { waitUntil: 'commit' });
  const at = await waitForNodes(page, board.nodes.length, true);
  await context.close();
  return at;
}

export async function timeToCanvas(browser: Browser, appUrl: string, board: Board, runs = 7): Promise<BenchRow> {
  await coldLoad(browser, appUrl, board, true); // warms the server and the OS file cache
  const withWorker: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < runs; i++) {
    withWorker.push(await coldLoad(browser, appUrl, board, true));
    without.push(await coldLoad(browser, appUrl, board, false));
  }
  return {
    name: `Time to usable canvas, cold (${board.nodes.length} nodes)`,
    value: Math.round(median(withWorker)),
    unit: 'ms',
    target: 1000,
    note: `"${board.name}"; runs ${withWorker.map(Math.round).join(', ')}; service worker blocked ${Math.round(median(without))}`,
  };
}
