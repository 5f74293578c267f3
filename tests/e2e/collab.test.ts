// Live rooms in real Chromium: two and three browser contexts on the MLSD Board server (server/, started here on a
// free port with a temporary database, serving the build under test).
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, tempDir, type ServerProcess } from '../server/harness';
import { baseUrl, launch, nodeByLabel, openBoardFile, waitReady } from './harness';
import { boardOf, invite, roomStatus, runFromMore } from './room-harness';
import type { Board } from '../../src/domain/board';

let browser: Browser;
let server: ServerProcess;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const dist = path.resolve(process.env.E2E_DIST || 'dist');
  [browser, server] = await Promise.all([launch(), startServer({ DIST: dist, DATABASE: path.join(tempDir('collab-e2e'), 'rooms.sqlite') })]);
});
afterAll(async () => {
  if (process.env.COLLAB_DEBUG) {
    for (const c of contexts) for (const p of c.pages()) console.log(await p.locator('.notice, .room-status, .mlsd-node-label').allTextContents());
  }
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await browser?.close();
  await server?.stop();
});

/** A fresh browser profile on the server's app (a room link, or the app itself). */
async function open(url = server.http, name?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  contexts.push(context);
  if (name) await context.addInitScript((n) => localStorage.setItem('mlsd-user-name', n), name);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await waitReady(page);
  return { context, page };
}

/** The board as this page shows it: each node's label and position on the board, by id. */
function shown(page: Page): Promise<Record<string, string>> {
  return page.$$eval('.react-flow__node', (nodes) =>
    Object.fromEntries(
      nodes.map((n) => [n.getAttribute('data-id'), `${n.querySelector('.mlsd-node-label')?.textContent} @ ${(n as HTMLElement).style.transform}`]),
    ),
  );
}


async function rename(page: Page, label: string, to: string): Promise<void> {
  await nodeByLabel(page, label).click();
  await page.keyboard.press('Enter');
  const field = page.locator('.rename-field');
  await field.fill(to);
  await page.keyboard.press('Enter');
}

async function drag(page: Page, label: string, by: { x: number; y: number }): Promise<void> {
  const box = (await nodeByLabel(page, label).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + by.x, box.y + box.height / 2 + by.y, { steps: 12 });
  await page.mouse.up();
}

