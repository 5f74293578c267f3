import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, nodeByLabel, openApp } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openTemplate(page: Page, title: RegExp) {
  await page.getByRole('button', { name: 'Templates…' }).click();
  const gallery = page.getByRole('dialog', { name: 'Start from a template' });
  await gallery.getByRole('button', { name: title }).click();
  await expect.poll(() => gallery.count()).toBe(0);
}

const positions = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((n) => `${n.dataset.id}:${n.style.transform}`).join('|'),
  );

const stepStatus = (page: Page, title: string) =>
  page.locator('.check-step', { hasText: title }).locator('.check-status').textContent();

describe('templates and the checklist in Chromium', () => {
  it('opens Ad Click Prediction as a new board with its pipelines, and undoes an auto-layout', async () => {
    const { context, page } = await openApp(browser);
    await page.locator('.palette-item[data-kind="cache"]').click();
    const firstBoard = await page.locator('.board-menu-name').textContent();

    await openTemplate(page, /Ad Click Prediction/);
    await expect.poll(() => page.locator('.board-menu-name').textContent()).toMatch(/Ad Click Prediction/);
    const pipelines = await page.locator('.mlsd-group-label').allTextContents();
    expect(pipelines).toEqual(expect.arrayContaining(['Data preparation pipeline', 'Continual learning pipeline', 'Prediction pipeline']));
    expect(await nodeByLabel(page, 'Candidate generation service').count()).toBe(1);
    expect(await page.locator('.react-flow__edge').count()).toBeGreaterThan(20);

    // The board that was open is untouched, in the list.
    await page.getByRole('button', { name: /^Boards/ }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Boards' }).getByRole('button', { name: new RegExp(`^${firstBoard!}`) }).count()).toBe(1);
    await page.keyboard.press('Escape');

    const before = await positions(page);
    await page.getByRole('button', { name: 'Auto-layout top to bottom' }).click();
    await expect.poll(() => positions(page)).not.toBe(before);
    await page.getByRole('button', { name: 'Undo' }).click();
    // The canvas keeps only nodes in view in the DOM: show the whole board again before reading positions.
    await page.keyboard.press('Shift+1');
    await expect.poll(() => positions(page)).toBe(before);
    await context.close();
  });

  it('fails step 7 when the monitoring nodes go, points at the finding, and passes again on undo', async () => {
    const { context, page } = await openApp(browser);
    await openTemplate(page, /Ad Click Prediction/);
    await page.keyboard.press('Alt+3');
    await expect.poll(() => page.locator('.check-score strong').textContent()).toBe('100');
    expect(await stepStatus(page, 'Monitoring and infrastructure')).toBe('Pass');

    // Delete the monitoring side: the logging and dashboard nodes, and the monitoring card.
    for (const label of ['Ad interaction logs', 'Monitoring dashboard']) {
      await nodeByLabel(page, label).click({ modifiers: ['Shift'] });
    }
    await page.locator('.react-flow__node', { has: page.locator('.mlsd-card-header', { hasText: 'Monitoring' }) }).click({ modifiers: ['Shift'] });
    await page.keyboard.press('Delete');
    await expect.poll(() => stepStatus(page, 'Monitoring and infrastructure')).not.toBe('Pass');
    expect(Number(await page.locator('.check-score strong').textContent())).toBeLessThan(100);

    // Clicking a finding selects the nodes it concerns.
    const step = page.locator('.check-step', { hasText: 'Monitoring and infrastructure' });
    if ((await step.locator('.check-step-head').getAttribute('aria-expanded')) !== 'true') await step.locator('.check-step-head').click();
    const finding = step.locator('.finding button:not([disabled])').first();
    await finding.click();
    await expect.poll(() => page.locator('.react-flow__node.selected').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => stepStatus(page, 'Monitoring and infrastructure')).toBe('Pass');
    await expect.poll(() => page.locator('.check-score strong').textContent()).toBe('100');
    await context.close();
  });

  it('starts from the blank framework scaffold with findings in every step', async () => {
    const { context, page } = await openApp(browser);
    await openTemplate(page, /Framework scaffold/);
    await page.keyboard.press('Alt+3');
    await expect.poll(() => page.locator('.check-step').count()).toBe(7);
    const statuses = await page.locator('.check-step .check-status').allTextContents();
    expect(statuses.every((s) => s !== 'Pass')).toBe(true);
    expect(Number(await page.locator('.check-score strong').textContent())).toBeLessThan(30);
    await context.close();
  });
});
