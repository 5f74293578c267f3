// Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject } from 'vitest';
import { boardToJson, type Board } from '../../src/domain/board';
import { launchChromium } from '../chromium';

export const launch = (): Promise<Browser> => launchChromium();

export const baseUrl = () => inject('baseUrl');

export type Session = { context: BrowserContext; page: Page };

/** A fresh browser profile (empty IndexedDB) with the app open and its boards loaded. */
export async function openApp(browser: Browser, options: { viewport?: { width: number; height: number }; hasTouch?: boolean; path?: string } = {}): Promise<Session> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    hasTouch: options.hasTouch,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(baseUrl() + (options.path ?? '/'));
  await waitReady(page);
  return { context, page };
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('.app[data-ready="true"] .react-flow__pane');
}

/** Wait until the autosave indicator says the board is stored. */
export async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent?.includes('Saved'));
  await page.waitForTimeout(50);
}

export const nodeByLabel = (page: Page, label: string) =>
  page.locator('.react-flow__node').filter({ has: page.locator('.mlsd-node-label', { hasText: label }) });

/** Drag a palette item onto the canvas at a point, with real pointer events. */
export async function dragFromPalette(page: Page, kindId: string, to: { x: number; y: number }): Promise<void> {
  const item = page.locator(`.palette-item[data-kind="${kindId}"]`);
  await item.scrollIntoViewIfNeeded();
  const box = (await item.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

/** Open a board file through the file picker, as a user does: a path, or a board written to a temporary file. */
export async function openBoardFile(page: Page, file: string | Board): Promise<void> {
  let path = file as string;
  if (typeof file !== 'string') {
    path = join(mkdtempSync(join(tmpdir(), 'mlsd-')), 'board.mlsd.json');
    writeFileSync(path, boardToJson(file));
  }
  const name = typeof file === 'string' ? (JSON.parse(readFileSync(file, 'utf8')) as Board).name : file.name;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a board file…' }).click();
  await (await chooser).setFiles(path);
  await expect.poll(() => page.locator('.board-menu-name').textContent()).toBe(name);
}

export async function canvasBox(page: Page) {
  return (await page.locator('.react-flow__pane').boundingBox())!;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type Violation = { id: string; impact: string | null; nodes: string[] };

/**
 * axe-core in the page. By default WCAG 2.1 A and AA, the serious and critical violations; `everything`: every rule
 * axe runs (best practices too: one h1, unique landmarks, heading order), whatever its impact. Each with a few of its
 * elements.
 */
export async function audit(page: Page, { everything = false } = {}): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async (everything) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, everything ? {} : { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations
      .filter((v) => everything || v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`) }));
  }, everything);
}