describe('a live room', () => {
  let owner: Page;
  let editor: Page;
  let viewer: Page;
  let links: { editor: string; viewer: string };

  it('Invite makes the board a room: an editor and a viewer join, everyone sees who is here', async () => {
    ({ page: owner } = await open(server.http, 'Ada'));
    await openBoardFile(owner, boardOf(['Feature store', 'Ranker', 'Serving'], 'b_room'));
    links = await invite(owner);
    expect(links.editor).toMatch(/#room=[\w-]{22}&token=[\w-]{43}$/);
    expect(links.viewer).not.toBe(links.editor);
    ({ page: editor } = await open(links.editor, 'Bo'));
    ({ page: viewer } = await open(links.viewer, 'Cy'));
    for (const page of [owner, editor, viewer]) {
      await expect.poll(() => roomStatus(page), { timeout: 20_000 }).toBe('Live · 3 people');
      await expect.poll(() => nodeByLabel(page, 'Ranker').count()).toBe(1);
    }
    await expect.poll(() => shown(editor)).toEqual(await shown(owner));
    expect(await viewer.locator('.room-badge').textContent()).toContain('Viewing — you can point and comment');
    // Everyone's colour and initials in the bar.
    expect(await owner.getByRole('group', { name: 'People in this room' }).getByRole('button').count()).toBe(3);
  });

  it('concurrent drag, rename and delete converge in every browser', async () => {
    // At the same moment: one renames while the other drags; then one drags while the other deletes.
    await Promise.all([rename(owner, 'Feature store', 'Features'), drag(editor, 'Ranker', { x: 0, y: 200 })]);
    await Promise.all([
      drag(owner, 'Ranker', { x: 120, y: 0 }),
      (async () => {
        await nodeByLabel(editor, 'Serving').click();
        await editor.keyboard.press('Delete');
      })(),
    ]);
    for (const page of [owner, editor, viewer]) {
      await expect.poll(() => nodeByLabel(page, 'Features').count()).toBe(1);
      await expect.poll(() => nodeByLabel(page, 'Serving').count()).toBe(0);
    }
    const expected = await shown(owner);
    expect(Object.keys(expected)).toEqual(['n0', 'n1']);
    await expect.poll(() => shown(editor)).toEqual(expected);
    await expect.poll(() => shown(viewer)).toEqual(expected);
    // Undo undoes only one's own change: the owner's drag goes back, the editor's stays.
    await owner.keyboard.press('Control+z');
    await expect.poll(async () => (await shown(editor)).n1).not.toBe(expected.n1);
    await expect.poll(() => shown(editor)).toEqual(await shown(owner));
  });

  it('a viewer cannot edit, and the UI says so', async () => {
    const before = await shown(owner);
    await nodeByLabel(viewer, 'Features').click();
    // Selecting is the viewer's (to point at something); the editing actions are off in the toolbar, and the menus
    // leave them out: a viewer's menus list only what a viewer can do.
    await expect.poll(() => nodeByLabel(viewer, 'Features').getAttribute('class')).toContain('selected');
    expect(await viewer.locator('.toolbar [data-action="delete"]').getAttribute('aria-disabled')).toBe('true');
    expect(await owner.locator('.toolbar [data-action="delete"]').getAttribute('aria-disabled')).toBeNull();
    await viewer.getByRole('button', { name: 'More actions' }).click();
    const menu = viewer.getByRole('menu', { name: 'More actions' });
    expect(await menu.getByRole('menuitem', { name: /Add a comment/ }).getAttribute('aria-disabled')).toBeNull();
    expect(await menu.getByRole('menuitem', { name: /Add a component|Paste|Auto-layout/ }).count()).toBe(0);
    await viewer.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    const items = (page: Page) => page.getByRole('menu', { name: 'Actions' }).getByRole('menuitem').allTextContents();
    await nodeByLabel(viewer, 'Features').click({ button: 'right' });
    await expect.poll(() => items(viewer)).toEqual(['CopyCtrl+C', 'Zoom to selectionShift+2']);
    await viewer.keyboard.press('Escape');
    await nodeByLabel(owner, 'Features').click({ button: 'right' });
    await expect.poll(async () => (await items(owner)).length).toBeGreaterThan(8);
    await owner.keyboard.press('Escape');
    await viewer.keyboard.press('Delete');
    await drag(viewer, 'Features', { x: 150, y: 150 });
    await viewer.waitForTimeout(500);
    expect(await shown(viewer)).toEqual(before);
    expect(await shown(owner)).toEqual(before);
  });

  it('shows the others’ cursors with their names, and follows a person’s view', async () => {
    const pane = (await owner.locator('.react-flow__pane').boundingBox())!;
    await owner.mouse.move(pane.x + 300, pane.y + 400);
    await owner.mouse.move(pane.x + 320, pane.y + 420, { steps: 3 });
    const cursor = editor.locator('.mlsd-cursor[data-person="Ada"]');
    await expect.poll(() => cursor.count()).toBe(1);
    // The owner selects a node: it is outlined in the owner's colour for the others.
    await nodeByLabel(owner, 'Ranker').click();
    await expect.poll(() => viewer.locator('.mlsd-remote-selection[title="Ada"]').count()).toBe(1);
    // The viewer follows the editor, who zooms in: the viewer's view follows.
    await viewer.getByRole('button', { name: "Follow Bo's view" }).click();
    const zoom = (page: Page) => page.locator('.mlsd-zoom-level').textContent();
    await editor.mouse.move(pane.x + 400, pane.y + 300);
    for (let i = 0; i < 3; i++) await editor.mouse.wheel(0, -200);
    await expect.poll(() => zoom(editor)).not.toBe('100%');
    // Both figures read together: the editor's settles as the zoom stops (it follows a zoom ten times a second).
    await expect.poll(async () => `${await zoom(viewer)} ${await zoom(editor)}`).toMatch(/^(\d+%) \1$/);
    expect(await viewer.locator('.room-following').textContent()).toContain('Following Bo');
    await viewer.locator('.room-following').getByRole('button', { name: 'Stop' }).click();
    // The whole board in view again, for what follows (only what is in view is in the DOM).
    for (const page of [editor, viewer]) {
      await page.locator('[data-action="fit-view"]').click();
      await expect.poll(() => nodeByLabel(page, 'Ranker').count()).toBe(1);
    }
  });

  it('an editor offline keeps editing, and the edits merge when they reconnect', async () => {
    const editorContext = contexts[1];
    await editorContext.setOffline(true);
    await expect.poll(() => roomStatus(editor)).toBe('Offline — your changes will merge when you reconnect');
    await rename(editor, 'Ranker', 'Ranker offline');
    await rename(owner, 'Features', 'Features online');
    // Each sees their own change at once.
    await expect.poll(() => nodeByLabel(editor, 'Ranker offline').count()).toBe(1);
    await expect.poll(() => nodeByLabel(owner, 'Features online').count()).toBe(1);
    await owner.waitForTimeout(300);
    expect(await nodeByLabel(owner, 'Ranker offline').count()).toBe(0);
    await editorContext.setOffline(false);
    for (const [who, page] of Object.entries({ owner, editor, viewer })) {
      await expect.poll(() => roomStatus(page), { timeout: 20_000 }).toBe('Live · 3 people');
      await expect.poll(() => nodeByLabel(page, 'Ranker offline').count(), { timeout: 20_000, message: who }).toBe(1);
      await expect.poll(() => nodeByLabel(page, 'Features online').count()).toBe(1);
    }
  });

  it('comments travel through the room, survive a reload and are in the board file', async () => {
    await nodeByLabel(editor, 'Ranker offline').click();
    await editor.keyboard.press('Alt+c');
    const box = editor.getByRole('textbox', { name: 'Write a comment…' });
    await box.fill('Why a two-stage ranker?');
    await editor.getByRole('button', { name: 'Comment', exact: true }).click();
    const pin = owner.locator('.mlsd-comment-pin');
    await expect.poll(() => pin.count()).toBe(1);
    await pin.click();
    const thread = owner.getByRole('article', { name: 'Comment by Bo' });
    await expect.poll(() => thread.textContent()).toContain('Why a two-stage ranker?');
    expect(await thread.textContent()).toContain('On “Ranker offline”');
    await thread.getByRole('button', { name: 'Reply' }).click();
    await owner.getByRole('textbox', { name: 'Reply…' }).fill('Recall first, then precision.');
    await owner.getByRole('button', { name: 'Reply', exact: true }).click();
    await expect.poll(() => editor.locator('.comment-reply').textContent()).toContain('Recall first, then precision.');

    await owner.reload();
    await waitReady(owner);
    await expect.poll(() => roomStatus(owner), { timeout: 20_000 }).toBe('Live · 3 people');
    await expect.poll(() => owner.locator('.mlsd-comment-pin').textContent()).toBe('2');

    const download = owner.waitForEvent('download');
    await owner.keyboard.press('Control+s');
    const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as Board;
    expect(file.comments).toMatchObject([
      { author: 'Bo', text: 'Why a two-stage ranker?', nodeId: 'n1', resolved: false, replies: [{ author: 'Ada', text: 'Recall first, then precision.' }] },
    ]);
  });
});

describe('without a room', () => {
  it('Invite on an app with no server behind it says what is needed, and a bad room link says why it is refused', async () => {
    // The build served by Vite's preview (as `npm start` or static hosting): no /api/rooms.
    const { page } = await open(baseUrl());
    await runFromMore(page, 'Invite…');
    await expect.poll(() => page.locator('.notice').allTextContents()).toContain('Live rooms need the MLSD Board server (npm run server).');
    expect(await page.locator('.room-bar').count()).toBe(0);

    const { page: stranger } = await open(`${server.http}/#room=${'A'.repeat(22)}&token=${'B'.repeat(43)}`);
    await expect.poll(() => roomStatus(stranger), { timeout: 20_000 }).toBe('This room link is not valid: its key was not accepted. Ask for a new invite link.');
  });
});
