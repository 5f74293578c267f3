// The arrow router's own thread: libavoid (WebAssembly) routes here, so a drag never waits for it. The canvas posts
// its board as a change of the board it posted before (RouteUpdate: mid-drag, only the dragged node's box), which
// this thread keeps, and gets back only the routes that changed; it waits for the routes before posting the next (src/canvas/routing/RouteLayer.tsx keeps only
// the newest board meanwhile), so no stale job queues up here.
import { AvoidLib } from 'libavoid-js';
import wasmUrl from '../../../node_modules/libavoid-js/dist/libavoid.wasm?url';
import { applyUpdate, changedRoutes, RouteEngine, type RouteJob, type RouteUpdate } from '../../domain/routing/engine';
import type { RoutedArrow } from '../../domain/routing/route-board';
import type { AvoidModule } from '../../domain/routing/router';
import type { RouteReply } from './route-messages';

/** A new libavoid instance: AvoidLib.load keeps one per holder object, so each call gets its own holder. */
async function instance(): Promise<AvoidModule> {
  const holder: { avoidLib?: AvoidModule } = {};
  await (AvoidLib.load as (this: typeof holder, url: string) => Promise<void>).call(holder, wasmUrl);
  return holder.avoidLib!;
}

const engine = new RouteEngine(instance);
/** The board as last posted, and the routes as last answered (an answer carries only what changed since). */
let board: RouteJob | undefined;
let answered: ReadonlyMap<string, RoutedArrow> = new Map();

self.onmessage = async (event: MessageEvent<{ seq: number; update: RouteUpdate }>) => {
  const { seq, update } = event.data;
  const started = performance.now();
  let reply: RouteReply;
  try {
    if (update.whole) answered = new Map();
    board = applyUpdate(board, update);
    const routes = await engine.route(board);
    reply = { seq, ...changedRoutes(answered, routes), ms: performance.now() - started };
    answered = routes;
  } catch (error) {
    reply = { seq, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
