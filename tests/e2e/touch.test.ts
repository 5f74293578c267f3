import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launch, nodeByLabel, openApp } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

type Point = { x: number; y: number };

/** Real touch input through Chromium's input pipeline (it turns touches into pointer events). */
async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
}

async function swipe(page: Page, cdp: CDPSession, from: Point, to: Point, steps = 12) {
  await touch(cdp, 'touchStart', [from]);
  for (let i = 1; i <= steps; i++) {
    await touch(cdp, 'touchMove', [{ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }]);
    await page.waitForTimeout(16);
  }
  await touch(cdp, 'touchEnd', []);
}

const zoomOf = async (page: Page) =>
  page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);

describe('on a tablet', () => {
  it('collapses the panels into toggles, drags from the palette with a finger, and pinch-zooms', async () => {
    const { context, page } = await openApp(browser, { viewport: { width: 820, height: 1180 }, hasTouch: true });
    const cdp = await context.newCDPSession(page);
    // Panels start closed on a narrow screen; the toolbar toggles them.
    expect(await page.locator('.palette').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Show / hide components' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Show / hide components' }).tap();
    await expect.poll(() => page.locator('.palette').count()).toBe(1);

    const item = (await page.locator('.palette-item[data-kind="feature-store"]').boundingBox())!;
    await swipe(page, cdp, { x: item.x + 30, y: item.y + item.height / 2 }, { x: 560, y: 500 });
    await expect.poll(() => nodeByLabel(page, 'Feature store').count()).toBe(1);
    const node = (await nodeByLabel(page, 'Feature store').boundingBox())!;
    expect(Math.abs(node.x + node.width / 2 - 560)).toBeLessThan(30);

    // Pinch out with two fingers on the empty canvas.
    await page.getByRole('button', { name: 'Show / hide components' }).tap();
    const before = await zoomOf(page);
    const c = { x: 400, y: 800 };
    await touch(cdp, 'touchStart', [{ x: c.x - 40, y: c.y }, { x: c.x + 40, y: c.y }]);
    for (let i = 1; i <= 10; i++) {
      await touch(cdp, 'touchMove', [{ x: c.x - 40 - i * 12, y: c.y }, { x: c.x + 40 + i * 12, y: c.y }]);
      await page.waitForTimeout(16);
    }
    await touch(cdp, 'touchEnd', []);
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(before * 1.3);
    await context.close();
  });
});
