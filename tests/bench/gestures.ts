// Drag, pan and zoom cost in the app beside bare React Flow drawing the same generated board, both in Chromium.
// Both canvases get the same size and viewport (zoomed to ~1× on a component near the middle of the board), and
// the same pointer input: N moves of 16 px (or N wheel steps), each followed by a rendered frame. The cost of a
// move is the renderer main thread's CPU time (CDP Performance TaskDuration, thread ticks) from before the press
// to a settle window after the release (so autosave and the validator, which run after a drag, count), divided
// by N. App and bare runs alternate; each figure is the median of the runs.
import type { Browser, Page } from 'playwright-core';
import { absolutePositions, type Board } from '../../src/domain/board';
import { afterFrame, MainThread, newContext, openWithBoard, readViewport, sleep, waitForNodes, type Metrics, type Viewport } from './browser';
import { ROUTE_LIMIT } from '../../src/canvas/routing/limit';
import { generateBoard } from './generate-board';
import { median, type BenchRow } from './types';

export type Gesture = 'drag' | 'pan' | 'zoom';
// Drag: 8 moves right, 8 left, 8 right (the node ends 128 px off, so autosave has work; the next run returns it);
// pan: 8 right, 8 left; zoom: 8 wheel steps out, 8 in.
export const MOVES: Record<Gesture, number> = { drag: 24, pan: 16, zoom: 16 };
const STEP_PX = 16;
const WHEEL = 100;
// After the release: the app validates 150 ms and saves 400 ms after the last change.
const SETTLE_MS: Record<Gesture, number> = { drag: 800, pan: 500, zoom: 500 };

type Point = { x: number; y: number };
/**
 * One canvas ready to measure: where its pane is, the node to drag and a point of empty pane, in page pixels;
 * `routed` for the app at a size it routes arrows at (the drag then checks the router routed during it).
 */
export type Canvas = { page: Page; thread: MainThread; id: string; node: Point; empty: Point; routed?: boolean };

/**
 * Routing during one drag, read from the app's log (src/canvas/routing/RouteLayer.tsx, window.__mlsdRouting):
 * `followed` answers drawn mid-drag, `dropMs` the time from the pointer's release to the routes for the drop drawn
 * (`dropWorkerMs` of it in the worker, routing the board at rest); `frames`, only in the drags that count frames (not
 * timed), the median number of frames from the frame a board was read to the frame its routes were drawn.
 */
export type DragRouting = { followed: number; frames?: number; dropMs: number; dropWorkerMs: number };

export type GestureResult = {
  gesture: Gesture;
  nodes: number;
  app: Metrics;
  bare: Metrics;
  appRuns: number[];
  bareRuns: number[];
  /** Drags of the app on a routed board: routing figures of each timed run. */
  routing?: DragRouting[];
  /** Drags of the app on a routed board: frames from a move to its routes drawn, median of the untimed drags that count them. */
  routingFrames?: number;
};

/** +1 or -1: `every` moves one way, as many back, …; `flip` reverses it (every other run, so runs return the node). */
const direction = (i: number, flip: boolean, every: number) => (Math.floor(i / every) % 2 === 0) !== flip ? 1 : -1;

type Watch = { __benchFrames?: number[]; __benchUp?: number; __benchUpWatched?: boolean };

/**
 * Page-side bookkeeping for the routing figures: the last pointer release's time and, with `frames`, every frame's
 * time until `unwatchFrames`. Counting frames takes a requestAnimationFrame loop, which makes the page draw a frame
 * every vsync: only untimed drags count them. (Left running, it cost the app about 40 ms of CPU a second at rest and
 * every later pan and zoom measured on the page paid for it, bare React Flow's not: sessions 1–8's pan and zoom
 * ratios at 100 and 200 nodes were measured so.)
 */
