// Debian's Chromium driven by playwright-core (as in tests/e2e/harness.ts), plus what the browser benchmarks share:
// seeding the app's IndexedDB with a board, waiting for a drawn canvas, and Chromium's own main-thread metrics.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../chromium';
import { serializeBoard, type Board } from '../../src/domain/board';

export const VIEWPORT = { width: 1440, height: 900 };

export const launch = (): Promise<Browser> => launchChromium();

/** A fresh profile: empty storage and HTTP cache. Service workers are blocked unless asked for. */
export async function newContext(browser: Browser, serviceWorkers = false): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: serviceWorkers ? 'allow' : 'block', acceptDownloads: true });
  // tsx compiles named functions inside page.evaluate callbacks with esbuild's `__name` helper: give pages one.
  await context.addInitScript('window.__name = (f) => f;');
  return context;
}

/** Store `board` as the app's last open board (src/store/library.ts layout), from a blank page of the app's origin. */
export async function seedBoard(page: Page, appUrl: string, board: Board): Promise<void> {
  await page.goto(`${appUrl}/__blank`);
  await page.evaluate(async (stored) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('mlsd-board');
      request.onupgradeneeded = () => request.result.createObjectStore('kv');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('kv', 'readwrite');
      tx.objectStore('kv').put({ savedAt: Date.now(), board: stored }, `board:${stored.id}`);
      tx.objectStore('kv').put(stored.id, 'last');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, serializeBoard(board));
}

/** A fresh profile with `board` stored as the last open board, the app loaded and the board drawn. */
export async function openWithBoard(browser: Browser, appUrl: string, board: Board): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('app page error:', e.message));
  await seedBoard(page, appUrl, board);
  await page.goto(appUrl + '/');
  await waitForNodes(page, board.nodes.length, true);
  return { context, page };
}

/**
 * Resolves with the page's clock at the first frame in which the canvas is drawn: `count` nodes in the DOM, every
 * one measured (React Flow hides unmeasured nodes), and the app ready when `appOnly`. A canvas that draws only the
 * nodes in view (onlyRenderVisibleElements) counts as drawn once its node count has held for 30 frames.
 */
export async function waitForNodes(page: Page, count: number, appOnly = false, timeout = 60_000): Promise<number> {
  return page.evaluate(
    ({ count, appOnly, timeout }) =>
      new Promise<number>((resolve, reject) => {
        const deadline = performance.now() + timeout;
        let last = -1;
        let since = 0;
        let stable = 0;
        const tick = () => {
          const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
          const drawn =
            (!appOnly || !!document.querySelector('.app[data-ready="true"]')) &&
            nodes.length > 0 &&
            nodes.every((node) => node.style.visibility !== 'hidden');
          const now = performance.now();
          if (drawn && nodes.length === count) return resolve(now);
          if (drawn && nodes.length === last) {
            if (++stable >= 30) return resolve(since);
          } else {
            [last, since, stable] = [drawn ? nodes.length : -1, now, 0];
          }
          if (now > deadline) return reject(new Error(`${nodes.length} of ${count} nodes drawn after ${timeout} ms`));
          requestAnimationFrame(tick);
        };
        tick();
      }),
    { count, appOnly, timeout },
  );
}

/** Resolve after the next frame has been rendered. */
export const afterFrame = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

export type Viewport = { x: number; y: number; zoom: number };

export async function readViewport(page: Page): Promise<Viewport> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  const match = /translate\(([-\d.e]+)px, ?([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(transform);
  if (!match) throw new Error(`Unexpected viewport transform: ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]), zoom: Number(match[3]) };
}

export type Metrics = { task: number; script: number; layout: number; style: number };

/** Chromium's cumulative main-thread metrics (CPU time of the renderer's main thread, in ms). */
export class MainThread {
  private constructor(private cdp: CDPSession) {}

  static async attach(page: Page): Promise<MainThread> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    return new MainThread(cdp);
  }

  async read(): Promise<Metrics> {
    const { metrics } = await this.cdp.send('Performance.getMetrics');
    const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { task: get('TaskDuration'), script: get('ScriptDuration'), layout: get('LayoutDuration'), style: get('RecalcStyleDuration') };
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
