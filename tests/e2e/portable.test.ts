// Portable for real: phone, tablet and keyboard can do everything a mouse can (issue 13).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { ACTIONS } from '../../src/actions/actions';
import { launch, nodeByLabel, openApp } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string | null; nodes: string[] };

/** axe-core in the page, WCAG 2.1 A and AA: the serious and critical violations (each with a few of its elements). */
async function audit(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
  });
}

async function expectAccessible(page: Page): Promise<void> {
  const violations = await audit(page);
  expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
}

const VIEWPORTS = [
  { name: 'phone 390×844 (touch)', viewport: { width: 390, height: 844 }, hasTouch: true },
  { name: 'phone landscape 844×390 (touch)', viewport: { width: 844, height: 390 }, hasTouch: true },
  { name: 'tablet 1024×768 (touch)', viewport: { width: 1024, height: 768 }, hasTouch: true },
  { name: 'desktop 1440×900', viewport: { width: 1440, height: 900 }, hasTouch: false },
];

/** The toolbar's controls that overlap another (by bounding box), as pairs of names. */
async function toolbarOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll<HTMLElement>('.toolbar button, .toolbar .save-status')]
      .map((el) => ({ name: el.dataset.action ?? el.getAttribute('aria-label') ?? el.className, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0);
    const out: string[] = [];
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i].r;
        const b = items[j].r;
        if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) out.push(`${items[i].name} × ${items[j].name}`);
      }
    }
    return out;
  });
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function tap(page: Page, selector: string) {
  await page.locator(selector).first().tap({ timeout: 5000 });
}

/** The actions the toolbar shows, and those of its "More" menu (opened and closed again). */
async function reachableActions(page: Page, touch: boolean): Promise<Set<string>> {
  const shown = await page.locator('.toolbar [data-action]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.action!));
  const more = page.locator('.toolbar [data-action="more"]');
  if (touch) await more.tap();
  else await more.click();
  const menu = page.getByRole('menu', { name: 'More actions' });
  await menu.waitFor();
  const inMenu = await menu.locator('[data-action]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.action!));
  await page.keyboard.press('Escape');
  await expect.poll(() => menu.count()).toBe(0);
  return new Set([...shown, ...inMenu]);
}

describe('every size, every input', () => {
  for (const { name, viewport, hasTouch } of VIEWPORTS) {
    it(`at ${name}: nothing in the toolbar overlaps, no sideways scroll, every action reachable, no serious a11y violation`, async () => {
      const { context, page } = await openApp(browser, { viewport, hasTouch });
      expect(await toolbarOverlaps(page)).toEqual([]);
      expect(await sideways(page)).toBe(0);
      const reachable = await reachableActions(page, hasTouch);
      expect(ACTIONS.map((a) => a.id).filter((id) => !reachable.has(id))).toEqual([]);
      // Touch targets of at least 44 px on touch screens.
      if (hasTouch) {
        const small = await page.locator('.toolbar button').evaluateAll((els) =>
          els.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && (r.width < 44 || r.height < 44)).length,
        );
        expect(small).toBe(0);
      }
      await expectAccessible(page);
      await context.close();
    });
  }

  it('on a phone: palette and checklist are bottom sheets, audited, and the first tap after a finger drag adds', async () => {
    const { context, page } = await openApp(browser, { viewport: { width: 390, height: 844 }, hasTouch: true });
    await tap(page, '[data-action="toggle-palette"]');
    const sheet = page.locator('.palette');
    await sheet.waitFor();
    const box = (await sheet.boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(390);
    expect(box.y + box.height).toBeCloseTo(844, 0);
    await expectAccessible(page);
    await tap(page, '.palette-item[data-kind="cache"]');
    await expect.poll(() => sheet.count()).toBe(0);
    expect(await page.locator('.react-flow__node').count()).toBe(1);

    // A finger drag from the palette onto the canvas, then a tap: the tap adds at once.
    await tap(page, '[data-action="toggle-palette"]');
    const cdp = await context.newCDPSession(page);
    await page.locator('.palette-item[data-kind="feature-store"]').scrollIntoViewIfNeeded();
    const item = (await page.locator('.palette-item[data-kind="feature-store"]').boundingBox())!;
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x?: number, y?: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: x === undefined ? [] : [{ x, y: y! }] });
    // Sideways first (the list scrolls up and down), then up onto the canvas.
    await touch('touchStart', item.x + 30, item.y + 20);
    for (let i = 1; i <= 4; i++) await touch('touchMove', item.x + 30 + i * 12, item.y + 20);
    for (let i = 1; i <= 10; i++) await touch('touchMove', item.x + 78, item.y + 20 - (i * (item.y - 130)) / 10);
    await touch('touchEnd');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(2);
    // (A tap that stops a fling is not a click, on any phone: the drag's momentum has time to end.)
    await page.waitForTimeout(500);
    await tap(page, '[data-action="toggle-palette"]');
    await tap(page, '.palette-item[data-kind="alerting"]');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(3);

    await tap(page, '[data-action="toggle-checklist"]');
    const checklist = page.locator('.inspector');
    await checklist.locator('.check-score').waitFor();
    expect((await checklist.boundingBox())!.width).toBe(390);
    await expectAccessible(page);
    // The badges (pass, needs work, missing) in the dark theme too.
    await page.keyboard.press('Alt+d');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expectAccessible(page);
    await context.close();
  });

  it('adds ten components by click, none on another, near the centre of the view', async () => {
    const { context, page } = await openApp(browser);
    for (let i = 0; i < 10; i++) await page.locator('.palette-item[data-kind="cache"]').click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(10);
    const boxes = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `${i} and ${j} overlap`).toBe(false);
      }
    }
    // Three answer cards of one step land in a row.
    for (let i = 0; i < 3; i++) await page.locator('.palette-item[data-kind="requirements"]').click();
    const cards = await page.locator('.react-flow__node.mlsd-card').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(cards).toHaveLength(3);
    expect(new Set(cards.map((c) => Math.round(c.top))).size).toBe(1);
    expect(cards[1].left).toBeGreaterThan(cards[0].right);
    await context.close();
  });

  it('connects an arrow released anywhere on a node body, to its nearest side; grouping shows the group', async () => {
    const { context, page } = await openApp(browser);
    await page.locator('.palette-item[data-kind="client"]').click();
    await page.locator('.palette-item[data-kind="ranking"]').click();
    const from = nodeByLabel(page, 'Client / application');
    const to = nodeByLabel(page, 'Ranking service');
    await from.hover();
    const handle = (await from.locator('.react-flow__handle-right').boundingBox())!;
    const body = (await to.boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    // Released a little left of the body's centre, away from every handle.
    await page.mouse.move(body.x + body.width * 0.3, body.y + body.height * 0.5, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);

    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+g');
    await expect.poll(() => page.locator('.inspector-head h2').first().textContent()).toBe('Pipeline group');
    await context.close();
  });
});
