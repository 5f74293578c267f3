import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from 'fast-png';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, canvasBox, launch, openApp, openBoardFile, waitReady } from './harness';
import { createBoard, createEdge, createNode, type Board } from '../../src/domain/board';
import { CATALOG } from '../../src/domain/catalog';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const FIXTURE = 'tests/fixtures/e2e/two-nodes.mlsd.json';

async function openFixture(page: Page) {
  await openBoardFile(page, FIXTURE);
  await page.waitForTimeout(200);
}

async function dropFile(page: Page, bytes: Uint8Array, name: string, type: string) {
  await page.evaluate(
    ({ data, name, type }) => {
      const file = new File([new Uint8Array(data)], name, { type });
      const transfer = new DataTransfer();
      transfer.items.add(file);
      const target = document.querySelector('.canvas')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { data: Array.from(bytes), name, type },
  );
}

/** 100 components in a 10 × 10 grid, each row chained by edges: most are out of view when zoomed in. */
/** Columns of the grid board: room for the widest component (240 px, its kind on one line) and an arrow. */
const GRID_COLUMN = 300;

function gridBoard(): Board {
  const kinds = CATALOG.filter((k) => k.family === 'component');
  const board = createBoard('Big grid');
  for (let i = 0; i < 100; i++) {
    const node = createNode(kinds[i % kinds.length].id, { x: (i % 10) * GRID_COLUMN, y: Math.floor(i / 10) * 120 }, `Node ${i + 1}`);
    if (i % 10 > 0) board.edges.push(createEdge(board.nodes[i - 1].id, node.id, 'request'));
    board.nodes.push(node);
  }
  return board;
}

/** A card with long fields, a clamped label, a pipeline box with a component, a note and a labelled edge. */
function lookBoard(): Board {
  const board = createBoard('Look');
  const card = createNode('requirements', { x: 0, y: 0 });
  card.data.fields.businessObjective = 'Maximize revenue from ads, and keep users coming back to the timeline every day.';
  card.data.fields.constraints = 'Continual learning required: even a 5-minute delay in updating the model hurts.';
  const long = createNode('candidate-generation', { x: 320, y: 0 }, 'Candidate generation service for every ad request');
  const group = createNode('group', { x: 320, y: 120 }, 'Prediction pipeline');
  group.width = 260;
  group.height = 120;
  const ranking = createNode('ranking', { x: 40, y: 40 }, 'Ranking');
  ranking.parentId = group.id;
  const note = createNode('note', { x: 0, y: 320 }, 'Ads can repeat; users can hide ads.');
  board.nodes.push(card, long, group, ranking, note);
  board.edges.push(createEdge(long.id, ranking.id, 'request', 'top ads'));
  return board;
}

/** Export through the dialog (Ctrl+E) and wait for the download. */
async function exportImage(page: Page, format: 'PNG' | 'SVG', theme: 'Light' | 'Dark', scale?: '1×' | '2×') {
  await page.keyboard.press('Control+e');
  await page.getByRole('radio', { name: format }).check();
  if (scale) await page.getByRole('radio', { name: scale }).check();
  await page.getByRole('radio', { name: theme }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download ${format}` }).click();
  return download;
}

const labels = (page: Page) => page.locator('.react-flow__node .mlsd-node-label').allTextContents();

describe('export and open in Chromium', () => {
  it('exports a PNG of the whole board that shows the edge and carries the board back in', async () => {
    const { context, page } = await openApp(browser);
    await openFixture(page);
    const file = await exportImage(page, 'PNG', 'Light', '2×');
    expect(file.suggestedFilename()).toBe('two-nodes.png');
    const bytes = new Uint8Array(readFileSync((await file.path())!));

    // The whole board at 2×: nodes span 0..584 × 0..60, plus 40 px padding each side.
    const image = decode(bytes);
    expect(image.width).toBe((584 + 80) * 2);
    expect(image.height).toBe((60 + 80) * 2);

    // Edge pixels on the line between the two nodes (y = node middle), well away from both nodes.
    const channels = image.channels;
    const y = (40 + 30) * 2;
    let dark = 0;
    for (let x = (40 + 184 + 30) * 2; x < (40 + 400 - 30) * 2; x++) {
      const i = (y * image.width + x) * channels;
      const lum = (image.data[i] + image.data[i + 1] + image.data[i + 2]) / 3;
      if (lum < 180) dark++;
    }
    expect(dark).toBeGreaterThan(150);

    // Drop the PNG back: it opens as a new board with the same nodes.
    await dropFile(page, bytes, 'two-nodes.png', 'image/png');
    await expect.poll(() => page.locator('.notice').last().textContent()).toMatch(/Opened “\u2068two-nodes.png\u2069” as a new board/);
    expect(await labels(page)).toEqual(['Query user', 'Ranking service']);
    expect(await page.locator('.react-flow__edge').count()).toBe(1);
    await context.close();
  });

  it('copies the image to the clipboard, for pasting into notes', async () => {
    const { context, page } = await openApp(browser);
    await openFixture(page);
    await page.keyboard.press('Control+e');
    await page.getByRole('radio', { name: '2×' }).check();
    await page.getByRole('button', { name: 'Copy image' }).click();
    await expect.poll(() => page.locator('.notice').last().textContent()).toMatch(/Image copied to the clipboard/);
    const bytes = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return Array.from(new Uint8Array(await (await item.getType('image/png')).arrayBuffer()));
    });
    const image = decode(new Uint8Array(bytes));
    expect([image.width, image.height]).toEqual([(584 + 80) * 2, (60 + 80) * 2]);
    await context.close();
  });

  it('exports an SVG with the background under the whole image, the edge drawn and the board inside', async () => {
    const { context, page } = await openApp(browser);
    await openFixture(page);
    const file = await exportImage(page, 'SVG', 'Dark');
    expect(file.suggestedFilename()).toBe('two-nodes.svg');
    const path = (await file.path())!;
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^<svg[^>]*width="664" height="140"/);
    expect(text).toContain('<metadata id="mlsd-board">');
    // The canvas's dot grid (a rectangle two million units wide, in the board's viewport) is not part of the image.
    expect(text).not.toContain('mlsd-dots');

    // Drawn on its own, as another program would: dark in the padding's corner, the edge light between the nodes.
    const named = join(mkdtempSync(join(tmpdir(), 'mlsd-')), 'two-nodes.svg');
    writeFileSync(named, text);
    const viewer = await context.newPage();
    await viewer.goto(`file://${named}`);
    const shot = decode(await viewer.screenshot({ clip: { x: 0, y: 0, width: 664, height: 140 } }));
    const lum = (x: number, y: number) => {
      const i = (y * shot.width + x) * shot.channels;
      return (shot.data[i] + shot.data[i + 1] + shot.data[i + 2]) / 3;
    };
    expect(lum(2, 2)).toBeLessThan(60);
    let light = 0;
    for (let x = 40 + 184 + 30; x < 40 + 400 - 30; x++) if (lum(x, 40 + 30) > 90) light++;
    expect(light).toBeGreaterThan(100);
    await viewer.close();

    // Dropped back, it opens as a new board with the same nodes.
    await dropFile(page, new Uint8Array(readFileSync(path)), 'two-nodes.svg', 'image/svg+xml');
    await expect.poll(() => page.locator('.notice').last().textContent()).toMatch(/Opened “\u2068two-nodes.svg\u2069” as a new board/);
    expect(await labels(page)).toEqual(['Query user', 'Ranking service']);
    await context.close();
  });

  it('draws a selected arrow as any other: its head the colour of its line, in both themes', async () => {
    const { context, page } = await openApp(browser);
    await openFixture(page);
    await page.locator('.react-flow__edge').click({ force: true });
    await expect.poll(() => page.locator('.react-flow__edge.selected').count()).toBe(1);
    for (const theme of ['Light', 'Dark'] as const) {
      const text = readFileSync((await (await exportImage(page, 'SVG', theme)).path())!, 'utf8');
      const viewer = await context.newPage();
      await viewer.setContent(text);
      const colours = await viewer.evaluate(() => {
        const line = document.querySelector('.react-flow__edge-path')!;
        const id = line.getAttribute('marker-end')!.match(/url\('#(.*)'\)$/)![1];
        const head = [...document.querySelectorAll('marker')].find((m) => m.id === id)!.querySelector('polyline, path')!;
        return { line: getComputedStyle(line).stroke, head: getComputedStyle(head).fill };
      });
      expect(colours.head, theme).toBe(colours.line);
      await viewer.close();
    }
    await context.close();
  });

  it('draws the PNG as the canvas shows the board at 100%', async () => {
    const { context, page } = await openApp(browser);
    const board = lookBoard();
    await openBoardFile(page, board);
    // The zoom level in the canvas controls goes back to 100%.
    await page.locator('.mlsd-zoom-level').click();
    await expect.poll(() => page.locator('.mlsd-zoom-level').textContent()).toBe('100%');
    await page.waitForTimeout(300);

    const image = decode(new Uint8Array(readFileSync((await (await exportImage(page, 'PNG', 'Light', '1×')).path())!)));
    await expect.poll(() => page.locator('.progress').count()).toBe(0);

    // Each node's screenshot against the same box of the image, in 4 × 4 px blocks so that text antialiasing
    // does not count: a block differs when its mean differs by more than 24 in some channel.
    const absolute = (id: string): { x: number; y: number } => {
      const node = board.nodes.find((n) => n.id === id)!;
      const parent = node.parentId ? absolute(node.parentId) : { x: 0, y: 0 };
      return { x: parent.x + node.position.x, y: parent.y + node.position.y };
    };
    const left = Math.min(...board.nodes.map((n) => absolute(n.id).x));
    const top = Math.min(...board.nodes.map((n) => absolute(n.id).y));
    const differing: Record<string, number> = {};
    for (const node of board.nodes) {
      const shot = decode(await page.locator(`.react-flow__node[data-id="${node.id}"]`).screenshot());
      const ox = absolute(node.id).x - left + 40;
      const oy = absolute(node.id).y - top + 40;
      let bad = 0;
      let blocks = 0;
      for (let by = 0; by + 4 <= shot.height; by += 4) {
        for (let bx = 0; bx + 4 <= shot.width; bx += 4) {
          let worst = 0;
          for (let k = 0; k < 3; k++) {
            let a = 0;
            let b = 0;
            for (let y = by; y < by + 4; y++) {
              for (let x = bx; x < bx + 4; x++) {
                a += shot.data[(y * shot.width + x) * shot.channels + k];
                b += image.data[((y + oy) * image.width + x + ox) * image.channels + k];
              }
            }
            worst = Math.max(worst, Math.abs(a - b) / 16);
          }
          blocks++;
          if (worst > 24) bad++;
        }
      }
      differing[node.data.label] = Math.round((100 * bad) / blocks);
    }
    // Measured: 0% for every node. html-to-image's own full style copy, which shrinks every font by a fraction of a
    // pixel, differed by up to 9% (text wrapped elsewhere); a copy without the stylesheets' properties by 30%.
    for (const [label, percent] of Object.entries(differing)) expect(percent, label).toBeLessThanOrEqual(4);
    await context.close();
  });

  it('exports every node of a large board, also those out of view that the canvas does not draw', async () => {
    const { context, page } = await openApp(browser);
    const board = gridBoard();
    await openBoardFile(page, board);
    // It opens fitted, and opens fitted again after a reload: all of it in view (so in the DOM).
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(100);
    await page.reload();
    await waitReady(page);
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(100);
    // Nodes are as wide and tall as their text: the last column's widest and the last row's tallest, as drawn.
    const extent = await page.evaluate(() => {
      const els = [...document.querySelectorAll<HTMLElement>('.react-flow__node')];
      const at = (el: HTMLElement) => /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(el.style.transform)!.slice(1).map(Number);
      return {
        right: Math.max(...els.map((el) => at(el)[0] + el.offsetWidth)),
        bottom: Math.max(...els.map((el) => at(el)[1] + el.offsetHeight)),
      };
    });

    // Zoom in on the top-left corner until most of the board is out of view and out of the DOM.
    const box = await canvasBox(page);
    await page.mouse.move(box.x + 40, box.y + 40);
    for (let i = 0; i < 20 && (await page.locator('.react-flow__node').count()) > 20; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(100);
    }
    expect(await page.locator('.react-flow__node').count()).toBeLessThanOrEqual(20);

    const image = decode(new Uint8Array(readFileSync((await (await exportImage(page, 'PNG', 'Light', '1×')).path())!)));
    expect(image.width).toBe(extent.right + 80);
    expect(image.height).toBe(extent.bottom + 80);

    // Every node's left border (its step's colour) is in the image, and every row's last edge.
    const pixel = (x: number, y: number) => {
      const i = (y * image.width + x) * image.channels;
      return [image.data[i], image.data[i + 1], image.data[i + 2]];
    };
    const missing = board.nodes.filter((n) => Math.min(...pixel(40 + n.position.x + 2, 40 + n.position.y + 30)) > 200);
    expect(missing.map((n) => n.data.label)).toEqual([]);
    for (let row = 0; row < 10; row++) {
      // The arrow leaves the middle of its node's side; nodes are 60 to 76 px tall, as their text needs.
      let dark = 0;
      for (let x = 40 + 8 * GRID_COLUMN + 240 + 6; x < 40 + 9 * GRID_COLUMN - 12; x++) {
        let inColumn = false;
        for (let y = 40 + row * 120 + 24; y <= 40 + row * 120 + 44; y++) if (Math.max(...pixel(x, y)) < 200) inColumn = true;
        if (inColumn) dark++;
      }
      expect(dark, `edge in row ${row + 1}`).toBeGreaterThan(20);
    }
    // The canvas culls again afterwards.
    await expect.poll(() => page.locator('.react-flow__node').count()).toBeLessThanOrEqual(20);
    await context.close();
  });

  it('says plainly when a PNG has no board, and keeps the open board', async () => {
    const { context, page } = await openApp(browser);
    await openFixture(page);
    const plain = readFileSync('public/icon-192.png');
    await dropFile(page, new Uint8Array(plain), 'photo.png', 'image/png');
    await expect.poll(() => page.locator('.notice-error').textContent()).toMatch(/no MLSD board/i);
    expect(await labels(page)).toEqual(['Query user', 'Ranking service']);
    await context.close();
  });

  it('opens a share link as a new board, and rejects a link cut short', async () => {
    const { context, page } = await openApp(browser);
    await openFixture(page);
    await page.keyboard.press('Alt+l');
    await expect.poll(() => page.locator('.notice').last().textContent()).toMatch(/Share link copied/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#board=/);

    const other = await context.newPage();
    await other.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl()));
    await waitReady(other);
    // (The same profile's last board is this one too: wait for the link's own board, then read it.)
    await expect.poll(() => other.locator('.notice').last().textContent()).toMatch(/Opened the shared link as a new board/);
    expect(await labels(other)).toEqual(['Query user', 'Ranking service']);
    expect(other.url()).not.toContain('#board=');

    const cut = link.slice(0, link.length - 12);
    const third = await context.newPage();
    await third.goto(cut.replace(/^https?:\/\/[^/]+/, baseUrl()));
    await waitReady(third);
    await expect.poll(() => third.locator('.notice-error').textContent()).toMatch(/cut short|damaged|changed/i);
    await context.close();
  });

  it('copies the board as Mermaid text', async () => {
    const { context, page } = await openApp(browser);
    await openFixture(page);
    await page.keyboard.press('Alt+m');
    await expect.poll(() => page.locator('.notice').last().textContent()).toMatch(/Mermaid flowchart copied/);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^flowchart LR/);
    expect(text).toContain('Query user');
    expect(text).toContain('Ranking service');
    await context.close();
  });
});
