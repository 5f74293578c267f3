import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { audit, launch, nodeByLabel, openApp } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Visible controls with no accessible name (aria-label, labelledby, a <label>, text or title). */
function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=tab], [role=menuitem], [role=radio], [role=checkbox]';
    const nameOf = (el: HTMLElement): string => {
      const labelledBy = el.getAttribute('aria-labelledby');
      const fromLabels = 'labels' in el ? [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent).join(' ') : '';
      return [
        el.getAttribute('aria-label'),
        labelledBy ? labelledBy.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ') : '',
        fromLabels,
        el.textContent,
        el.getAttribute('title'),
      ].join(' ').trim();
    };
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.offsetParent !== null || el.getClientRects().length > 0)
      .filter((el) => !nameOf(el))
      .map((el) => el.outerHTML.slice(0, 120));
  });
}

describe('every control has an accessible name', () => {
  it('in the editor, the inspector, the checklist and every dialog', async () => {
    const { context, page } = await openApp(browser);
    expect(await unnamedControls(page)).toEqual([]);

    await page.getByRole('button', { name: 'Templates…' }).click();
    expect(await unnamedControls(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: /Visual Search System/ }).click();

    await nodeByLabel(page, 'Re-ranking service').click();
    expect(await unnamedControls(page)).toEqual([]);
    await page.locator('.react-flow__edge').first().click({ force: true });
    expect(await unnamedControls(page)).toEqual([]);

    await page.keyboard.press('Alt+3');
    await page.locator('.check-score').waitFor();
    expect(await unnamedControls(page)).toEqual([]);

    await page.keyboard.press('Control+e');
    expect(await unnamedControls(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Export' }).waitFor({ state: 'detached' });

    await page.keyboard.press('?');
    expect(await unnamedControls(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: /^Boards/ }).click();
    expect(await unnamedControls(page)).toEqual([]);
    await context.close();
  });
});

/** Every axe-core finding (best practices too), by rule and element. */
const axeViolations = async (page: Page) => (await audit(page, { everything: true })).map((v) => `${v.id}: ${v.nodes.join(', ')}`);

describe('axe-core finds nothing, best practices included', () => {
  for (const [name, viewport, theme] of [
    ['desktop, light', { width: 1440, height: 900 }, 'light'],
    ['phone, dark', { width: 390, height: 844 }, 'dark'],
  ] as const) {
    it(`on a board, in the checklist and in the dialogs (${name})`, async () => {
      const { context, page } = await openApp(browser, { viewport, hasTouch: viewport.width < 640 });
      await page.emulateMedia({ colorScheme: theme });
      await page.keyboard.press('Alt+p');
      await page.getByRole('dialog', { name: 'Start from a template' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('dialog').getByRole('button', { name: /Ad Click Prediction/ }).click();
      // The whole board, its arrows routed (a phone opens it on its Requirements card, where no arrow runs).
      await page.locator('.react-flow__controls').getByRole('button', { name: 'Fit to screen' }).click();
      await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge-path[data-routed]').length > 0);
      await page.keyboard.press('Alt+3');
      await page.locator('.check-score').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      for (const [key, dialog] of [['Control+e', 'Export'], ['?', 'Keyboard shortcuts']]) {
        await page.keyboard.press(key);
        await page.getByRole('dialog', { name: dialog }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
        if (viewport.width < 640) {
          // Touch targets: every button of the dialog is at least 44 px tall.
          const heights = await page.getByRole('dialog', { name: dialog }).getByRole('button').evaluateAll((all) => all.map((b) => b.getBoundingClientRect().height));
          expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
        }
        await page.keyboard.press('Escape');
        await page.getByRole('dialog', { name: dialog }).waitFor({ state: 'detached' });
      }
      // The board list fits the screen, its buttons big enough for a finger on a phone.
      await page.getByRole('button', { name: /^Boards/ }).click();
      const list = page.getByRole('dialog', { name: 'Boards' });
      expect(await axeViolations(page)).toEqual([]);
      const box = (await list.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      if (viewport.width < 640) {
        const heights = await list.getByRole('button').evaluateAll((all) => all.map((b) => b.getBoundingClientRect().height));
        expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
      }
      await context.close();
    }, 180_000);
  }
});
