import { useEffect } from 'react';
import { useStoreApi, type InternalNode } from '@xyflow/react';
import type { Board } from '../../domain/board';
import { diffJob, mergeRoutes, type RouteJob } from '../../domain/routing/engine';
import type { SceneNode } from '../../domain/routing/measures';
import type { RoutedArrow, RouteEdge } from '../../domain/routing/route-board';
import { isGroupNode, sceneNodes, sceneTitles } from '../../domain/routing/scene';
import { isGesturing, useBoardStore } from '../../store/board-store';
import type { FlowNode } from '../../store/types';
import { followRoute } from './follow-route';
import { ROUTE_LIMIT } from './limit';
import type { RouteReply } from './route-messages';
import { roundedPath } from './route-path';
import { endsKey, useRoutes, type DrawnRoute } from './routes-store';

/**
 * What the routing did, for the benchmarks (window.__mlsdRouting): each answer drawn, with the clock when its board
 * was read (`sent`), when its routes were drawn (`drawn`, the frame after they were handed to the arrows), whether
 * the board was at rest, and the worker's time.
 */
type RoutingLog = { settled: boolean; sent: number; drawn: number; ms: number }[];
const log: RoutingLog = [];
(globalThis as { __mlsdRouting?: RoutingLog }).__mlsdRouting = log;

/** How often, at most, a board read mid-gesture goes to the worker (see run). */
const MID_GESTURE_MS = 100;

/** The route worker (libavoid in WebAssembly, loaded inside it), started the first time a board is routed. */
let worker: Worker | undefined;
const startWorker = () => (worker ??= new Worker(new URL('./route-worker.ts', import.meta.url), { type: 'module' }));

/**
 * Routes the board's arrows around its nodes whenever the board changes, in a Web Worker: ten times a second while a
 * drag is on (so routes follow it), and once more at rest, whose answer is final. One job at a time: while the worker
 * is busy, only the newest board waits, so its answer never lags behind a queue. Renders nothing; the arrows read
 * their routes from useRoutes.
 */
