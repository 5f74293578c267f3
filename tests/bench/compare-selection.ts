// Two builds of the app side by side on the same generated board: the main-thread CPU time of a drag (per move, as
// the bench measures it) and of changes of the selection (a click on a node, a click on another, a click on the
// pane, Ctrl+A, Escape; per change, a frame and a settle window after each). Runs alternate between the builds, and
// each figure is the median of the runs, so a busy machine slows both alike. Not part of `npm run bench`: a tool
// for comparing a change with what it replaced (docs/collaboration.md, plan item 1, the selection).
// Usage: npx tsx tests/bench/compare-selection.ts <dist-before> <dist-after> [nodes = 1000] [runs = 6]
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { afterFrame, launch, sleep, type MainThread } from './browser';
import { generateBoard } from './generate-board';
import { measure, openApp, type Canvas } from './gestures';
import { serve } from './serve';
import { median } from './types';

const [before, after, count = '1000', runCount = '6'] = process.argv.slice(2);
if (!before || !after) throw new Error('Usage: npx tsx tests/bench/compare-selection.ts <dist-before> <dist-after> [nodes] [runs]');

/** Node centres on screen near the middle of the pane, other than the dragged one. */
async function otherNodes(page: Page, except: string): Promise<{ x: number; y: number }[]> {
  return page.evaluate((id) => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const inside = (r: DOMRect) => r.left > pane.left + 40 && r.right < pane.right - 40 && r.top > pane.top + 40 && r.bottom < pane.bottom - 40;
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node:not(.react-flow__node-group)')]
      .filter((el) => el.dataset.id !== id && inside(el.getBoundingClientRect()))
      .slice(0, 2)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
  }, except);
}

/** CPU time per change of the selection, over five changes. */
async function selectionChanges(canvas: Canvas & { thread: MainThread }): Promise<number> {
  const { page, thread } = canvas;
  const [a, b] = await otherNodes(page, canvas.id);
  const steps: (() => Promise<void>)[] = [
    () => page.mouse.click(a.x, a.y),
    () => page.mouse.click(b.x, b.y),
    () => page.mouse.click(canvas.empty.x, canvas.empty.y),
    () => page.keyboard.press('Control+a'),
    () => page.keyboard.press('Escape'),
  ];
  await sleep(300);
  const start = await thread.read();
  for (const step of steps) {
    await step();
    await afterFrame(page);
    await sleep(150);
  }
  const end = await thread.read();
  const selected = await page.locator('.react-flow__node.selected').count();
  if (selected !== 0) throw new Error(`${selected} nodes still selected after Escape`);
  return (end.task - start.task) / steps.length;
}

const board = generateBoard(Number(count));
const browser = await launch();
const builds = [];
// One after the other: two 1,000-node boards opening at once on a busy machine can take longer than a click waits.
for (const dist of [before, after]) {
  const server = await serve(dist);
  const { context, canvas } = await openApp(browser, server.url, board);
  builds.push({ dist, server, context, canvas, drag: [] as number[], dragScript: [] as number[], select: [] as number[] });
}
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`${count} nodes, ${runCount} runs; load average at start: ${load()}`);
for (let run = 0; run <= Number(runCount); run++) {
  for (const build of run % 2 ? [...builds].reverse() : builds) {
    const drag = await measure(build.canvas, 'drag', run % 2 === 1);
    const select = await selectionChanges(build.canvas);
    if (run === 0) continue; // warm-up
    build.drag.push(drag.task);
    build.dragScript.push(drag.script);
    build.select.push(select);
  }
}
console.log(`load average at end: ${load()}`);
for (const build of builds) {
  const f = (list: number[]) => `median ${median(list).toFixed(2)} ms (runs ${list.map((v) => v.toFixed(1)).join(', ')})`;
  console.log(`${build.dist}\n  drag, per move: ${f(build.drag)}\n  of which script: ${f(build.dragScript)}\n  selection change, each: ${f(build.select)}`);
  await build.context.close();
  await build.server.close();
}
await browser.close();
