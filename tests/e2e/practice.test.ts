// A whole mock interview in Chromium with a controlled clock: pick a problem, ask the interviewer, draw, watch the
// step bar and the nudge, pause, reveal, see the score and the reference overlay, add a missing item from it, and
// find the attempt in the progress view after a reload. Then the same bar on a phone.
import { readFileSync } from 'node:fs';
import { decode } from 'fast-png';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, waitReady } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const MINUTE = 60_000;

async function openWithClock(viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
  await page.goto(baseUrl() + '/');
  await waitReady(page);
  return { context, page };
}

async function startProblem(page: Page, kind: string, title: RegExp) {
  // On a narrow toolbar the button sits in the "More" menu.
  const button = page.locator('.toolbar-tools [data-action="practice"]');
  if (await button.isVisible()) await button.click();
  else {
    await page.locator('.toolbar [data-action="more"]').click();
    await page.getByRole('menu', { name: 'More actions' }).locator('[data-action="practice"]').click();
  }
  const bank = page.getByRole('dialog', { name: 'Interview practice' });
  await bank.getByRole('button', { name: kind }).click();
  await bank.getByRole('button', { name: title }).click();
  await bank.getByRole('button', { name: 'Start the interview' }).click();
  await expect.poll(() => bank.count()).toBe(0);
  await page.getByRole('region', { name: 'Interview' }).waitFor();
}

const timeLeft = (page: Page) => page.getByRole('timer', { name: 'Time left' }).textContent();
const seconds = (clock: string | null) => {
  const [m, s] = (clock ?? '').split(':').map(Number);
  return m * 60 + s;
};
/** Stops the page's clock: from here time moves only by runFor (clicks need it running again: page.clock.resume()). */
const freeze = async (page: Page) => page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
const panelQuestion = (page: Page, question: string) =>
  page.getByRole('complementary', { name: 'Ask the interviewer' }).getByRole('button', { name: question }).click();
const requirementsText = (page: Page) => page.locator('.react-flow__node.mlsd-card.step-requirements').textContent();