export function RouteLayer() {
  const flow = useStoreApi<FlowNode>();
  useEffect(() => {
    let frame = 0;
    let disposed = false;
    /** The job the worker is on, and the newest board waiting for it. */
    let running: { seq: number; sent: number; boxes: Map<string, SceneNode['box']>; settled: boolean } | undefined;
    let waiting: { job: RouteJob; sent: number } | undefined;
    /** The routes as the worker last answered (each answer carries what changed since the one before). */
    let routed = new Map<string, RoutedArrow>();
    /** An answer not drawn yet: mid-drag it waits for the frame of the next move (see drawAnswer). */
    let answer: { boxes: Map<string, SceneNode['box']>; settled: boolean; sent: number; ms: number; came: number } | undefined;
    /** Whether the last board handed over was read mid-gesture: a board at rest is then still owed. */
    let owed = false;
    /**
     * Whether the board or a node's drawn size changed since the board was last read. A frame run only to draw an
     * answer reads nothing at rest: it read and sent the same board again, whose answer ran another frame, and so on,
     * about 60 routings a second on a board at rest (and during every pan and zoom).
     */
    let changed = true;
    let seq = 0;
    /** The board last read, so a gesture that rests (a pointer held still) does not send it again. */
    let lastBoard: Board | undefined;
    /** The board of the last frame, to tell a frame that drew a move. */
    let lastFrameBoard: Board | undefined;
    /** The board as the worker has it: each post sends only what changed since (diffJob). */
    let posted: RouteJob | undefined;
    /** When a board was last handed over mid-gesture. */
    let lastMidGesture = -Infinity;
    /** The nodes as last read, by id: a box that did not change keeps its object (drawnNodes). */
    const read = new Map<string, SceneNode>();
    /** The sizes the last board at rest was read with. */
    let sizes = new Map<string, { width: number; height: number }>();
    /** The arrows as the worker gets them, made again only when the board's edge list changes. */
    let edges: { of: Board['edges']; list: RouteEdge[] } | undefined;

    let listening = false;
    const post = (job: RouteJob, sent: number) => {
      const w = startWorker();
      if (!listening) {
        w.addEventListener('message', onReply);
        w.addEventListener('error', onFailure);
      }
      listening = true;
      running = { seq: ++seq, sent, boxes: new Map(job.nodes.map((n) => [n.id, n.box])), settled: job.settled };
      const update = diffJob(posted, job);
      posted = job;
      if (update.whole) routed = new Map();
      w.postMessage({ seq, update });
    };
    const submit = (job: RouteJob) => {
      const sent = performance.now();
      owed = !job.settled;
      if (running) waiting = { job, sent };
      else post(job, sent);
    };
    const onReply = (event: MessageEvent<RouteReply>) => {
      const reply = event.data;
      const done = running;
      if (disposed || !done || reply.seq !== done.seq) return;
      running = undefined;
      if ('error' in reply) {
        console.error('Routing failed; arrows are drawn directly:', reply.error);
        // The worker's board may not be ours any more: the next post sends the whole board.
        posted = undefined;
      } else {
        mergeRoutes(routed, reply);
        answer = { boxes: done.boxes, settled: done.settled, sent: done.sent, ms: reply.ms, came: performance.now() };
        schedule();
      }
      if (waiting) {
        const next = waiting;
        waiting = undefined;
        post(next.job, next.sent);
      }
    };

    // The worker could not start (its chunk or the WebAssembly failed to load): arrows stay drawn directly.
    const onFailure = (event: ErrorEvent) => {
      console.error('The router could not start; arrows are drawn directly:', event.message);
      running = waiting = posted = undefined;
    };

    /** The routes handed to the arrows; a route that did not change keeps its object, so its arrow does not redraw. */
    const apply = (boxes: Map<string, SceneNode['box']>, settled: boolean, sent: number, ms: number) => {
      const { board } = useBoardStore.getState();
      const before = useRoutes.getState().routes;
      const routes = new Map<string, DrawnRoute>();
      for (const e of board.edges) {
        const route = routed.get(e.id);
        const source = boxes.get(e.source);
        const target = boxes.get(e.target);
        if (!route || !source || !target) continue;
        const old = before.get(e.id);
        // Boxes that did not move are the same objects from read to read (drawnNodes): no key to make for them.
        const ends = old && old.source === source && old.target === target ? old.ends : endsKey(source, target);
        // An arrow the answer did not change keeps its points (the same array), so its path is not made again.
        if (old && old.points === route.points && old.ends === ends) {
          routes.set(e.id, old);
          continue;
        }
        const d = roundedPath(route.points);
        if (old && old.d === d && old.ends === ends && sameRect(old.label, route.label)) routes.set(e.id, old);
        else routes.set(e.id, { points: route.points, d, source, target, ends, ...(route.label ? { label: route.label } : {}) });
      }
      useRoutes.setState({ routes });
      requestAnimationFrame(() => log.push({ settled, sent, drawn: performance.now(), ms }));
    };

    /**
     * Draws the answer waiting, in a frame: the answer for a board at rest at once; mid-drag, in the frame of the
     * next move (the arrows redraw with the node, one frame painted instead of two), or once the pointer has
     * rested for MID_GESTURE_MS.
     */
    const drawAnswer = (moved: boolean) => {
      if (!answer || !(answer.settled || moved || performance.now() - answer.came >= MID_GESTURE_MS)) return;
      const { boxes, settled, sent, ms } = answer;
      answer = undefined;
      apply(boxes, settled, sent, ms);
    };

    const run = () => {
      frame = 0;
      if (disposed) return;
      const { board } = useBoardStore.getState();
      if (board.nodes.length > ROUTE_LIMIT || board.edges.length === 0) {
        owed = false;
        waiting = answer = undefined;
        if (useRoutes.getState().routes.size) useRoutes.setState({ routes: new Map() });
        return;
      }
      const settled = !isGesturing();
      drawAnswer(board !== lastFrameBoard);
      lastFrameBoard = board;
      // Look again next frame mid-gesture (a drop need not change the board, and the board at rest is owed), and
      // while an answer waits to be drawn.
      if (!settled || answer) schedule();
      if (settled ? !changed && !owed : board === lastBoard) return;
      // Mid-gesture, a board goes to the worker at most every MID_GESTURE_MS: each answer redraws every moved arrow
      // and reading the board costs the page too, so routing every frame cost a 100-node drag its frame rate (25 ms a
      // move against bare React Flow's 9 in the bench); ten answers a second still show the routes following.
      const now = performance.now();
      if (!settled && now - lastMidGesture < MID_GESTURE_MS) return;
      if (!settled) lastMidGesture = now;
      lastBoard = board;
      changed = false;
      const nodes = drawnNodes(board, flow.getState().nodeLookup, read);
      // Sizes are looked at only at rest (below), so only a board at rest records them.
      if (settled) sizes = new Map(nodes.map((n) => [n.id, n.box]));
      if (edges?.of !== board.edges) {
        edges = {
          of: board.edges,
          list: board.edges.map(({ id, source, target, sourceHandle, targetHandle, data }) => ({
            id, source, target, sourceHandle, targetHandle, data: { label: data.label },
          })),
        };
      }
      submit({ settled, nodes, titles: sceneTitles(board, nodes), edges: edges.list });
    };
    const schedule = () => {
      if (!disposed && !frame) frame = requestAnimationFrame(run);
    };
    const reread = () => {
      changed = true;
      schedule();
    };
    useRoutes.setState({ follow: followRoute });
    schedule();
    const unsubscribe = useBoardStore.subscribe((s, prev) => {
      if (s.board.nodes !== prev.board.nodes || s.board.edges !== prev.board.edges) reread();
      else if (owed) schedule();
    });
    // A node's drawn size can change after the board did (a resized card's height follows its text a frame later).
    // Not looked for mid-gesture (each drag step updates React Flow's store several times): the board at rest after
    // the gesture is read with the sizes as drawn then.
    const unsubscribeFlow = flow.subscribe((s, prev) => {
      // A pan or zoom step changes the view and nothing else: no size to look at (100 nodes a step, every step).
      if (sizes.size === 0 || isGesturing() || s.transform !== prev.transform) return;
      for (const [id, n] of s.nodeLookup) {
        const size = sizes.get(id);
        // A node not drawn yet (culled out of view) has no measured size: that is no news, and reading it as a
        // change would route the board again at every pan or zoom step until it is drawn.
        if (size && n.measured.width !== undefined && (size.width !== n.measured.width || size.height !== n.measured.height)) return reread();
      }
    });
    return () => {
      disposed = true;
      unsubscribe();
      unsubscribeFlow();
      cancelAnimationFrame(frame);
      worker?.removeEventListener('message', onReply);
      worker?.removeEventListener('error', onFailure);
    };
  }, [flow]);
  return null;
}