async function watch(page: Page, frames: boolean): Promise<void> {
  await page.evaluate((frames) => {
    const w = window as unknown as Watch;
    if (!w.__benchUpWatched) window.addEventListener('pointerup', (e) => (w.__benchUp = e.timeStamp), true);
    w.__benchUpWatched = true;
    if (!frames || w.__benchFrames) return;
    const list: number[] = (w.__benchFrames = []);
    const tick = (t: number) => {
      if (w.__benchFrames !== list) return;
      list.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, frames);
}

const unwatchFrames = (page: Page) => page.evaluate(() => void delete (window as unknown as Watch).__benchFrames);

type RoutingEntry = { settled: boolean; sent: number; drawn: number; ms: number };
const routingLog = (page: Page, from: number) =>
  page.evaluate((from) => ((window as unknown as { __mlsdRouting?: RoutingEntry[] }).__mlsdRouting ?? []).slice(from), from);
const routingCount = (page: Page) => page.evaluate(() => (window as unknown as { __mlsdRouting?: unknown[] }).__mlsdRouting?.length ?? 0);

/**
 * Waits (up to 30 s) for the routes of the board at rest after the drag, then reads what routing did during it.
 * A drag on a routed board during which the router drew no routes is an error: the figures would not include it.
 */
async function dragRouting(page: Page, from: number): Promise<DragRouting> {
  const up = await page.evaluate(() => (window as unknown as { __benchUp: number }).__benchUp);
  const deadline = Date.now() + 30_000;
  let log = await routingLog(page, from);
  while (!log.some((e) => e.settled && e.sent >= up)) {
    if (Date.now() > deadline) throw new Error('No routes drawn for the drop within 30 s.');
    await sleep(50);
    log = await routingLog(page, from);
  }
  const moving = log.filter((e) => !e.settled && e.sent < up);
  if (moving.length === 0) throw new Error('The router drew no routes during the drag: routing is not on.');
  const frames = await page.evaluate(() => (window as unknown as Watch).__benchFrames);
  const drop = log.find((e) => e.settled && e.sent >= up)!;
  const routing: DragRouting = { followed: moving.length, dropMs: drop.drawn - up, dropWorkerMs: drop.ms };
  if (frames) routing.frames = median(moving.map((e) => frames.filter((t) => t > e.sent && t <= e.drawn).length));
  return routing;
}

/**
 * The gesture's main-thread cost per move. A drag that did not move the node (missed it) is an error. `countFrames`:
 * a drag on a routed board also counts frames (see `watch`); its cost is then not the page's own.
 */
export async function measure(canvas: Canvas, gesture: Gesture, flip: boolean, routing?: DragRouting[], countFrames = false): Promise<Metrics> {
  const { page, thread } = canvas;
  const moves = MOVES[gesture];
  const routed = canvas.routed && gesture === 'drag';
  if (routed) await watch(page, countFrames);
  const logged = routed ? await routingCount(page) : 0;
  await sleep(200);
  // The node is where the previous drag left it; pan starts on empty pane (pans and zooms end where they began).
  const start = gesture === 'pan' ? canvas.empty : await nodeCenter(page, canvas.id);
  await page.mouse.move(start.x, start.y);
  await afterFrame(page);
  const before = await thread.read();
  if (gesture !== 'zoom') await page.mouse.down();
  let x = start.x;
  for (let i = 0; i < moves; i++) {
    const d = direction(i, flip, 8);
    if (gesture === 'zoom') await page.mouse.wheel(0, d * WHEEL);
    else await page.mouse.move((x += d * STEP_PX), start.y);
    await afterFrame(page);
  }
  if (gesture !== 'zoom') await page.mouse.up();
  await sleep(SETTLE_MS[gesture]);
  const after = await thread.read();
  if (gesture === 'drag' && Math.abs((await nodeCenter(page, canvas.id)).x - start.x) < 4 * STEP_PX) {
    throw new Error('The drag did not move the node.');
  }
  if (routed) routing?.push(await dragRouting(page, logged));
  if (routed && countFrames) await unwatchFrames(page);
  const per = (key: keyof Metrics) => (after[key] - before[key]) / moves;
  return { task: per('task'), script: per('script'), layout: per('layout'), style: per('style') };
}

const absolute = (board: Board, id: string): Point => absolutePositions(board.nodes).get(id)!;

async function nodeCenter(page: Page, id: string): Promise<Point> {
  const box = (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A point of bare pane (no node, no edge) in the gap under the node's group, near the node. */
async function emptyPoint(page: Page, board: Board, index: number, pane: Point, view: Viewport): Promise<Point> {
  const node = board.nodes[index];
  const group = absolute(board, node.parentId!);
  const base = absolute(board, node.id);
  // Groups are 140 high, rows 300 apart: the gap runs from 160 to 280 under the group's top.
  for (let dy = 0; dy < 120; dy += 10) {
    for (const dx of [0, 40, -40, 80, -80, 120, -120]) {
      const flow = { x: base.x + 92 + dx, y: group.y + 160 + dy };
      const point = { x: pane.x + view.x + flow.x * view.zoom, y: pane.y + view.y + flow.y * view.zoom };
      const onPane = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'), point);
      if (onPane) return point;
    }
  }
  throw new Error('No empty pane near the dragged node.');
}

async function paneOrigin(page: Page): Promise<Point & { width: number; height: number }> {
  return (await page.locator('.react-flow').first().boundingBox())!;
}

/** The app with `board` open, the checklist (validator) shown, zoomed to ~1× on a component near the middle. */
export async function openApp(browser: Browser, appUrl: string, board: Board) {
  const { context, page } = await openWithBoard(browser, appUrl, board);
  await page.locator('#tab-check').click();
  await page.waitForSelector('#tabpanel-check :not(.panel-empty)');
  // Fit the whole board with the Controls button, as a user would (the app also fits it on open).
  await page.locator('.react-flow__controls-fitview').click();
  await sleep(500);
  const pane = await paneOrigin(page);
  // The component whose center is nearest the pane's center.
  const components = new Set(board.nodes.filter((n) => n.parentId).map((n) => n.id));
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.dataset.id!, x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }),
  );
  const mid = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
  const target = boxes
    .filter((b) => components.has(b.id))
    .sort((a, b) => Math.hypot(a.x - mid.x, a.y - mid.y) - Math.hypot(b.x - mid.x, b.y - mid.y))[0];
  // Zoom to ~1× about the target with wheel steps (×2^0.2 each).
  const start = await readViewport(page);
  await page.mouse.move(target.x, target.y);
  for (let i = 0; i < Math.ceil(Math.log2(1 / start.zoom) / 0.2); i++) {
    await page.mouse.wheel(0, -WHEEL);
    await afterFrame(page);
  }
  await sleep(300);
  const view = await readViewport(page);
  const node = await nodeCenter(page, target.id);
  const index = board.nodes.findIndex((n) => n.id === target.id);
  const empty = await emptyPoint(page, board, index, pane, view);
  const routed = board.nodes.length <= ROUTE_LIMIT;
  // On a board the app routes, the router is loaded and its first routes drawn before anything is timed.
  if (routed) await page.waitForFunction(() => ((window as unknown as { __mlsdRouting?: { settled: boolean }[] }).__mlsdRouting ?? []).some((e) => e.settled), undefined, { timeout: 60_000 });
  const canvas: Canvas = { page, thread: await MainThread.attach(page), id: target.id, node, empty, routed };
  return { context, canvas, pane, view, index };
}

export async function openBare(browser: Browser, bareUrl: string, board: Board, size: { width: number; height: number }, view: Viewport, index: number) {
  const context = await newContext(browser);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('bare page error:', e.message));
  const query = new URLSearchParams({ n: String(board.nodes.length), w: String(size.width), h: String(size.height), x: String(view.x), y: String(view.y), zoom: String(view.zoom) });
  await page.goto(`${bareUrl}/?${query}`);
  await waitForNodes(page, board.nodes.length);
  await sleep(300);
  const id = await page.evaluate((i) => (window as unknown as { benchIds: string[] }).benchIds[i], index);
  const pane = await paneOrigin(page);
  const canvas: Canvas = {
    page,
    thread: await MainThread.attach(page),
    id,
    node: await nodeCenter(page, id),
    empty: await emptyPoint(page, board, index, pane, view),
  };
  return { context, canvas };
}

