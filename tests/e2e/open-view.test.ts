// How a board looks the moment it opens, at each size: readable on a phone (where the whole board would be a smear),
// whole on a tablet and a desktop; and a zoom the user makes as the board appears is not undone by the app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, waitReady } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const TITLE = 'Ad Click Prediction';
const TEMPLATE_NODES = (JSON.parse(readFileSync(new URL('../../templates/ad-click-prediction.json', import.meta.url), 'utf8')) as { nodes: unknown[] }).nodes.length;

async function openTemplate(page: Page) {
  await page.keyboard.press('Alt+p');
  const gallery = page.getByRole('dialog', { name: 'Start from a template' });
  await gallery.locator('.gallery-card').filter({ hasText: TITLE }).click();
  await expect.poll(() => page.locator('.board-menu-name').textContent()).toMatch(new RegExp(TITLE));
  await page.waitForTimeout(300);
}

/**
 * The nodes on screen: for each, its box in the canvas's box (in page pixels), and how large its name (a component's
 * label, a card's header) is drawn on screen: the font size times the zoom the box is drawn at.
 */
const onScreen = (page: Page) =>
  page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => {
      const r = node.getBoundingClientRect();
      const name = node.querySelector<HTMLElement>('.mlsd-node-label, .mlsd-group-label')!;
      const drawnPx = parseFloat(getComputedStyle(name).fontSize) * (r.width / node.offsetWidth);
      const whole = r.left >= pane.left - 0.5 && r.right <= pane.right + 0.5 && r.top >= pane.top - 0.5 && r.bottom <= pane.bottom + 0.5;
      const seen = r.right > pane.left && r.left < pane.right && r.bottom > pane.top && r.top < pane.bottom;
      return { id: node.dataset.id!, text: name.textContent, drawnPx, whole, seen };
    });
  });

describe('the view of a board as it opens', () => {
  it('on a phone, a template opens with its names readable and where it starts (Requirements) in view', async () => {
    const { context, page } = await openApp(browser, { viewport: { width: 390, height: 844 }, hasTouch: true });
    await openTemplate(page);
    const nodes = (await onScreen(page)).filter((n) => n.seen);
    expect(nodes.length).toBeGreaterThan(0);
    // Names at 11 px or more on screen (fitted whole, about 2 px).
    for (const n of nodes) expect(n.drawnPx, n.text ?? '').toBeGreaterThanOrEqual(10.99);
    // The answer starts at its first step: the Requirements card, wholly in view.
    const requirements = nodes.find((n) => n.id === 'card-requirements');
    expect(requirements?.whole).toBe(true);
    // The rest is a tap away: Fit to screen shows all of it.
    await page.locator('.react-flow__controls').getByRole('button', { name: 'Fit to screen' }).click();
    await expect.poll(async () => (await onScreen(page)).filter((n) => n.whole).length).toBe(TEMPLATE_NODES);
    await context.close();
  });

  it('on a tablet and a desktop, a template still opens whole', async () => {
    for (const [viewport, hasTouch] of [[{ width: 820, height: 1180 }, true], [{ width: 1440, height: 900 }, false]] as const) {
      const { context, page } = await openApp(browser, { viewport, hasTouch });
      await openTemplate(page);
      const nodes = await onScreen(page);
      expect(nodes.filter((n) => n.whole).length, `${viewport.width} px`).toBe(TEMPLATE_NODES);
      await context.close();
    }
  });

  // The board open at the start (the last one, read from storage before the first render) is shown as it arrives;
  // the user zooms (a wheel step, a click on the zoom level) in the first moment its first node is drawn.
  const gestures = {
    wheel: () => {
      const pane = document.querySelector('.react-flow__pane')!;
      const r = pane.getBoundingClientRect();
      pane.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, cancelable: true }));
    },
    'zoom level': () => document.querySelector<HTMLElement>('.mlsd-zoom-level')!.click(),
  };
  it.each(Object.keys(gestures) as (keyof typeof gestures)[])('a zoom the user makes as the board appears is kept, not undone by the opening fit (%s)', async (name) => {
    const { context, page } = await openApp(browser);
    await openTemplate(page);
    // d3-zoom keeps the view it set on the element it listens on (`__zoom`): the scale just before and after.
    await page.addInitScript(`(() => {
      const gesture = ${gestures[name].toString()};
      const seen = new MutationObserver(() => {
        if (!document.querySelector('.react-flow__node')) return;
        seen.disconnect();
        const renderer = document.querySelector('.react-flow__renderer');
        const before = renderer.__zoom?.k;
        gesture();
        window.zoomed = { before, after: renderer.__zoom?.k };
      });
      seen.observe(document, { childList: true, subtree: true });
    })()`);
    await page.reload();
    await waitReady(page);
    await page.waitForFunction(() => 'zoomed' in window);
    await page.waitForTimeout(1000);
    if (name === 'wheel') {
      const zoomed = await page.evaluate(() => (window as unknown as { zoomed: { before: number; after: number } }).zoomed);
      const scale = await page.locator('.react-flow__viewport').evaluate((el: HTMLElement) => Number(/scale\(([\d.]+)\)/.exec(el.style.transform)![1]));
      expect(zoomed.after).toBeGreaterThan(zoomed.before);
      expect(scale).toBeCloseTo(zoomed.after, 3);
    } else expect(await page.locator('.mlsd-zoom-level').textContent()).toBe('100%');
    await context.close();
  });
});
