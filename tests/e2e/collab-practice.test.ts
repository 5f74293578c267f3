// A mock interview in a live room, in real Chromium on the MLSD Board server (started here): the interviewer, who
// joined with the viewer link, starts the practice clock for both; the candidate sees it run, a pause shows for both,
// a reload and a late joiner (whose computer's clock is 7 minutes off) see the same clock; the interviewer alone has
// the rubric as notes until the end, when both see the result. Then: changes made to a room's board outside the room
// are merged into it on rejoining.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, tempDir, type ServerProcess } from '../server/harness';
import { launch, nodeByLabel, openBoardFile, waitReady } from './harness';
import { boardOf, invite, roomStatus, runFromMore } from './room-harness';

let browser: Browser;
let server: ServerProcess;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const dist = path.resolve(process.env.E2E_DIST || 'dist');
  [browser, server] = await Promise.all([launch(), startServer({ DIST: dist, DATABASE: path.join(tempDir('collab-practice-e2e'), 'rooms.sqlite') })]);
});
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
  await browser?.close();
  await server?.stop();
});

/** A fresh browser profile; `skewMs` sets this computer's clock off by that much (the server's is right). */
async function open(url: string, name: string, skewMs = 0): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  contexts.push(context);
  await context.addInitScript(([n, skew]) => {
    localStorage.setItem('mlsd-user-name', n as string);
    if (skew) {
      const real = Date.now;
      Date.now = () => real() + (skew as number);
    }
  }, [name, skewMs] as const);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await waitReady(page);
  return page;
}

const bar = (page: Page) => page.getByRole('region', { name: 'Interview' });
const clockOf = async (page: Page) => {
  const [m, s] = ((await page.getByRole('timer', { name: 'Time left' }).textContent()) ?? '').split(':').map(Number);
  return m * 60 + s;
};