/** Every gesture at one board size, app and bare alternating run by run. */
export async function compareGestures(
  browser: Browser,
  urls: { app: string; bare: string },
  nodes: number,
  gestures: Gesture[],
  runs = 5,
): Promise<GestureResult[]> {
  const board = generateBoard(nodes);
  const app = await openApp(browser, urls.app, board);
  const bare = await openBare(browser, urls.bare, board, app.pane, app.view, app.index);
  const offset = { x: app.canvas.node.x - app.pane.x - bare.canvas.node.x, y: app.canvas.node.y - app.pane.y - bare.canvas.node.y };
  if (Math.abs(offset.x) > 2 || Math.abs(offset.y) > 2) console.warn(`  note: the dragged node sits ${offset.x.toFixed(1)}, ${offset.y.toFixed(1)} px apart in the two canvases`);
  const results: GestureResult[] = [];
  for (const gesture of gestures) {
    const appRuns: Metrics[] = [];
    const bareRuns: Metrics[] = [];
    const routing: DragRouting[] = [];
    for (let run = 0; run <= runs; run++) {
      const flip = run % 2 === 1;
      const routed: DragRouting[] = [];
      const a = await measure(app.canvas, gesture, flip, routed);
      const b = await measure(bare.canvas, gesture, flip);
      if (run === 0) continue; // warm-up: compiles the code paths of the gesture
      appRuns.push(a);
      bareRuns.push(b);
      routing.push(...routed);
    }
    const med = (list: Metrics[]): Metrics => ({
      task: median(list.map((m) => m.task)),
      script: median(list.map((m) => m.script)),
      layout: median(list.map((m) => m.layout)),
      style: median(list.map((m) => m.style)),
    });
    // Frames from a move to its routes drawn: two more drags (there and back), untimed, that count frames.
    const framed: DragRouting[] = [];
    if (routing.length) for (const flip of [false, true]) await measure(app.canvas, gesture, flip, framed, true);
    results.push({
      gesture, nodes, app: med(appRuns), bare: med(bareRuns), appRuns: appRuns.map((m) => m.task), bareRuns: bareRuns.map((m) => m.task),
      ...(routing.length ? { routing, routingFrames: median(framed.map((r) => r.frames!)) } : {}),
    });
  }
  await app.context.close();
  await bare.context.close();
  return results;
}

