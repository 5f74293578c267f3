import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, createEdge, createNode } from '../../src/domain/board';
import type { Browser, Page } from 'playwright-core';
import { canvasBox, dragFromPalette, launch, nodeByLabel, openApp, openBoardFile, waitReady, waitSaved } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function nodeLabels(page: Page): Promise<string[]> {
  return page.locator('.react-flow__node .mlsd-node-label').allTextContents();
}

async function connect(page: Page, from: string, to: string) {
  const source = nodeByLabel(page, from).locator('.react-flow__handle-right');
  const target = nodeByLabel(page, to).locator('.react-flow__handle-left');
  await nodeByLabel(page, from).hover();
  const a = (await source.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await nodeByLabel(page, to).hover();
  const b = (await target.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
}

/** User and Ranking side by side, Re-ranking under Ranking, and an arrow from User to Ranking (`sides` pins its ends). */
function reconnectBoard(name: string, kind: 'request' | 'batch', label: string, sides?: { sourceHandle: string; targetHandle: string }) {
  const board = createBoard(name);
  const user = createNode('client', { x: 0, y: 100 }, 'User');
  const ranking = createNode('ranking', { x: 400, y: 100 }, 'Ranking');
  board.nodes.push(user, ranking, createNode('reranking', { x: 400, y: 300 }, 'Re-ranking'));
  board.edges.push(createEdge(user.id, ranking.id, kind, label, sides));
  return board;
}

/** Drags the selected arrow's target end, by its handle, onto Re-ranking's left side. */
async function dragTargetEndToReranking(page: Page) {
  const a = (await page.locator('.react-flow__edgeupdater-target').boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await nodeByLabel(page, 'Re-ranking').hover();
    const b = (await nodeByLabel(page, 'Re-ranking').locator('.react-flow__handle-left').boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await page.mouse.up();
}

describe('the editor in Chromium', () => {
  it('drags components from the palette, connects them, edits, undoes and redoes', async () => {
    const { context, page } = await openApp(browser);
    const pane = await canvasBox(page);

    await dragFromPalette(page, 'client', { x: pane.x + 250, y: pane.y + 250 });
    await dragFromPalette(page, 'ranking', { x: pane.x + 600, y: pane.y + 250 });
    expect(await nodeLabels(page)).toEqual(['Client / application', 'Ranking service']);

    // The node lands where it was dropped (its centre under the pointer).
    const dropped = (await nodeByLabel(page, 'Ranking service').boundingBox())!;
    expect(Math.abs(dropped.x + dropped.width / 2 - (pane.x + 600))).toBeLessThan(20);

    await connect(page, 'Client / application', 'Ranking service');
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);

    // Edit the label in the inspector: select the node, type a new name.
    await nodeByLabel(page, 'Client / application').click();
    const label = page.locator('#inspector-label');
    await label.fill('Query user');
    await label.blur();
    expect(await nodeLabels(page)).toEqual(['Query user', 'Ranking service']);

    // Undo the rename (one step for the whole typing), then the edge, then redo both.
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Control+z');
    expect(await nodeLabels(page)).toEqual(['Client / application', 'Ranking service']);
    await page.keyboard.press('Control+z');
    expect(await page.locator('.react-flow__edge').count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await page.keyboard.press('Control+Shift+z');
    expect(await nodeLabels(page)).toEqual(['Query user', 'Ranking service']);
    expect(await page.locator('.react-flow__edge').count()).toBe(1);
    await context.close();
  });

  it('adds a component by click, and makes a whole drag one undo step', async () => {
    const { context, page } = await openApp(browser);
    await page.locator('.palette-item[data-kind="feature-store"]').click();
    const node = nodeByLabel(page, 'Feature store');
    const before = (await node.boundingBox())!;
    await page.mouse.move(before.x + 60, before.y + 30);
    await page.mouse.down();
    await page.mouse.move(before.x + 260, before.y + 130, { steps: 15 });
    await page.mouse.up();
    const after = (await node.boundingBox())!;
    expect(after.x - before.x).toBeGreaterThan(150);
    await page.getByRole('button', { name: 'Undo' }).click();
    const undone = (await node.boundingBox())!;
    expect(Math.abs(undone.x - before.x)).toBeLessThan(2);
    expect(Math.abs(undone.y - before.y)).toBeLessThan(2);
    await context.close();
  });

  it('finds the board as it was after a reload', async () => {
    const { context, page } = await openApp(browser);
    await page.locator('.palette-item[data-kind="model-registry"]').click();
    await page.locator('#inspector-label').fill('Model registry v2');
    await page.locator('#inspector-label').blur();
    await waitSaved(page);
    await page.reload();
    await waitReady(page);
    await expect.poll(() => nodeLabels(page)).toEqual(['Model registry v2']);
    await context.close();
  });

  it('makes a second board and switches back to the first', async () => {
    const { context, page } = await openApp(browser);
    await page.locator('.palette-item[data-kind="data-lake"]').click();
    await waitSaved(page);
    const firstName = await page.locator('.board-menu-name').textContent();

    await page.getByRole('button', { name: /^Boards/ }).click();
    await page.getByRole('dialog', { name: 'Boards' }).getByRole('button', { name: 'New board' }).click();
    await expect.poll(() => nodeLabels(page)).toEqual([]);
    await page.locator('.palette-item[data-kind="cache"]').click();
    await waitSaved(page);

    await page.getByRole('button', { name: /^Boards/ }).click();
    await expect.poll(() => page.locator('.board-list li').count()).toBe(2);
    await page.getByRole('dialog', { name: 'Boards' }).getByRole('button', { name: new RegExp(`^${firstName!}`) }).click();
    await expect.poll(() => nodeLabels(page)).toEqual(['Data lake']);
    await context.close();
  });

  it('connects a component to a pipeline box, as the book draws data flowing into a whole pipeline', async () => {
    const { context, page } = await openApp(browser);
    const board = createBoard('Into a pipeline');
    const lake = createNode('data-lake', { x: 0, y: 80 }, 'Lake');
    const group = { ...createNode('group', { x: 400, y: 0 }, 'Training pipeline'), width: 320, height: 220 };
    board.nodes.push(lake, group);
    await openBoardFile(page, board);
    await expect.poll(() => page.locator('.mlsd-group-label').textContent()).toBe('Training pipeline');

    const groupBox = page.locator('.react-flow__node.mlsd-group');
    await nodeByLabel(page, 'Lake').hover();
    const a = (await nodeByLabel(page, 'Lake').locator('.react-flow__handle-right').boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await groupBox.hover({ position: { x: 40, y: 100 } });
    const b = (await groupBox.locator('.react-flow__handle-left').boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    expect(await page.locator('.react-flow__edge').getAttribute('aria-label')).toBe('Request / response from Lake to Training pipeline');
    await context.close();
  });

  it('drags the end of a selected edge to another node, and undoes it', async () => {
    const { context, page } = await openApp(browser);
    await openBoardFile(page, reconnectBoard('Reconnect', 'batch', 'ads', { sourceHandle: 'right', targetHandle: 'left' }));
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    const edge = page.locator('.react-flow__edge');

    // No end handles until the edge is selected.
    expect(await page.locator('.react-flow__edgeupdater').count()).toBe(0);
    const line = (await edge.locator('.react-flow__edge-path').boundingBox())!;
    await page.mouse.click(line.x + line.width / 4, line.y + line.height / 2);
    await expect.poll(() => page.locator('.react-flow__edgeupdater-target').count()).toBe(1);
    await dragTargetEndToReranking(page);
    await expect.poll(() => edge.getAttribute('aria-label')).toBe('Batch data from User to Re-ranking, “ads”');
    expect(await page.locator('.mlsd-edge-label').textContent()).toBe('ads');
    expect(await page.locator('.react-flow__edge').count()).toBe(1);

    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => edge.getAttribute('aria-label')).toBe('Batch data from User to Ranking, “ads”');
    await context.close();
  });

  it('routes a board at rest once: not again while nothing changes, nor when the view pans or zooms', async () => {
    const { context, page } = await openApp(browser);
    await openBoardFile(page, reconnectBoard('At rest', 'request', 'query'));
    await expect.poll(() => page.locator('[data-routed]').count(), { timeout: 15_000 }).toBe(1);
    // The router's log of answers drawn (src/canvas/routing/RouteLayer.tsx), for the benchmarks.
    const answers = () => page.evaluate(() => (window as unknown as { __mlsdRouting: unknown[] }).__mlsdRouting.length);
    await page.waitForTimeout(500);
    const settled = await answers();
    await page.waitForTimeout(1000);
    const pane = await canvasBox(page);
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    for (const dy of [-100, -100, 100]) await page.mouse.wheel(0, dy);
    await page.waitForTimeout(1000);
    expect(await answers()).toBe(settled);
    await context.close();
  });

  it('draws a routed arrow\'s end handles on its ends, not on the node\'s top, and drags one to reconnect', async () => {
    const { context, page } = await openApp(browser);
    await openBoardFile(page, reconnectBoard('Unpinned ends', 'request', 'query')); // no sides pinned
    const edge = page.locator('.react-flow__edge');
    await expect.poll(() => edge.locator('[data-routed]').count(), { timeout: 15_000 }).toBe(1);
    const line = (await edge.locator('.react-flow__edge-path').boundingBox())!;
    await page.mouse.click(line.x + line.width / 2, line.y + line.height / 2);
    await expect.poll(() => page.locator('.react-flow__edgeupdater').count()).toBe(2);
    // Each handle's centre, and the arrow's two ends, in screen pixels.
    const gap = () => edge.evaluate((g) => {
      const path = g.querySelector<SVGPathElement>('.react-flow__edge-path')!;
      const toScreen = (el: SVGGraphicsElement, x: number, y: number) => new DOMPoint(x, y).matrixTransform(el.getScreenCTM()!);
      const ends = [path.getPointAtLength(0), path.getPointAtLength(path.getTotalLength())].map((p) => toScreen(path, p.x, p.y));
      return (['source', 'target'] as const).map((type, i) => {
        const c = g.querySelector<SVGCircleElement>(`.react-flow__edgeupdater-${type}`)!;
        const at = toScreen(c, c.cx.baseVal.value, c.cy.baseVal.value);
        return Math.hypot(at.x - ends[i].x, at.y - ends[i].y);
      });
    });
    // On the arrow, a handle's radius in from where it touches the node (React Flow put them on the top handle, 40 px off).
    await expect.poll(async () => Math.max(...(await gap()))).toBeLessThan(10);

    await dragTargetEndToReranking(page);
    await expect.poll(() => edge.getAttribute('aria-label')).toBe('Request / response from User to Re-ranking, “query”');
    await context.close();
  });

  it('offers the actions for what is right-clicked, and works them from the keyboard too', async () => {
    const { context, page } = await openApp(browser);
    await page.locator('.palette-item[data-kind="feature-store"]').click();
    await expect.poll(() => nodeLabels(page)).toEqual(['Feature store']);
    const menu = page.getByRole('menu', { name: 'Actions' });

    // On a node: it is selected, and Duplicate copies it.
    await nodeByLabel(page, 'Feature store').click({ button: 'right' });
    await expect.poll(() => menu.isVisible()).toBe(true);
    expect(await menu.getByRole('menuitem').allTextContents()).toContain('Group into a pipelineCtrl+G');
    // With a mouse the shortcuts show (a touch screen's menu leaves them out: portable.test.ts).
    expect(await menu.locator('kbd').first().isVisible()).toBe(true);
    await menu.getByRole('menuitem', { name: /Duplicate/ }).click();
    await expect.poll(() => nodeLabels(page)).toEqual(['Feature store', 'Feature store']);
    expect(await menu.count()).toBe(0);

    // On the background: the keyboard moves through the items, Enter runs one (Add a note), Escape closes.
    const box = await canvasBox(page);
    await page.mouse.click(box.x + 30, box.y + box.height - 120, { button: 'right' });
    await expect.poll(() => menu.isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Paste/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => nodeLabels(page)).toEqual(['Feature store', 'Feature store', 'Note']);
    // The note lands where the menu was opened.
    const note = (await nodeByLabel(page, 'Note').boundingBox())!;
    expect(note.x).toBeLessThan(box.x + 30);
    expect(note.x + note.width).toBeGreaterThan(box.x + 30);
    expect(note.y).toBeLessThan(box.y + box.height - 120);
    expect(note.y + note.height).toBeGreaterThan(box.y + box.height - 120);
    // A new note opens for typing its name; Escape after typing puts back the name it had (and leaves no undo step
    // of its own: the two undos below take back the note and the copy), and the focus goes back to the note.
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('rename-field');
    await page.keyboard.type('Cache');
    await expect.poll(() => nodeLabels(page)).toEqual(['Feature store', 'Feature store', 'Cache']);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.textContent)).toBe('Note');
    await page.mouse.click(box.x + 30, box.y + box.height - 120, { button: 'right' });
    await expect.poll(() => menu.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    // Undo takes back the note, then the copy.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeLabels(page)).toEqual(['Feature store']);
    await context.close();
  });

  it('gives the keyboard focus to a component dropped from the palette: F2 renames it', async () => {
    const { context, page } = await openApp(browser);
    const pane = await canvasBox(page);
    await dragFromPalette(page, 'cache', { x: pane.x + 300, y: pane.y + 200 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.textContent)).toBe('Cache');
    await page.keyboard.press('F2');
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('rename-field');
    await page.keyboard.type('Hot items');
    await page.keyboard.press('Enter');
    expect(await nodeLabels(page)).toEqual(['Hot items']);
    await context.close();
  });

  it('aligns several selected nodes from their context menu', async () => {
    const { context, page } = await openApp(browser);
    const board = createBoard('Align');
    board.nodes.push(createNode('client', { x: 0, y: 0 }, 'User'), createNode('ranking', { x: 300, y: 160 }, 'Ranking'));
    await openBoardFile(page, board);
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+a');
    await nodeByLabel(page, 'Ranking').click({ button: 'right' });
    await page.getByRole('menu', { name: 'Actions' }).getByRole('menuitem', { name: 'Align top' }).click();
    const top = async (label: string) => (await nodeByLabel(page, label).boundingBox())!.y;
    await expect.poll(async () => Math.abs((await top('User')) - (await top('Ranking')))).toBeLessThan(1);
    // One node alone: no alignments offered.
    await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await nodeByLabel(page, 'User').click({ button: 'right' });
    await expect.poll(() => page.getByRole('menu', { name: 'Actions' }).isVisible()).toBe(true);
    expect(await page.getByRole('menuitem', { name: 'Align top' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('selects by box, shift-click, Ctrl+A; Escape lets go; Delete takes the selection, and undo brings it back unselected', async () => {
    const { context, page } = await openApp(browser);
    const board = createBoard('Selecting');
    const [user, ranking, store] = [createNode('client', { x: 0, y: 0 }, 'User'), createNode('ranking', { x: 300, y: 0 }, 'Ranking'), createNode('database', { x: 0, y: 300 }, 'Store')];
    board.nodes.push(user, ranking, store);
    board.edges.push(createEdge(user.id, ranking.id, 'request', ''));
    await openBoardFile(page, board);
    const selected = () => page.locator('.react-flow__node.selected .mlsd-node-label').allTextContents().then((l) => l.sort());
    const heading = page.locator('.inspector-fields h2').first();
    // A box drawn with Shift held round the top two nodes selects them (and the arrow between them).
    const a = (await nodeByLabel(page, 'User').boundingBox())!;
    const b = (await nodeByLabel(page, 'Ranking').boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.move(a.x - 20, a.y - 20);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width + 20, b.y + b.height + 20, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(selected).toEqual(['Ranking', 'User']);
    await expect.poll(() => page.locator('.react-flow__edge.selected').count()).toBe(1);
    await expect.poll(() => heading.textContent()).toBe('3 items selected');
    // Shift-click adds the third; Escape lets go of everything.
    await nodeByLabel(page, 'Store').click({ modifiers: ['Shift'] });
    await expect.poll(selected).toEqual(['Ranking', 'Store', 'User']);
    await page.keyboard.press('Escape');
    await expect.poll(selected).toEqual([]);
    await expect.poll(() => page.locator('.react-flow__edge.selected').count()).toBe(0);
    // A click selects one alone (the inspector shows it); Ctrl+A selects every node and arrow.
    await nodeByLabel(page, 'Store').click();
    await expect.poll(selected).toEqual(['Store']);
    await expect.poll(() => page.locator('#inspector-label').inputValue()).toBe('Store');
    await page.keyboard.press('Control+a');
    await expect.poll(selected).toEqual(['Ranking', 'Store', 'User']);
    await expect.poll(() => page.locator('.react-flow__edge.selected').count()).toBe(1);
    // Delete takes two nodes and the arrow that touched one; undo brings them back, not selected. (A click on a node
    // that is part of the selection keeps the selection, to drag it: Escape first.)
    await page.keyboard.press('Escape');
    await nodeByLabel(page, 'User').click();
    await nodeByLabel(page, 'Store').click({ modifiers: ['Shift'] });
    await page.keyboard.press('Delete');
    await expect.poll(() => nodeLabels(page)).toEqual(['Ranking']);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(0);
    await expect.poll(selected).toEqual([]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeLabels(page).then((l) => l.sort())).toEqual(['Ranking', 'Store', 'User']);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    expect(await selected()).toEqual([]);
    await context.close();
  });

  it('snaps a dragged node into line with another, showing a guide', async () => {
    const { context, page } = await openApp(browser);
    const board = createBoard('Guides');
    board.nodes.push(createNode('client', { x: 0, y: 0 }, 'User'), createNode('ranking', { x: 300, y: 200 }, 'Ranking'));
    await openBoardFile(page, board);
    if ((await page.getByRole('button', { name: 'Snap to grid' }).getAttribute('aria-pressed')) === 'true') {
      await page.getByRole('button', { name: 'Snap to grid' }).click(); // the grid would move it in steps
    }
    const user = (await nodeByLabel(page, 'User').boundingBox())!;
    const ranking = (await nodeByLabel(page, 'Ranking').boundingBox())!;
    // Drag Ranking up until its top is 3 px below User's.
    const [x, y] = [ranking.x + ranking.width / 2, ranking.y + ranking.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - 40, { steps: 4 });
    // React Flow starts the drag a few pixels in: aim from where the node is now.
    const started = (await nodeByLabel(page, 'Ranking').boundingBox())!;
    await page.mouse.move(x, y - 40 - (started.y - user.y) + 3, { steps: 12 });
    await expect.poll(() => page.locator('.mlsd-guide').count()).toBeGreaterThan(0);
    await page.mouse.up();
    await expect.poll(() => page.locator('.mlsd-guide').count()).toBe(0);
    const after = (await nodeByLabel(page, 'Ranking').boundingBox())!;
    expect(Math.abs(after.y - user.y)).toBeLessThan(0.5);
    await context.close();
  });

  it('groups nodes into a pipeline that moves with its children, and copies across boards', async () => {
    const { context, page } = await openApp(browser);
    await page.locator('.palette-item[data-kind="indexing-service"]').click();
    await page.keyboard.down('Shift');
    await page.locator('.palette-item[data-kind="vector-index"]').click();
    await page.keyboard.up('Shift');
    // Select both with a box and group them.
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+g');
    await expect.poll(() => page.locator('.react-flow__node-group').count()).toBe(1);
    await page.locator('#inspector-label').fill('Indexing pipeline');
    await page.locator('#inspector-label').blur();
    await expect.poll(() => page.locator('.mlsd-group-label').textContent()).toBe('Indexing pipeline');

    const child = nodeByLabel(page, 'Index table');
    const before = (await child.boundingBox())!;
    const label = (await page.locator('.mlsd-group-label').boundingBox())!;
    await page.mouse.move(label.x + 5, label.y + 5);
    await page.mouse.down();
    await page.mouse.move(label.x + 105, label.y + 85, { steps: 10 });
    await page.mouse.up();
    const after = (await child.boundingBox())!;
    expect(Math.round(after.x - before.x)).toBeGreaterThan(80);
    expect(Math.round(after.y - before.y)).toBeGreaterThan(60);

    // Copy the group, open a new board and paste it there.
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Alt+n');
    await expect.poll(() => nodeLabels(page)).toEqual([]);
    await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
    await page.keyboard.press('Control+v');
    await expect.poll(() => page.locator('.mlsd-group-label').textContent()).toBe('Indexing pipeline');
    expect((await nodeLabels(page)).sort()).toEqual(['Index table', 'Indexing service']);
    await context.close();
  });

  it('finds a node that is out of view, goes to it and gives it the keyboard focus', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('button', { name: 'Templates…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /Ad Click Prediction/ }).click();
    await expect.poll(() => page.locator('.board-menu-name').textContent()).toMatch(/Ad Click Prediction/);
    // Zoom in on the top-left corner: "Ranked ads" (bottom right) leaves the view, and the DOM.
    const box = await canvasBox(page);
    await page.mouse.move(box.x + 40, box.y + 40);
    const ranked = page.locator('.react-flow__node[data-id="ranked-ads"]');
    for (let i = 0; i < 20 && (await ranked.count()) > 0; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(100);
    }
    expect(await ranked.count()).toBe(0);

    await page.keyboard.press('Control+f');
    const input = page.getByRole('combobox', { name: 'Find on board' });
    await input.fill('zzz');
    await expect.poll(() => page.getByRole('dialog', { name: 'Find on board' }).textContent()).toContain('Nothing on this board matches “zzz”');
    await input.fill('ranked');
    const options = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
    await expect.poll(() => options.first().textContent()).toContain('Ranked ads');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog', { name: 'Find on board' }).count()).toBe(0);
    await expect.poll(() => ranked.getAttribute('class')).toContain('selected');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('ranked-ads');
    const at = (await ranked.boundingBox())!;
    expect(at.x).toBeGreaterThan(box.x);
    expect(at.x + at.width).toBeLessThan(box.x + box.width);

    // A search by a card's field text: arrow keys move between matches, Escape closes without moving.
    await page.keyboard.press('Control+f');
    await input.fill('click');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Find on board' }).count()).toBe(0);
    await context.close();
  });

  it('shows every node and the view in the mini map: the view\'s window follows a pan, a drag in the map moves the view', async () => {
    const { context, page } = await openApp(browser);
    await page.getByRole('button', { name: 'Templates…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /Ad Click Prediction/ }).click();
    await expect.poll(() => page.locator('.board-menu-name').textContent()).toMatch(/Ad Click Prediction/);
    const map = page.getByRole('img', { name: 'Mini map' });
    const count = Number((await page.getByText(/^\d+ nodes, \d+ connections$/).textContent())!.split(' ')[0]);
    await expect.poll(() => map.locator('rect').count()).toBe(count);
    // Each node in its step's colour: the cards of the seven steps are seven colours.
    const fills = await map.locator('rect').evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
    expect(new Set(fills).size).toBeGreaterThanOrEqual(7);

    // Zoomed in, the view is a window inside the board, as wide for its height as the canvas.
    const pane = await canvasBox(page);
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    for (let i = 0; i < 3; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(100);
    }
    const viewWindow = page.locator('.mlsd-minimap-window');
    const mapBox = (await map.boundingBox())!;
    const before = (await viewWindow.boundingBox())!;
    expect(before.width).toBeLessThan(mapBox.width / 2);
    expect(before.width / before.height).toBeCloseTo(pane.width / pane.height, 1);

    // Drag the board 200 px right (from a point of empty canvas): the window goes left by as much, at the map's scale.
    const empty = await page.evaluate(({ x, y, width, height }) => {
      for (let top = y + 20; top < y + height - 20; top += 20) {
        for (let left = x + 20; left < x + width / 2; left += 20) {
          if (document.elementFromPoint(left, top)?.classList.contains('react-flow__pane')) return { x: left, y: top };
        }
      }
      throw new Error('no empty canvas');
    }, pane);
    await page.mouse.move(empty.x, empty.y);
    await page.mouse.down();
    await page.mouse.move(empty.x + 200, empty.y, { steps: 10 });
    await page.mouse.up();
    const panned = (await viewWindow.boundingBox())!;
    expect(panned.x - before.x).toBeCloseTo((-200 * before.width) / pane.width, 0);
    expect(panned.y).toBeCloseTo(before.y, 0);

    // Drag the window 20 px right in the map: the view moves right, and the window with it.
    const transform = () => page.locator('.react-flow__viewport').evaluate((v) => new DOMMatrix(getComputedStyle(v).transform).e);
    const x = await transform();
    const from = { x: panned.x + panned.width / 2, y: panned.y + panned.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 20, from.y, { steps: 5 });
    await page.mouse.up();
    expect(await transform()).toBeLessThan(x - 50);
    const dragged = (await viewWindow.boundingBox())!;
    expect(dragged.x - panned.x).toBeGreaterThan(10);

    // The wheel over the map zooms the canvas.
    const zoom = Number((await page.locator('.mlsd-zoom-level').textContent())!.replace('%', ''));
    await page.mouse.move(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height / 2);
    await page.mouse.wheel(0, 200);
    await expect.poll(async () => Number((await page.locator('.mlsd-zoom-level').textContent())!.replace('%', ''))).toBeLessThan(zoom);
    await expect.poll(async () => (await viewWindow.boundingBox())!.width).toBeGreaterThan(dragged.width);
    await context.close();
  });

  it('lists every shortcut in the help dialog, and switches theme', async () => {
    const { context, page } = await openApp(browser);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('Undo');
    expect(await dialog.textContent()).toContain('Group into a pipeline');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    const before = await page.evaluate(() => document.documentElement.dataset.theme);
    await page.getByRole('button', { name: 'Switch light / dark theme' }).click();
    const after = await page.evaluate(() => document.documentElement.dataset.theme);
    expect(after).not.toBe(before);
    await context.close();
  });
});
