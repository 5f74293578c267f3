import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, nodeByLabel, openApp, waitReady } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('installable and offline', () => {
  it('has a manifest with icons', async () => {
    const { context, page } = await openApp(browser);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(new URL(href!, page.url()).href)).json();
    expect(manifest.name).toBe('MLSD Board');
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toContain('512x512');
    await context.close();
  });

  it('loads and edits a board with the network off after one visit', async () => {
    const { context, page } = await openApp(browser);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first visit is controlled after a reload; by then everything is precached.
    await page.reload();
    await waitReady(page);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);

    await context.setOffline(true);
    await page.reload();
    await waitReady(page);
    await page.locator('.palette-item[data-kind="drift-detection"]').click();
    await expect.poll(() => nodeByLabel(page, 'Drift detection').count()).toBe(1);
    // Lazy parts of the app work offline too: the export dialog's code is a separate chunk.
    await page.keyboard.press('Control+e');
    await expect.poll(() => page.getByRole('dialog', { name: 'Export' }).isVisible()).toBe(true);
    await context.close();
  });
});