describe('a mock interview in a live room', () => {
  let candidate: Page;
  let interviewer: Page;
  let links: { editor: string; viewer: string };

  it('the interviewer (a viewer) starts the clock for both; the candidate sees the same problem and clock run', async () => {
    candidate = await open(server.http, 'Cal');
    await openBoardFile(candidate, boardOf(['Events', 'Ranker'], 'b_practice_room'));
    links = await invite(candidate);
    interviewer = await open(links.viewer, 'Ivy');
    await expect.poll(() => roomStatus(interviewer), { timeout: 20_000 }).toBe('Live · 2 people');

    // On a wide toolbar the button is in it; otherwise in the "More" menu.
    const button = interviewer.locator('.toolbar-tools [data-action="practice"]');
    if (await button.isVisible()) await button.click();
    else await runFromMore(interviewer, 'Interview practice…');
    const bank = interviewer.getByRole('dialog', { name: 'Interview practice' });
    await bank.getByRole('button', { name: /^Payment fraud/ }).click();
    await bank.getByRole('radio', { name: '60 min' }).check();
    await bank.getByRole('button', { name: 'Start for everyone in the room' }).click();

    for (const page of [interviewer, candidate]) {
      await bar(page).waitFor({ timeout: 20_000 });
      expect(await bar(page).locator('.practice-title strong').textContent()).toMatch(/^Payment fraud/);
      expect(await bar(page).locator('.practice-shared').textContent()).toContain('Ivy started the interview');
    }
    // The interview runs on the room's board: nothing was opened in its place.
    expect(await nodeByLabel(candidate, 'Ranker').count()).toBe(1);
    const first = await clockOf(candidate);
    expect(first).toBeGreaterThan(59 * 60);
    await expect.poll(() => clockOf(candidate), { timeout: 10_000 }).toBeLessThan(first);
    expect(Math.abs((await clockOf(candidate)) - (await clockOf(interviewer)))).toBeLessThanOrEqual(2);
    // The rubric is the interviewer's: notes for the viewer, none for the candidate.
    expect(await candidate.getByRole('button', { name: 'Interviewer notes' }).count()).toBe(0);
    await interviewer.getByRole('button', { name: 'Interviewer notes' }).click();
    const notes = interviewer.getByRole('complementary', { name: 'Interviewer notes' });
    expect(await notes.locator('.practice-result-steps > li').count()).toBeGreaterThanOrEqual(7);
    expect(await notes.getByRole('list', { name: 'Scripted answers' }).locator('li').count()).toBeGreaterThanOrEqual(5);
  });

  it('a pause shows for both, and the step budgets the interviewer changes are everyone’s', async () => {
    await interviewer.getByRole('button', { name: 'Pause' }).click();
    for (const page of [interviewer, candidate]) {
      await expect.poll(() => bar(page).locator('.practice-nudge').textContent()).toBe('Paused. The clock is stopped.');
      expect(await bar(page).locator('.practice-shared').textContent()).toContain('Ivy paused the clock');
    }
    const paused = await clockOf(interviewer);
    await candidate.waitForTimeout(1500);
    expect(await clockOf(candidate)).toBe(paused);
    expect(await clockOf(interviewer)).toBe(paused);

    await interviewer.getByRole('button', { name: 'Time per step' }).click();
    const data = interviewer.getByRole('group', { name: 'Time per step' }).getByLabel('Data minutes');
    await data.fill('15');
    await data.press('Enter');
    await expect.poll(() => bar(candidate).getByRole('button', { name: /^3\. Data: / }).getAttribute('aria-label')).toMatch(/of 15:00$/);
  });

  it('a reload and a late joiner whose clock is 7 minutes off see the same clock, running again for all', async () => {
    await candidate.reload();
    await waitReady(candidate);
    await bar(candidate).waitFor({ timeout: 20_000 });
    // Its sync step carries the deletions of the clock's earlier states: no news, not a forged write.
    await expect.poll(() => roomStatus(candidate), { timeout: 20_000 }).toBe('Live · 2 people');
    await expect.poll(() => bar(candidate).locator('.practice-nudge').textContent()).toBe('Paused. The clock is stopped.');
    expect(await clockOf(candidate)).toBe(await clockOf(interviewer));

    const late = await open(links.editor, 'Lee', 7 * 60_000);
    await bar(late).waitFor({ timeout: 20_000 });
    await candidate.waitForTimeout(2000);
    for (const page of [interviewer, candidate, late]) expect(await roomStatus(page)).toBe('Live · 3 people');
    expect(await clockOf(late)).toBe(await clockOf(interviewer));

    // The candidate may pause and resume too (a doorbell rings on either side).
    await candidate.getByRole('button', { name: 'Resume' }).click();
    for (const page of [interviewer, candidate, late]) await expect.poll(() => bar(page).getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await expect.poll(() => clockOf(late), { timeout: 10_000 }).toBeLessThan(await clockOf(interviewer) + 1);
    // Running, the clocks agree although the late joiner's computer is 7 minutes ahead.
    const [a, b] = await Promise.all([clockOf(interviewer), clockOf(late)]);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(2);
    await late.context().close();
  });

  it('the interviewer ends it: both see the result with the rubric, the candidate keeps the attempt', async () => {
    await interviewer.getByRole('button', { name: 'Reveal' }).click();
    for (const page of [interviewer, candidate]) {
      const result = page.getByRole('complementary', { name: 'Result' });
      await result.waitFor({ timeout: 20_000 });
      expect(await result.locator('h2').textContent()).toMatch(/^Result: \d+ \/ 100$/);
      expect(await bar(page).locator('.practice-shared').textContent()).toContain('Ivy ended the interview');
    }
    expect(await interviewer.getByRole('button', { name: 'Interviewer notes' }).count()).toBe(0);
    // The reference's missing components: the candidate can add them; the interviewer (a viewer) sees them only.
    await expect.poll(() => candidate.getByRole('button', { name: / from the reference$/ }).count()).toBeGreaterThan(0);
    await expect.poll(() => interviewer.locator('.ghost-node.is-view-only').count()).toBeGreaterThan(0);
    expect(await interviewer.getByRole('button', { name: / from the reference$/ }).count()).toBe(0);
    expect(await interviewer.getByRole('complementary', { name: 'Result' }).textContent()).toContain('as a viewer you see them only');
    // The candidate adds one: the interviewer sees it on the board, no longer as a ghost over it.
    const ghosts = await interviewer.locator('.ghost-node.is-view-only').count();
    // (It may lie outside the view: clicked as a keyboard user would press it.)
    await candidate.getByRole('button', { name: / from the reference$/ }).first().evaluate((b: HTMLButtonElement) => b.click());
    await expect.poll(() => interviewer.locator('.ghost-node.is-view-only').count(), { timeout: 20_000 }).toBe(ghosts - 1);
    // "End practice" closes it for everyone.
    await candidate.getByRole('complementary', { name: 'Result' }).getByRole('button', { name: 'End practice' }).click();
    for (const page of [interviewer, candidate]) await expect.poll(() => bar(page).count(), { timeout: 20_000 }).toBe(0);
  });
});

describe('rejoining a room after changing its board outside it', () => {
  it('merges the changes made away into the room, and keeps what the others did meanwhile', async () => {
    const owner = await open(server.http, 'Ada');
    const board = { ...boardOf(['Feature store', 'Ranker', 'Serving'], 'b_practice_room'), id: 'b_rejoin', name: 'Rejoin board' };
    await openBoardFile(owner, board);
    const { editor: link } = await invite(owner);
    const other = await open(link, 'Bo');
    await expect.poll(() => roomStatus(other), { timeout: 20_000 }).toBe('Live · 2 people');

    // Opening another board leaves the room; the room's board is then opened from the list, outside the room.
    await openBoardFile(owner, boardOf(['Elsewhere'], 'b_practice_room'));
    await expect.poll(() => owner.locator('.room-bar').count()).toBe(0);
    await owner.getByRole('button', { name: /^Boards/ }).click();
    await owner.getByRole('dialog', { name: 'Boards' }).getByRole('button', { name: /^Rejoin board/ }).click();
    await expect.poll(() => nodeByLabel(owner, 'Ranker').count()).toBe(1);
    expect(await owner.locator('.room-bar').count()).toBe(0);
    await nodeByLabel(owner, 'Ranker').click();
    await owner.keyboard.press('Enter');
    await owner.locator('.rename-field').fill('Ranker edited away');
    await owner.keyboard.press('Enter');
    // Meanwhile, in the room.
    await nodeByLabel(other, 'Serving').click();
    await other.keyboard.press('Enter');
    await other.locator('.rename-field').fill('Serving by Bo');
    await other.keyboard.press('Enter');

    // Back into the room (Invite on the board reopens its room).
    await invite(owner);
    await expect.poll(() => roomStatus(owner), { timeout: 20_000 }).toBe('Live · 2 people');
    for (const page of [owner, other]) {
      await expect.poll(() => nodeByLabel(page, 'Ranker edited away').count(), { timeout: 20_000 }).toBe(1);
      await expect.poll(() => nodeByLabel(page, 'Serving by Bo').count(), { timeout: 20_000 }).toBe(1);
      expect(await nodeByLabel(page, 'Feature store').count()).toBe(1);
    }
    expect(await owner.locator('.notice').allTextContents()).toContain('Your changes to “Rejoin board” made outside the room were merged into the room.');
  });

  it('with no offline copy of the room to merge against, keeps the changes made away as “(your copy)”', async () => {
    const owner = await open(server.http, 'Ada');
    await openBoardFile(owner, { ...boardOf(['Feature store', 'Ranker'], 'b_practice_room'), id: 'b_lost_copy', name: 'Lost copy board' });
    await invite(owner);
    const room = new URLSearchParams(new URL(await owner.evaluate(() => location.href)).hash.slice(1)).get('room');
    expect(room).toBeTruthy();
    await expect.poll(() => roomStatus(owner), { timeout: 20_000 }).toBe('Live · 1 person');

    // Out of the room, the board is changed; then this device's offline copy of the room is lost (site data
    // cleared, or private mode's IndexedDB), so there is nothing to merge against on rejoining.
    await openBoardFile(owner, boardOf(['Elsewhere'], 'b_practice_room'));
    await expect.poll(() => owner.locator('.room-bar').count()).toBe(0);
    await owner.getByRole('button', { name: /^Boards/ }).click();
    await owner.getByRole('dialog', { name: 'Boards' }).getByRole('button', { name: /^Lost copy board/ }).click();
    await expect.poll(() => nodeByLabel(owner, 'Ranker').count()).toBe(1);
    await nodeByLabel(owner, 'Ranker').click();
    await owner.keyboard.press('Enter');
    await owner.locator('.rename-field').fill('Ranker changed away');
    await owner.keyboard.press('Enter');
    const deleted = await owner.evaluate((name) => new Promise<string>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve('deleted');
      request.onerror = () => resolve('error');
      request.onblocked = () => resolve('blocked');
    }), `mlsd-room-${room}`);
    expect(deleted).toBe('deleted');

    await invite(owner);
    await expect.poll(() => roomStatus(owner), { timeout: 20_000 }).toBe('Live · 1 person');
    // The room's board is the room's; the change made away is not lost: it is a board of its own, and a notice says so.
    await expect.poll(() => nodeByLabel(owner, 'Ranker').count(), { timeout: 20_000 }).toBe(1);
    expect(await nodeByLabel(owner, 'Ranker changed away').count()).toBe(0);
    await expect.poll(() => owner.locator('.notice').allTextContents(), { timeout: 20_000 }).toContain(
      '“Lost copy board” had changes made here outside the room that could not be merged: they are kept as the board “Lost copy board (your copy)”.',
    );
    await owner.getByRole('button', { name: /^Boards/ }).click();
    await owner.getByRole('dialog', { name: 'Boards' }).getByRole('button', { name: /^Lost copy board \(your copy\)/ }).click();
    await expect.poll(() => nodeByLabel(owner, 'Ranker changed away').count()).toBe(1);
    expect(await owner.locator('.room-bar').count()).toBe(0);
  });
});