const LABEL: Record<Gesture, string> = { drag: 'Drag one node', pan: 'Pan', zoom: 'Zoom (wheel)' };
const r2 = (n: number) => Math.round(n * 100) / 100;

export function gestureRows(result: GestureResult, absoluteTarget?: number): BenchRow[] {
  const { gesture, nodes, app, bare } = result;
  const unit = gesture === 'zoom' ? 'wheel step' : 'move';
  const rows: BenchRow[] = [];
  if (absoluteTarget !== undefined || gesture === 'drag') {
    rows.push({ name: `${LABEL[gesture]}, ${nodes} nodes: app, per ${unit}`, value: r2(app.task), unit: 'ms', target: absoluteTarget, note: `bare React Flow ${r2(bare.task)} ms` });
  }
  if (result.routing) {
    const runs = result.routing;
    rows.push({
      name: `Route latency, ${nodes} nodes: pointer up to the routes for the drop drawn`,
      value: Math.round(median(runs.map((r) => r.dropMs))),
      unit: 'ms',
      note: `median of ${runs.length} drags; each ${runs.map((r) => Math.round(r.dropMs)).join(', ')} ms, of which routing in the worker ${runs.map((r) => Math.round(r.dropWorkerMs)).join(', ')} ms`,
    });
    rows.push({
      name: `Routes following a drag, ${nodes} nodes: frames from a move to its routes drawn`,
      value: result.routingFrames ?? NaN,
      unit: 'frames',
      note: `routes drawn ${runs.map((r) => r.followed).join(', ')} times in the ${MOVES.drag} moves of each timed drag; frames counted in two more drags, untimed`,
    });
  }
  rows.push({
    name: `${LABEL[gesture]}, ${nodes} nodes: app / bare React Flow`,
    value: r2(app.task / bare.task),
    unit: 'x',
    target: 1.15,
    note: `app ${r2(app.task)} ms, bare ${r2(bare.task)} ms per ${unit}`,
  });
  return rows;
}
