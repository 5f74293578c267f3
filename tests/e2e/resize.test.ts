// Resizing a card by its edge (WidthResizer), with a mouse on a desktop and a finger on a tablet: the card gets
// wider, its text is not cut, its arrow is routed again to the new box, undo puts it back, and the exported PNG and
// SVG show the new width.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decode } from 'fast-png';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launch, openApp } from './harness';
import { boardToJson, createBoard, createEdge, createNode, type Board } from '../../src/domain/board';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A requirements card with long fields above a component, an arrow from the card's bottom to the component. */
function cardBoard(): Board {
  const board = createBoard('Resize');
  const card = createNode('requirements', { x: 0, y: 0 });
  card.data.fields.businessObjective = 'Maximize revenue from ads, and keep users coming back to the timeline every day.';
  card.data.fields.constraints = 'Continual learning required: even a 5-minute delay in updating the model hurts.';
  const ranker = createNode('ranking', { x: 0, y: 420 }, 'Ranking service');
  board.nodes.push(card, ranker);
  board.edges.push(createEdge(card.id, ranker.id, 'request', 'ads to rank'));
  return board;
}

type Box = { x: number; y: number; width: number; height: number };

/** A node's box in flow coordinates (React Flow's transform and the element's size). */
const flowBox = (page: Page, id: string) =>
  page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el: HTMLElement) => {
    const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(el.style.transform)!;
    return { x: Number(m[1]), y: Number(m[2]), width: el.offsetWidth, height: el.offsetHeight };
  });

/** The card's texts that are clamped or overflow (scroll size beyond client size), or that run out of its box. */
const cutText = (page: Page, id: string) =>
  page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((node: HTMLElement) => {
    const cut = [...node.querySelectorAll<HTMLElement>('.mlsd-node-label, .mlsd-card-body dt, .mlsd-card-body dd')]
      .filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent);
    // The card's text ends inside its box (the box is as tall as its text).
    const body = node.querySelector('.mlsd-card-body')!.getBoundingClientRect();
    if (body.bottom > node.getBoundingClientRect().bottom + 1) cut.push('(below the card)');
    return cut;
  });

/** The first point of the arrow's drawn path once the router has routed it for the boxes as drawn now. */
async function routedStart(page: Page, edgeId: string) {
  const path = page.locator(`.react-flow__edge[data-id="${edgeId}"] path.react-flow__edge-path[data-routed]`);
  await path.waitFor({ state: 'attached' });
  const d = (await path.getAttribute('d'))!;
  const [x, y] = d.match(/-?\d+(\.\d+)?/g)!.slice(0, 2).map(Number);
  return { x, y };
}

/** Whether the point lies on the box's border (where an arrow leaves it). */
const onBorder = (p: { x: number; y: number }, b: Box) =>
  (Math.abs(p.y - (b.y + b.height)) < 1 || Math.abs(p.y - b.y) < 1 ? p.x >= b.x - 1 && p.x <= b.x + b.width + 1 : false) ||
  (Math.abs(p.x - b.x) < 1 || Math.abs(p.x - (b.x + b.width)) < 1 ? p.y >= b.y - 1 && p.y <= b.y + b.height + 1 : false);

/**
 * A point of the band on the card's right edge to grab it by, in page pixels: a quarter of the way down (the
 * connection handle sits in the middle of the side), checked to be the resize control.
 */
async function rightHandle(page: Page, id: string) {
  const handle = page.locator(`.react-flow__node[data-id="${id}"] .react-flow__resize-control.right`);
  await handle.waitFor();
  const b = (await handle.boundingBox())!;
  const at = { x: b.x + b.width / 2, y: b.y + b.height / 4 };
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('react-flow__resize-control'), at)).toBe(true);
  return at;
}

