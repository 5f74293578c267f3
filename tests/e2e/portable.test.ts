// Portable for real: phone, tablet and keyboard can do everything a mouse can (issue 13).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ACTIONS } from '../../src/actions/actions';
import { audit, launch, nodeByLabel, openApp } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

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
    // The sheet closed after the drop; it opens again (here by its key) and the very next tap on an item adds it.
    await page.keyboard.press('Alt+1');
    await sheet.waitFor();
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

  for (const theme of ['light', 'dark']) {
    it(`every dialog and menu passes the audit, ${theme} theme`, async () => {
      const { context, page } = await openApp(browser);
      await page.locator('.palette-item[data-kind="client"]').click();
      await page.locator('.palette-item[data-kind="ranking"]').click();
      if (theme === 'dark') await page.keyboard.press('Alt+d');
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? 'light')).toBe(theme);
      const opened: [string, () => Promise<unknown>][] = [
        ['help', () => page.keyboard.press('?')],
        ['export', () => page.keyboard.press('Control+e')],
        ['find', () => page.keyboard.press('Control+f')],
        ['connect', () => page.keyboard.press('c')],
        ['templates', () => page.keyboard.press('Alt+p')],
        ['context menu', () => nodeByLabel(page, 'Ranking service').click({ button: 'right' })],
        ['more menu', () => page.locator('[data-action="more"]').click()],
        ['board list', () => page.getByRole('button', { name: /^Boards/ }).click()],
      ];
      for (const [name, open] of opened) {
        await nodeByLabel(page, 'Ranking service').click();
        await open();
        await expect.poll(() => page.locator('[role="dialog"], [role="menu"]').count(), { message: name }).toBeGreaterThan(0);
        await page.waitForTimeout(150);
        const violations = await audit(page);
        expect(violations, `${name} (${theme}): ${JSON.stringify(violations, null, 1)}`).toEqual([]);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('[role="dialog"], [role="menu"]').count(), { message: name }).toBe(0);
      }
      await page.keyboard.press('Alt+3');
      await page.locator('.check-score').waitFor();
      await expectAccessible(page);
      await context.close();
    });
  }

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

/** The focus is on something, never on the page's body. */
async function expectFocused(page: Page, step: string): Promise<void> {
  const onBody = await page.evaluate(() => !document.activeElement || document.activeElement === document.body);
  expect(onBody, `focus on <body> after: ${step}`).toBe(false);
}

const focusedNode = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.querySelector('.mlsd-node-label, .mlsd-group-label')?.textContent ?? null);

/** Press Tab until the focus is on an element matching the test, at most `limit` times; the focus never on the body. */
async function tabTo(page: Page, test: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    await expectFocused(page, `Tab ${i + 1} towards ${test}`);
    if (await page.evaluate((t) => !!document.activeElement?.matches(t), test)) return;
  }
  throw new Error(`Tab never reached ${test}`);
}

