import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, nodeByLabel, openApp, openBoardFile, waitReady } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Raw access to the app's IndexedDB store, as idb-keyval lays it out. */
async function idb(page: Page, op: 'keys' | 'put', key?: string, value?: unknown): Promise<string[]> {
  return page.evaluate(
    ({ op, key, value }) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('mlsd-board');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', op === 'put' ? 'readwrite' : 'readonly');
          const store = tx.objectStore('kv');
          if (op === 'put') {
            store.put(value, key!);
            tx.oncomplete = () => resolve([]);
          } else {
            const req = store.getAllKeys();
            req.onsuccess = () => resolve(req.result.map(String));
          }
          tx.onerror = () => reject(tx.error);
        };
      }),
    { op, key, value },
  );
}

/** From now on every IndexedDB write fails as it does when the disk is full. */
function fillStorage(page: Page): Promise<void> {
  return page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

describe('boards are never lost', () => {
  it('keeps an edit made just before a reload', async () => {
    const { context, page } = await openApp(browser);
    await page.locator('.palette-item[data-kind="alerting"]').click();
    await page.reload();
    await waitReady(page);
    await expect.poll(() => nodeByLabel(page, 'Alerting').count()).toBe(1);
    await context.close();
  });

  it('reopens a board just opened from a file when the page closes before its first save is done', async () => {
    const { context, page } = await openApp(browser);
    // From now on IndexedDB writes happen, but the app is never told they finished: each save stays under way.
    await page.evaluate(() => Object.defineProperty(IDBTransaction.prototype, 'oncomplete', { set() {}, configurable: true }));
    await openBoardFile(page, 'tests/fixtures/e2e/two-nodes.mlsd.json');
    await expect.poll(() => nodeByLabel(page, 'Ranking service').count()).toBe(1);
    await page.reload();
    await waitReady(page);
    await expect.poll(() => page.locator('.board-menu-name').textContent()).toMatch(/Two nodes/);
    await expect.poll(() => nodeByLabel(page, 'Ranking service').count()).toBe(1);
    await context.close();
  });

  it('warns when storage is full and keeps the board in memory', async () => {
    const { context, page } = await openApp(browser);
    await fillStorage(page);
    await page.locator('.palette-item[data-kind="cache"]').click();
    await expect.poll(() => page.locator('.save-status').textContent()).toMatch(/Not saved/);
    await expect.poll(() => page.locator('.notice-error').textContent()).toMatch(/Storage is full/);
    expect(await nodeByLabel(page, 'Cache').count()).toBe(1);
    // Editing goes on; the board is still there to export.
    await page.locator('.palette-item[data-kind="alerting"]').click();
    expect(await nodeByLabel(page, 'Alerting').count()).toBe(1);
    await context.close();
  });

  it('sets aside a stored board that cannot be read, and says so', async () => {
    const { context, page } = await openApp(browser);
    await idb(page, 'put', 'board:broken', { savedAt: Date.now(), board: { format: 'mlsd-board', version: 99 } });
    await page.reload();
    await waitReady(page);
    await expect.poll(() => page.locator('.notice-warning').textContent()).toMatch(/could not be read.*set aside/);
    const keys = await idb(page, 'keys');
    expect(keys.some((k) => k.startsWith('aside:broken:'))).toBe(true);
    expect(keys).not.toContain('board:broken');
    await context.close();
  });

  it('deletes a board with an undo', async () => {
    const { context, page } = await openApp(browser);
    await page.locator('.palette-item[data-kind="data-lake"]').click();
    const name = (await page.locator('.board-menu-name').textContent())!;
    await page.getByRole('button', { name: /^Boards/ }).click();
    await page.getByRole('button', { name: `Delete ${name}` }).click();
    await expect.poll(() => page.locator('.notice').last().textContent()).toMatch(/Deleted/);
    await expect.poll(() => nodeByLabel(page, 'Data lake').count()).toBe(0);
    await page.locator('.notice').last().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => nodeByLabel(page, 'Data lake').count()).toBe(1);
    await context.close();
  });
});

describe('a board open in two tabs', () => {
  it('shows the latest version saved by the other tab', async () => {
    const { context, page } = await openApp(browser);
    await page.locator('.palette-item[data-kind="cache"]').click();
    await expect.poll(() => page.locator('.save-status').textContent()).toMatch(/Saved/);
    const second = await context.newPage();
    await second.goto(page.url());
    await waitReady(second);
    await expect.poll(() => nodeByLabel(second, 'Cache').count()).toBe(1);

    await second.locator('.palette-item[data-kind="alerting"]').click();
    await expect.poll(() => second.locator('.save-status').textContent()).toMatch(/Saved/);
    await expect.poll(() => nodeByLabel(page, 'Alerting').count()).toBe(1);
    await expect.poll(() => page.locator('.notice').last().textContent()).toMatch(/changed in another tab/);
    await context.close();
  });
});

describe('a board that cannot be saved', () => {
  it('stays open when another board is opened, until it is downloaded', async () => {
    const { context, page } = await openApp(browser);
    await fillStorage(page);
    await page.locator('.palette-item[data-kind="cache"]').click();
    await expect.poll(() => page.locator('.save-status').textContent()).toMatch(/Not saved/);
    await page.keyboard.press('Alt+n');
    await expect.poll(() => page.locator('.notice-error').last().textContent()).toMatch(/is not saved, so it stays open/);
    expect(await nodeByLabel(page, 'Cache').count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download and go on' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.mlsd\.json$/);
    await expect.poll(() => nodeByLabel(page, 'Cache').count()).toBe(0);
    await context.close();
  });
});