const sameRect = (a: DrawnRoute['label'], b: DrawnRoute['label']) =>
  a === b || (!!a && !!b && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);

/**
 * The boxes as drawn: React Flow's measured sizes and places where a node has been drawn, the domain's estimate
 * elsewhere. A node whose box did not change keeps its object from the last read (`last`), so the diff for the worker
 * and the arrows compare boxes by identity, and a drag step makes new objects only for what moved.
 */
function drawnNodes(board: Pick<Board, 'nodes'>, lookup: Map<string, InternalNode<FlowNode>>, last: Map<string, SceneNode>): SceneNode[] {
  let estimated: Map<string, SceneNode> | undefined;
  const out = board.nodes.map((n): SceneNode => {
    const drawn = lookup.get(n.id);
    const width = drawn?.measured.width;
    const height = drawn?.measured.height;
    if (!drawn || !width || !height) {
      estimated ??= new Map(sceneNodes(board).map((s) => [s.id, s]));
      return kept(last.get(n.id), estimated.get(n.id)!);
    }
    const { x, y } = drawn.internals.positionAbsolute;
    const old = last.get(n.id);
    if (old && old.parentId === n.parentId && old.group === isGroupNode(n) && old.box.x === x && old.box.y === y && old.box.width === width && old.box.height === height) return old;
    const scene: SceneNode = { id: n.id, box: { x, y, width, height }, group: isGroupNode(n) };
    if (n.parentId !== undefined) scene.parentId = n.parentId;
    return scene;
  });
  last.clear();
  for (const n of out) last.set(n.id, n);
  return out;
}

/** The last read's node where it is the same as `now`. */
const kept = (old: SceneNode | undefined, now: SceneNode) =>
  old && old.parentId === now.parentId && old.group === now.group && sameRect(old.box, now.box) ? old : now;
