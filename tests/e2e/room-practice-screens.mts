// Screenshots of the practice bar in a live room (not a test): the candidate (editor) and the interviewer (viewer), at
// desktop and phone size, in both themes, on the server (started here) serving the build in dist/.
// Run: npx vite build && npx tsx tests/e2e/room-practice-screens.mts [out-dir]
import path from 'node:path';
import { launchChromium } from '../chromium';
import { createBoard, createNode } from '../../src/domain/board';
import { stepBudgets } from '../../src/domain/practice/pacing';
import { writeBoard } from '../../src/sync/board-doc';
import { connect, createRoom, startServer, tempDir, waitFor } from '../server/harness';

const out = process.argv[2] ?? tempDir('room-practice-screens');
const server = await startServer({ DIST: path.resolve('dist'), DATABASE: path.join(tempDir('room-shots'), 'rooms.sqlite') });
const browser = await launchChromium();
try {
  const { room, editorToken, viewerToken } = await createRoom(server);
  const seed = connect(server.url, room, editorToken);
  await seed.synced();
  const board = createBoard('Payment fraud interview', 'b_shots');
  board.nodes = ([['event-stream', 'Transactions'], ['feature-store', 'Feature store'], ['training', 'Fraud model']] as const)
    .map(([kind, label], i) => ({ ...createNode(kind, { x: 80 + i * 260, y: 320 }, label), id: `n${i}` }));
  writeBoard(seed.doc, board);
  seed.provider.sendStateless(JSON.stringify({ type: 'mlsd:practice', op: 'start', problemId: 'payment-fraud', budgets: stepBudgets(45), by: 'Ivy' }));
  await waitFor(() => seed.doc.getMap('practice').size > 0, 'the interview started');
  await seed.saved();
  for (const [who, token] of [['candidate', editorToken], ['interviewer', viewerToken]] as const) {
    for (const [size, viewport] of [['desktop', { width: 1440, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
      for (const theme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme: theme, isMobile: size === 'phone', hasTouch: size === 'phone' });
        await context.addInitScript((n) => localStorage.setItem('mlsd-user-name', n), who === 'candidate' ? 'Cal' : 'Ivy');
        const page = await context.newPage();
        await page.goto(`${server.http}/#room=${room}&token=${token}`);
        await page.getByRole('region', { name: 'Interview' }).waitFor({ timeout: 30_000 });
        if (who === 'interviewer') await page.getByRole('button', { name: 'Interviewer notes' }).click();
        await page.waitForTimeout(1500);
        const file = path.join(out, `room-practice-${who}-${size}-${theme}.png`);
        await page.screenshot({ path: file });
        const top = await page.locator('.practice-bar-top').boundingBox();
        const reveal = await page.locator('.practice-bar .practice-reveal').boundingBox();
        console.log(file, `bar top row ${Math.round(top!.height)} px high, Reveal at y=${Math.round(reveal!.y - top!.y)}`);
        await context.close();
      }
    }
  }
  seed.destroy();
} finally {
  await browser.close();
  await server.stop();
}