describe('keyboard only', () => {
  it('builds a five-node design with four arrows, renames, groups, checks, follows a finding and exports a PNG, without the mouse', async () => {
    const { context, page } = await openApp(browser);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the board');

    // Five components from the palette: Alt+A, the name, Enter (the best match is added; the box keeps the focus,
    // its text selected, so the next name typed replaces it).
    await page.keyboard.press('Alt+a');
    const names = ['Client / application', 'Ranking service', 'Feature store', 'Event stream', 'Model registry'];
    for (const name of names) {
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await expectFocused(page, `adding ${name}`);
    }
    await page.keyboard.press('Escape'); // clears the box
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(5);
    // Escape once more: back to the board, on the node just added.
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedNode(page)).toBe('Model registry');

    // Four arrows of two kinds: "Connect to…" (C) takes the target through the find box; Alt+1/Alt+2 pick the kind.
    const connect = async (from: string | null, to: string, kindKey: string) => {
      if (from) {
        await page.keyboard.press('Control+f');
        await page.keyboard.type(from);
        await page.keyboard.press('Enter');
        await expect.poll(() => focusedNode(page)).toBe(from);
      }
      await page.keyboard.press('c');
      const box = page.getByRole('combobox', { name: 'Node to connect to' });
      await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type(to);
      await page.keyboard.press(kindKey);
      await page.keyboard.press('Enter');
      await expect.poll(() => box.count()).toBe(0);
      await expectFocused(page, `connecting to ${to}`);
    };
    await connect(null, 'Ranking service', 'Alt+1');
    await connect('Feature store', 'Ranking service', 'Alt+2');
    await connect('Event stream', 'Feature store', 'Alt+2');
    await connect('Client / application', 'Ranking service', 'Alt+1');
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(4);
    expect(await page.locator('.react-flow__edge-batch').count()).toBe(2);
    expect(await page.locator('.react-flow__edge-request').count()).toBe(2);

    // Rename in place: Enter on a node (its name selected, so typing replaces it), then F2 on a neighbour.
    await expect.poll(() => focusedNode(page)).toBe('Client / application');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('rename-field');
    expect(await page.evaluate(() => { const el = document.activeElement as HTMLInputElement; return el.value.slice(el.selectionStart!, el.selectionEnd!); })).toBe('Client / application');
    await page.keyboard.type('Web app');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedNode(page)).toBe('Web app');
    // The arrow keys go to the nearest node in a direction.
    let moved = false;
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      await expectFocused(page, key);
      if ((await focusedNode(page)) !== 'Web app') {
        moved = true;
        break;
      }
    }
    expect(moved).toBe(true);
    const second = (await focusedNode(page))!;
    await page.keyboard.press('F2');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('rename-field');
    await page.keyboard.type('Scorer');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedNode(page)).toBe('Scorer');
    expect(await page.locator('.react-flow__node .mlsd-node-label').allTextContents()).not.toContain(second);

    // Group three: Ctrl+Arrow (or Tab) moves the focus keeping the selection, Space adds the focused node to it.
    const picked = new Set(['Scorer']);
    for (const key of ['Control+ArrowRight', 'Control+ArrowLeft', 'Control+ArrowDown', 'Control+ArrowUp', 'Tab', 'Tab', 'Tab', 'Tab']) {
      if (picked.size === 3) break;
      await page.keyboard.press(key);
      await expectFocused(page, key);
      const label = await focusedNode(page);
      if (label && !picked.has(label)) {
        await page.keyboard.press('Space');
        picked.add(label);
      }
    }
    expect(picked.size).toBe(3);
    await expect.poll(() => page.locator('.react-flow__node.selected').count()).toBe(3);
    await page.keyboard.press('Control+g');
    await expect.poll(() => page.locator('.react-flow__node.mlsd-group').count()).toBe(1);
    await expect.poll(() => focusedNode(page)).toBe('New pipeline');

    // Run the checklist and follow a finding: Tab to it, Enter selects the nodes it is about.
    await page.keyboard.press('Alt+3');
    await page.locator('.check-score').waitFor();
    await tabTo(page, '.finding button:not([disabled])');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.react-flow__node.selected').count()).toBeGreaterThan(0);
    await expectFocused(page, 'following a finding');

    // Export a PNG: Ctrl+E moves the focus into the dialog; Tab to Download.
    await page.keyboard.press('Control+e');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    await tabTo(page, '[role="dialog"] button.primary', 12);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
    await expectFocused(page, 'export');

    // Help (?) lists the keys; Escape gives the focus back.
    const before = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe(before);
    await context.close();
  });
});

describe('on a phone, from an empty board', () => {
  it('adds four components, connects them, renames one, opens the checklist and exports a PNG, by touch', async () => {
    const { context, page } = await openApp(browser, { viewport: { width: 390, height: 844 }, hasTouch: true });
    for (const kind of ['client', 'ranking', 'feature-store', 'model-registry']) {
      await tap(page, '[data-action="toggle-palette"]');
      await tap(page, `.palette-item[data-kind="${kind}"]`);
      await expect.poll(() => page.locator('.palette').count()).toBe(0);
    }
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);

    // Long press a node: its menu; "Connect to…" picks the other end in the find box.
    const cdp = await context.newCDPSession(page);
    const longPress = async (label: string) => {
      await page.waitForTimeout(300); // the view may still be moving to the node that took the focus
      const box = (await nodeByLabel(page, label).locator('.mlsd-node-label').boundingBox())!;
      const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
      await page.waitForTimeout(800);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.getByRole('menu', { name: 'Actions' }).waitFor();
    };
    const connect = async (from: string, to: string) => {
      await longPress(from);
      await page.getByRole('menu', { name: 'Actions' }).locator('[data-action="connect"]').tap();
      // The box loads on demand: type once it has the focus.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Node to connect to');
      await page.keyboard.type(to);
      await page.getByRole('option').first().tap();
    };
    await connect('Client / application', 'Ranking');
    await connect('Feature store', 'Ranking');
    await connect('Model registry', 'Ranking');
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(3);

    // Rename from the long-press menu.
    await longPress('Ranking service');
    // A touch screen's menu lists no keyboard shortcuts (the desktop's does: editor.test.ts).
    const shortcuts = page.getByRole('menu', { name: 'Actions' }).locator('kbd');
    expect(await shortcuts.count()).toBeGreaterThan(0);
    expect(await shortcuts.evaluateAll((all) => all.filter((k) => k.getClientRects().length > 0).length)).toBe(0);
    await page.getByRole('menu', { name: 'Actions' }).locator('[data-action="rename"]').tap();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Ranker');
    await page.keyboard.press('Enter');
    await expect.poll(() => nodeByLabel(page, 'Ranker').count()).toBe(1);

    await tap(page, '[data-action="toggle-checklist"]');
    await page.locator('.check-score').waitFor();
    await tap(page, '[data-action="toggle-checklist"]');

    // Export is in the "More" menu on a phone.
    await tap(page, '[data-action="more"]');
    await page.getByRole('menu', { name: 'More actions' }).locator('[data-action="export"]').tap();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PNG' }).tap();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
    expect(await sideways(page)).toBe(0);
    await context.close();
  });
});