/** The board file dropped on the canvas (the tablet layout keeps "Open a board file…" in a menu). */
async function open(page: Page, board: Board) {
  await page.evaluate(
    ({ text, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      const target = document.querySelector('.canvas')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { text: boardToJson(board), name: 'resize.mlsd.json' },
  );
  await expect.poll(() => page.locator('.react-flow__node').count()).toBe(board.nodes.length);
  // 100%, so page pixels are flow pixels (the board was shown as it arrived, so the click is not undone).
  await page.locator('.mlsd-zoom-level').click();
  await expect.poll(() => page.locator('.mlsd-zoom-level').textContent()).toBe('100%');
  await page.waitForTimeout(300);
  expect(await page.locator('.mlsd-zoom-level').textContent()).toBe('100%');
}

async function exportImage(page: Page, format: 'PNG' | 'SVG') {
  await page.keyboard.press('Control+e');
  await page.getByRole('radio', { name: format }).check();
  if (format === 'PNG') await page.getByRole('radio', { name: '1×' }).check();
  await page.getByRole('radio', { name: 'Light' }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download ${format}` }).click();
  const path = (await (await download).path())!;
  await page.keyboard.press('Escape');
  return readFileSync(path);
}

describe('resizing a card', () => {
  it('on a desktop, by its edge with the mouse: wider, nothing cut, arrow routed again, undone, exported', async () => {
    const { context, page } = await openApp(browser);
    const board = cardBoard();
    const [card, ranker] = board.nodes;
    const edge = board.edges[0].id;
    await open(page, board);
    const before = await flowBox(page, card.id);
    expect(onBorder(await routedStart(page, edge), before)).toBe(true);

    await page.locator(`.react-flow__node[data-id="${card.id}"] .mlsd-node-label`).click();
    const handle = await rightHandle(page, card.id);
    await page.mouse.move(handle.x, handle.y);
    await page.mouse.down();
    await page.mouse.move(handle.x + 60, handle.y, { steps: 6 });
    await page.mouse.move(handle.x + 140, handle.y, { steps: 6 });
    await page.mouse.up();

    await expect.poll(async () => (await flowBox(page, card.id)).width).toBeGreaterThan(before.width + 120);
    const after = await flowBox(page, card.id);
    expect(after.x).toBe(before.x);
    expect(await cutText(page, card.id)).toEqual([]);
    // Wider, the card's text takes fewer lines: the card is shorter.
    expect(after.height).toBeLessThan(before.height);
    // The arrow is routed again for the new box (data-routed: routed for the boxes as drawn now): it leaves the
    // card's bottom side where the bottom is now.
    await expect.poll(async () => {
      const start = await routedStart(page, edge);
      return onBorder(start, after) && Math.abs(start.y - (after.y + after.height)) < 1;
    }).toBe(true);

    // The exported images are as wide as the board now (the card is its widest node; 40 px of margin each side).
    const right = Math.max(after.x + after.width, ...[await flowBox(page, ranker.id)].map((b) => b.x + b.width));
    const width = right - after.x + 80;
    const png = decode(new Uint8Array(await exportImage(page, 'PNG')));
    expect(Math.abs(png.width - width)).toBeLessThanOrEqual(2);
    const svg = (await exportImage(page, 'SVG')).toString('utf8');
    expect(Math.abs(Number(/^<svg[^>]*width="([\d.]+)"/.exec(svg)![1]) - width)).toBeLessThanOrEqual(2);

    // One undo step puts the width back, and the arrow follows.
    await page.locator('.react-flow__pane').click({ position: { x: 700, y: 600 } });
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await flowBox(page, card.id)).width).toBe(before.width);
    await expect.poll(async () => onBorder(await routedStart(page, edge), before)).toBe(true);
    expect(await cutText(page, card.id)).toEqual([]);
    await context.close();
  });

  it('on a tablet, by its edge with a finger', async () => {
    const { context, page } = await openApp(browser, { viewport: { width: 1024, height: 768 }, hasTouch: true });
    const cdp: CDPSession = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
    const board = cardBoard();
    const card = board.nodes[0];
    await open(page, board);
    const before = await flowBox(page, card.id);
    await page.locator(`.react-flow__node[data-id="${card.id}"] .mlsd-node-label`).tap();
    const handle = await rightHandle(page, card.id);
    await touch('touchStart', [handle]);
    for (let i = 1; i <= 12; i++) {
      await touch('touchMove', [{ x: handle.x + i * 8, y: handle.y }]);
      await page.waitForTimeout(16);
    }
    await touch('touchEnd', []);
    await expect.poll(async () => (await flowBox(page, card.id)).width).toBeGreaterThan(before.width + 60);
    expect(await cutText(page, card.id)).toEqual([]);
    await context.close();
  });
});