describe('interview practice in Chromium', () => {
  it('runs a whole timed session, reveals the score and the reference, and keeps the attempt', async () => {
    const { context, page } = await openWithClock({ width: 1440, height: 900 });
    await startProblem(page, 'Ranking / recommendation', /^Video recommendations/);
    const bank = page.getByRole('dialog', { name: 'Interview practice' });
    expect(await bank.count()).toBe(0);
    expect(await page.locator('.practice-prompt').textContent()).toMatch(/homepage of a video platform/);
    expect(seconds(await timeLeft(page))).toBeGreaterThan(44 * 60 + 50);
    // The board is the framework scaffold: every step's card, and nothing of the reference.
    expect(await page.locator('.react-flow__node.mlsd-card').count()).toBe(8);
    expect(await page.locator('.react-flow__node.mlsd-component').count()).toBe(0);

    // Ask two questions: one from the list, one typed; both answers land in the Requirements card.
    await page.getByRole('button', { name: 'Ask the interviewer' }).click();
    const panel = page.getByRole('complementary', { name: 'Ask the interviewer' });
    await panel.getByRole('button', { name: 'How many users and videos?' }).click();
    await panel.getByRole('button', { name: 'Write the answer into Scale' }).click();
    await panel.getByLabel('Your question').fill('how fast does the page need to be?');
    await panel.getByRole('button', { name: 'Ask', exact: true }).click();
    expect(await panel.locator('.practice-a').allTextContents()).toEqual(['About 2 billion users and 10 billion videos.', 'Recommendations in under 200 ms.']);
    await panel.getByRole('button', { name: 'Write the answer into Performance' }).click();
    await expect.poll(() => requirementsText(page)).toMatch(/About 2 billion users and 10 billion videos\..*Recommendations in under 200 ms\./s);

    // Draw: a client and a ranking service.
    await page.getByRole('button', { name: 'Ask the interviewer' }).click();
    await page.locator('.palette-item[data-kind="client"]').click();
    await page.locator('.palette-item[data-kind="ranking"]').click();
    expect(await page.locator('.react-flow__node.mlsd-component').count()).toBe(2);

    // The clock moves the step bar; past the Requirements budget a nudge appears.
    await freeze(page);
    const start = seconds(await timeLeft(page));
    expect(start).toBeGreaterThan(44 * 60);
    await page.clock.runFor(3 * MINUTE);
    expect(seconds(await timeLeft(page))).toBe(start - 180);
    const requirementsStep = page.getByRole('button', { name: /^1\. Requirements/ });
    expect(await requirementsStep.getAttribute('aria-label')).toMatch(/^1\. Requirements: 3:0\d of 5:00$/);
    expect(await page.locator('html').getAttribute('data-practice-step')).toBe('requirements');
    expect(await page.locator('.practice-nudge').count()).toBe(0);
    await page.clock.runFor(3 * MINUTE);
    expect(await page.locator('.practice-nudge').textContent()).toBe('Requirements is 1 min over its 5 min. Consider moving on to Framing.');
    expect(await requirementsStep.getAttribute('class')).toBeNull();
    expect(await page.locator('.practice-steps li.is-over').count()).toBe(1);
    expect(await page.locator('.practice-steps li.is-expected').getAttribute('class')).toMatch(/\bstep-framing\b/);
    await page.clock.resume();
    await page.getByRole('button', { name: 'Next step: Framing' }).click();
    expect(await page.getByRole('button', { name: /^2\. Framing/ }).getAttribute('aria-current')).toBe('step');
    expect(await page.locator('html').getAttribute('data-practice-step')).toBe('framing');
    expect(await page.locator('.practice-nudge').count()).toBe(0);

    // The time per step, changed mid-interview: Model 9 → 15 min; the six minutes come from the steps ahead (data 8 → 6,
    // serving 9 → 7...), the steps behind keep theirs, and the interview keeps its length.
    const leftBefore = seconds(await timeLeft(page));
    await page.getByRole('button', { name: 'Time per step' }).click();
    const budgets = page.getByRole('group', { name: 'Time per step' });
    await budgets.getByLabel('Model minutes').fill('15');
    await budgets.getByLabel('Model minutes').press('Enter');
    const stepLabel = (name: RegExp) => page.getByRole('button', { name }).getAttribute('aria-label');
    await expect.poll(() => stepLabel(/^4\. Model/)).toMatch(/ of 15:00$/);
    expect(await stepLabel(/^3\. Data/)).toMatch(/ of 6:00$/);
    expect(await stepLabel(/^1\. Requirements/)).toMatch(/ of 5:00$/);
    expect(await budgets.getByLabel('Serving minutes').inputValue()).toBe('7');
    expect(Math.abs(seconds(await timeLeft(page)) - leftBefore)).toBeLessThan(5);
    await page.screenshot({ path: 'tests/e2e/screenshots/tmp/practice-budgets.png' });
    await page.getByRole('button', { name: 'Time per step' }).click();
    expect(await budgets.count()).toBe(0);

    // Paused, the clock stands still.
    await page.getByRole('button', { name: 'Pause' }).click();
    await freeze(page);
    const paused = await timeLeft(page);
    await page.clock.runFor(10 * MINUTE);
    expect(await timeLeft(page)).toBe(paused);
    await page.clock.resume();
    await page.getByRole('button', { name: 'Resume' }).click();
    await freeze(page);
    const resumed = seconds(await timeLeft(page));
    await page.clock.runFor(MINUTE);
    expect(seconds(await timeLeft(page))).toBe(resumed - 60);
    expect(resumed).toBeGreaterThan(seconds(paused) - 5);
    await page.clock.resume();

    // Reveal: the score by step, points made and missed with reasons, the reference over the board.
    await page.getByRole('button', { name: 'Reveal' }).click();
    const result = page.getByRole('complementary', { name: 'Result' });
    await result.waitFor();
    const heading = await result.locator('h2').textContent();
    const total = Number(/Result: (\d+) \/ 100/.exec(heading ?? '')![1]);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(60);
    const funnel = result.locator('li.is-missed', { hasText: 'Uses candidate generation then ranking' });
    expect(await funnel.textContent()).toMatch(/Scoring 10 B videos per request is impossible.*No Candidate generation is drawn\./);
    expect(await result.locator('li.is-made', { hasText: 'Pins down scale and latency with numbers' }).count()).toBe(1);
    const ghosts = page.locator('.ghost-node');
    expect(await ghosts.count()).toBeGreaterThan(10);
    expect(await page.locator('.ghost-match').count()).toBe(2);
    await page.screenshot({ path: 'tests/e2e/screenshots/tmp/practice-reveal.png' });

    // Edges whose two ends are both missing are drawn between the ghosts too.
    const between = page.locator('.ghost-edges line.ghost-edge-between');
    expect(await between.count()).toBeGreaterThan(3);
    const betweenBefore = await between.count();

    // Add a missing item from the overlay: it joins the board, wired to the nodes it connects to.
    const edgesBefore = await page.locator('.react-flow__edge').count();
    await page.getByRole('button', { name: 'Add Candidate generation from the reference' }).click();
    expect(await page.locator('.react-flow__node.mlsd-component').count()).toBe(3);
    expect(await page.locator('.mlsd-node-label', { hasText: 'Candidate generation' }).count()).toBe(1);
    expect(await page.locator('.react-flow__edge').count()).toBeGreaterThan(edgesBefore);
    expect(await page.getByRole('button', { name: 'Add Candidate generation from the reference' }).count()).toBe(0);
    // Its edges to other missing components now run from the new node; adding one of those wires it to the new node.
    expect(await between.count()).toBeLessThan(betweenBefore);
    const edgesWithCandidates = await page.locator('.react-flow__edge').count();
    await page.getByRole('button', { name: 'Add Approximate nearest neighbor service from the reference' }).click();
    expect(await page.locator('.react-flow__edge').count()).toBeGreaterThan(edgesWithCandidates);
    expect(await page.locator('.react-flow__edge[aria-label*="from Candidate generation to Approximate nearest neighbor service"]').count()).toBe(1);

    // A one-page summary as PNG: the page, with the diagram and the step scores drawn on it.
    const download = page.waitForEvent('download');
    await result.getByRole('button', { name: 'Summary (PNG)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('practice-video-recommendation-2026-03-02.png');
    await file.saveAs('tests/e2e/screenshots/tmp/practice-summary.png');
    const png = decode(new Uint8Array(readFileSync((await file.path())!)));
    expect(png.width).toBe(1200);
    expect(png.height).toBeGreaterThan(1200);
    expect(png.height).toBeLessThan(2400);
    const coloured = (() => {
      let n = 0;
      for (let i = 0; i < png.data.length; i += png.channels) if (png.data[i] < 200 || png.data[i + 1] < 200 || png.data[i + 2] < 200) n++;
      return n / (png.width * png.height);
    })();
    expect(coloured).toBeGreaterThan(0.01);

    // After a reload the attempt is in the progress view.
    await page.reload();
    await waitReady(page);
    await page.getByRole('button', { name: 'Interview practice…' }).click();
    await page.getByRole('button', { name: 'Your progress' }).click();
    const progress = page.getByRole('dialog', { name: 'Practice progress' });
    await progress.locator('.practice-attempts').waitFor();
    const row = progress.locator('.practice-attempts tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').nth(1).textContent()).toBe('Video recommendations');
    expect(await row.locator('td').nth(2).textContent()).toBe(String(total));
    expect(await progress.getByRole('img', { name: 'Scores over time by problem kind' }).count()).toBe(1);
    expect(await progress.locator('.practice-next').textContent()).toMatch(/^Next: /);
    const again = page.waitForEvent('download');
    await progress.getByRole('button', { name: 'Summary of Video recommendations as PNG' }).click();
    expect((await again).suggestedFilename()).toBe('practice-video-recommendation-2026-03-02.png');
    // Export the attempts as a file, and import it again: nothing is doubled.
    const exported = page.waitForEvent('download');
    await progress.getByRole('button', { name: 'Export attempts' }).click();
    const exportPath = (await (await exported).path())!;
    expect(JSON.parse(readFileSync(exportPath, 'utf8'))).toMatchObject({
      format: 'mlsd-practice-attempts', attempts: [{ problemId: 'video-recommendation', total, budgetByStep: { model: 15 * MINUTE, data: 6 * MINUTE } }],
    });
    const chooser = page.waitForEvent('filechooser');
    await progress.getByRole('button', { name: 'Import attempts' }).click();
    await (await chooser).setFiles(exportPath);
    await page.locator('.notice', { hasText: 'Imported 0 attempts; 1 already here.' }).waitFor();
    expect(await row.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => progress.count()).toBe(0);
    await page.screenshot({ path: 'tests/e2e/screenshots/tmp/practice-progress.png' });
    await context.close();
  }, 120_000);

  it('fits a phone: the bar, the steps and the interviewer panel stay on screen; a reload carries on', async () => {
    const { context, page } = await openWithClock({ width: 390, height: 844 });
    await startProblem(page, 'Classification', /^Payment fraud detection/);
    const bar = (await page.getByRole('region', { name: 'Interview' }).boundingBox())!;
    expect(bar.x).toBeGreaterThanOrEqual(0);
    expect(bar.x + bar.width).toBeLessThanOrEqual(390);
    for (const step of await page.locator('.practice-steps button').all()) {
      const box = (await step.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    // Every tool and Reveal on one line (the time-per-step button used to push Reveal onto a line of its own).
    const tops = await page.locator('.practice-bar-tools > button').evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(tops.length).toBeGreaterThanOrEqual(6);
    expect(new Set(tops).size).toBe(1);
    await page.getByRole('button', { name: 'Ask the interviewer' }).click();
    const panel = (await page.getByRole('complementary', { name: 'Ask the interviewer' }).boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.y + panel.height).toBeLessThanOrEqual(844);
    await page.screenshot({ path: 'tests/e2e/screenshots/tmp/practice-phone.png' });

    // A reload mid-interview carries on with it: the same problem, the questions asked, the clock, the time per step.
    await panelQuestion(page, 'What volume?');
    await page.getByRole('button', { name: 'Time per step' }).click();
    await page.getByLabel('Requirements minutes').fill('8');
    await page.getByLabel('Requirements minutes').press('Enter');
    await expect.poll(() => page.getByRole('button', { name: /^1\. Requirements/ }).getAttribute('aria-label')).toMatch(/ of 8:00$/);
    await page.reload();
    await waitReady(page);
    await page.getByRole('region', { name: 'Interview' }).waitFor();
    expect(await page.locator('.practice-title').textContent()).toBe('Payment fraud detection');
    expect(seconds(await timeLeft(page))).toBeLessThan(45 * 60);
    expect(await page.getByRole('button', { name: /^1\. Requirements/ }).getAttribute('aria-label')).toMatch(/ of 8:00$/);
    await page.getByRole('button', { name: 'Ask the interviewer' }).click();
    expect(await page.locator('.practice-a').allTextContents()).toEqual(['About 50 million payments a day, peaking at 3,000 per second on Black Friday.']);
    await context.close();
  }, 120_000);
});
