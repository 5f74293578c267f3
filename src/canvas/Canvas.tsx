import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import {
  ConnectionMode, ControlButton, Controls, MarkerType, Panel, ReactFlow, useReactFlow, useStore, useStoreApi,
  type Connection, type Edge, type EdgeChange, type NodeChange,
} from '@xyflow/react';
import Maximize from 'lucide-glyph:maximize';
import { getAction } from '../actions/actions';
import { formatShortcut } from '../actions/keys';
import { findKind } from '../domain/catalog';
import { EDGE_KIND_LABELS } from '../domain/board';
import { beginGesture, commit, endGesture, useBoardStore } from '../store/board-store';
import { edgeChanges, nodeChanges, reconnect, reparentDropped } from '../store/edits';
import { selectEdgeChanges, selectNodeChanges, useSelection } from '../store/selection';
import { LARGE_BOARD_NODES, MINIMAP_AUTO_LIMIT, useAppStore } from '../store/app-store';
import { connectWithLastKind } from '../store/arrow-kind';
import { fedEdges, fedNodes, useOpening } from '../store/opening';
import type { DrawnNode, FlowEdge, FlowNode } from '../store/types';
import { EDGE_TYPES, END_HANDLE_RADIUS } from './FlowEdge';
import { NODE_TYPES, withEstimate, withLook } from './node-types';
import { fitOpeningView, MAX_ZOOM, MIN_ZOOM, setFlowInstance } from './flow-instance';
import { endGuides, GuideLines, snapDrag } from './GuideLines';
import { onEdgeContextMenu, onNodeContextMenu, onPaneContextMenu, onSelectionContextMenu } from './context-menus';
import { useBoardKeys } from './board-keys';
import { BoardMiniMap } from './MiniMap';
import { CanvasDots } from './CanvasDots';
import { followZoom } from './zoom-follow';
import { onConnectEnd, useLongPress } from './touch-and-ends';
import { inViewWindow, viewWindowKey } from './view-window';
import { isViewing, useRoomStore } from '../room/status';

// Arrowheads in their line's colour (React Flow's default is a paler grey), in either theme.
const ARROW = { type: MarkerType.ArrowClosed, width: 16, height: 16, color: 'var(--edge)' } as const;
const ARROW_SELECTED = { ...ARROW, color: 'var(--edge-selected)' } as const;
const SNAP_GRID: [number, number] = [16, 16];
const PRO_OPTIONS = { hideAttribution: true };
const noWindow = () => '';
const FIT = getAction('fit-view');
// Routing the arrows around the nodes loads after the board is drawn (with the router, on demand).
const RouteLayer = lazy(() => import('./routing/RouteLayer').then((m) => ({ default: m.RouteLayer })));
const ZOOM_RESET = getAction('zoom-reset');
// Review comments' pins, and the other people of a live room: each loads when there is something to show.
const CommentPins = lazy(() => import('../comments/CommentPins').then((m) => ({ default: m.CommentPins })));
const PresenceLayer = lazy(() => import('../collab/PresenceLayer').then((m) => ({ default: m.PresenceLayer })));

// Arrowheads, the spoken name and this person's selection are drawing, not data: added as the canvas reads each
// edge, once per edge object (and again when the name of one of its ends changes, or it is selected or let go).
type Names = ReadonlyMap<string, string>;
const drawn = new WeakMap<FlowEdge, { ends: string; selected: boolean; edge: Edge }>();
function withArrows(edge: FlowEdge, names: Names, selected: boolean): Edge {
  const ends = `${names.get(edge.source)}\u0000${names.get(edge.target)}`;
  const cached = drawn.get(edge);
  if (cached?.ends === ends && cached.selected === selected) return cached.edge;
  const label = edge.data.label ? `, “${edge.data.label}”` : '';
  const out: Edge = {
    ...edge,
    selected,
    markerEnd: selected ? ARROW_SELECTED : ARROW,
    markerStart: edge.data.bidirectional ? (selected ? ARROW_SELECTED : ARROW) : undefined,
    ariaLabel: `${EDGE_KIND_LABELS[edge.type]} from ${names.get(edge.source)} to ${names.get(edge.target)}${label}`,
  };
  // A selected edge shows handles at its ends, to drag either end elsewhere (only then: two elements per edge).
  if (selected) out.reconnectable = true;
  drawn.set(edge, { ends, selected, edge: out });
  return out;
}

/**
 * The edges as drawn, the same list as before when no edge changed: React Flow indexes every edge again whenever the
 * list is a new one, which on a large board made adding a node (a new name, so the list was rebuilt) cost a pass
 * over all its edges.
 */
function useDrawnEdges(edges: FlowEdge[], names: Names, selected: ReadonlySet<string>): Edge[] {
  const last = useRef<Edge[]>([]);
  return useMemo(() => {
    const next = edges.map((e) => withArrows(e, names, selected.has(e.id)));
    const before = last.current;
    if (next.length === before.length && next.every((e, i) => e === before[i])) return before;
    return (last.current = next);
  }, [edges, names, selected]);
}

const selectedLooks = new WeakMap<DrawnNode, DrawnNode>();

/**
 * The nodes as React Flow gets them: each node's look, and `selected` on those this person selected. One object per
 * node and state, kept, so a change of selection gives React Flow new objects only for the nodes it changed (React
 * Flow skips a node whose object it has seen), and a drag step new ones only for the nodes that moved.
 */
function drawNodes(nodes: FlowNode[], large: boolean, selected: ReadonlySet<string>): DrawnNode[] {
  const look = large ? withEstimate : withLook;
  if (selected.size === 0) return nodes.map(look);
  return nodes.map((node) => {
    const plain: DrawnNode = look(node);
    if (!selected.has(node.id)) return plain;
    let out = selectedLooks.get(plain);
    if (!out) selectedLooks.set(plain, (out = { ...plain, selected: true }));
    return out;
  });
}

/**
 * Every node's name, as one string that changes only when a name does (not on each drag step). Kept for the last node
 * list: the selector runs on every render of the canvas, and a large board renders once per slice while it opens;
 * a drag step's list has the same names (only places changed) and keeps the key.
 */
let named: { nodes: FlowNode[]; key: string } = { nodes: [], key: '' };
const namesKey = (s: { board: { nodes: FlowNode[] } }) => {
  const { nodes } = s.board;
  if (nodes !== named.nodes) {
    const key = sameNames(named.nodes, nodes) ? named.key : nodes.map((n) => `${n.id}\u0000${n.data.label || findKind(n.type)?.label || ''}`).join('\u0001');
    named = { nodes, key };
  }
  return named.key;
};
const sameNames = (a: FlowNode[], b: FlowNode[]) =>
  a.length === b.length && b.every((n, i) => n === a[i] || (n.id === a[i].id && n.data === a[i].data && n.type === a[i].type));

/** The canvas's own keys and gestures (src/canvas/board-keys.ts, touch-and-ends.ts), once React Flow is drawn. */
function BoardGestures() {
  useBoardKeys();
  useLongPress();
  return null;
}

/**
 * Gives the app the canvas (setFlowInstance) and shows each board as it opens (fitOpeningView), in the commit where
 * both the board and the canvas's pan and zoom are there: before the user can move the view, so never over a move
 * the user made. (It waited for React Flow's onInit, a timer after the canvas could already be zoomed and panned: a
 * board open at start could be fitted over a wheel, a pinch or a click on the zoom level the user had just made.)
 * An empty board starts at the origin at 100 % (never in the view of the board before), and is not fitted later:
 * the first node added stays where it was put.
 */
function OpeningView() {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const boardId = useBoardStore((s) => s.board.id);
  const ready = useStore((s) => s.panZoom !== null && s.width > 0 && s.height > 0);
  const shown = useRef<string | null>(null);
  useLayoutEffect(() => setFlowInstance(flow), [flow]);
  useLayoutEffect(() => {
    if (!ready || shown.current === boardId) return;
    if (useBoardStore.getState().board.nodes.length === 0) {
      void flow.setViewport({ x: 0, y: 0, zoom: 1 });
      shown.current = boardId;
    } else if (fitOpeningView()) shown.current = boardId;
  }, [ready, boardId, flow]);
  return null;
}

/** The zoom in percent; while a zoom goes on, at most ten times a second (zoom-follow.ts). */
function useZoomPercent(): number {
  const store = useStoreApi();
  const subscribe = useCallback(
    (changed: () => void) => {
      const follower = followZoom(changed);
      const unsubscribe = store.subscribe((s, before) => {
        if (s.transform[2] !== before.transform[2]) follower.changed();
      });
      return () => {
        unsubscribe();
        follower.cancel();
      };
    },
    [store],
  );
  return useSyncExternalStore(subscribe, () => Math.round(store.getState().transform[2] * 100));
}

/** The zoom level, as a button that goes back to 100%. */
function ZoomLevel() {
  const percent = useZoomPercent();
  return (
    <ControlButton className="mlsd-zoom-level" onClick={() => ZOOM_RESET.run()} title={`${ZOOM_RESET.label} (${formatShortcut(ZOOM_RESET.keys![0])})`} aria-label={`Zoom ${percent}%: ${ZOOM_RESET.label}`}>
      {percent}%
    </ControlButton>
  );
}

// What React Flow reports of the edges and an edge's end dragged elsewhere, as edits; a change of the selection (a
// click, a box selection, a click on the pane) goes to the selection store.
function onEdgesChange(changes: EdgeChange<Edge>[]): void {
  selectEdgeChanges(changes);
  const rest = changes.filter((c) => c.type !== 'select') as EdgeChange<FlowEdge>[];
  if (rest.length) commit((b) => edgeChanges(b, rest));
}
const onReconnect = (old: Edge, c: Connection) => commit((b) => reconnect(b, old.id, c));

/** A drag ends: dropped nodes join or leave groups, in the same undo step as the move. */
function finishDrag(dragged: DrawnNode[]): void {
  commit((b) => reparentDropped(b, dragged.map((n) => n.id)));
  endGesture();
}

/** How much of a very large board is on the canvas yet; the board can be used meanwhile, so this blocks nothing. */
const figures = new Intl.NumberFormat('en');
function OpeningProgress({ shown, total }: { shown: number; total: number }) {
  const text = `Opening… ${figures.format(shown)} of ${figures.format(total)} nodes`;
  return (
    <Panel position="top-center" className="opening-progress" role="status" aria-label={text}>
      <span>{text}</span>
      <progress max={total} value={shown} aria-hidden />
    </Panel>
  );
}

export function focusLabelField(): void {
  useAppStore.setState((s) => ({ panels: { ...s.panels, inspector: true }, rightTab: 'inspect' }));
  requestAnimationFrame(() => document.getElementById('inspector-label')?.focus());
}

export function Canvas({ colorMode }: { colorMode: 'light' | 'dark' }) {
  const nodes = useBoardStore((s) => s.board.nodes);
  const edges = useBoardStore((s) => s.board.edges);
  const selected = useSelection();
  const boardId = useBoardStore((s) => s.board.id);
  const snapToGrid = useAppStore((s) => s.snapToGrid);
  const miniMap = useAppStore((s) => s.miniMap) ?? nodes.length <= MINIMAP_AUTO_LIMIT;
  const drawAll = useAppStore((s) => s.drawAll);
  const hasComments = useBoardStore((s) => !!s.board.comments?.length);
  const inRoom = useRoomStore((s) => s.room !== null);
  // A viewer points and selects; nodes stay where they are and no arrow can be drawn.
  const viewing = useRoomStore(isViewing);
  // A very large board reaches the canvas a slice per frame (src/store/opening.ts); an image export takes all of it.
  const opening = useOpening((s) => s.opening);
  const fed = useMemo(() => (drawAll ? nodes : fedNodes(nodes, boardId, opening)), [nodes, boardId, opening, drawAll]);
  const large = nodes.length >= LARGE_BOARD_NODES;
  // A large board is handed to React Flow around the view only (src/canvas/view-window.ts); the mini map draws all.
  const windowKey = useStore(large && !drawAll && !miniMap ? viewWindowKey : noWindow);
  const fedList = useMemo(() => (drawAll ? edges : fedEdges(edges, boardId, opening, !windowKey)), [edges, boardId, opening, drawAll, windowKey]);
  const handed = useMemo(
    () => (windowKey ? inViewWindow(nodes, fed, fedList, windowKey, selected.nodes, selected.edges) : { nodes: fed, edges: fedList }),
    [nodes, fed, fedList, windowKey, selected],
  );
  const drawnNodes = useMemo(() => drawNodes(handed.nodes, large, selected.nodes), [handed.nodes, large, selected.nodes]);
  const nameList = useBoardStore(namesKey);
  const names = useMemo(() => new Map(nameList.split('\u0001').map((entry) => entry.split('\u0000') as [string, string])), [nameList]);
  const drawnEdges = useDrawnEdges(handed.edges, names, selected.edges);

  // A change of the selection goes to the selection store, the rest (positions, sizes, measurements) to the board.
  // A node's drag, from start to stop (the drop's own position change comes with `dragging: false`): it snaps into
  // line with the other nodes.
  const nodeDrag = useRef(false);
  const onNodesChange = useCallback(
    (changes: NodeChange<DrawnNode>[]) => {
      selectNodeChanges(changes);
      const rest = changes.filter((c) => c.type !== 'select') as NodeChange<FlowNode>[];
      if (rest.length) commit((b) => nodeChanges(b, nodeDrag.current ? snapDrag(rest, snapToGrid ? SNAP_GRID[0] : null) : rest));
    },
    [snapToGrid],
  );
  const onDragStart = useCallback(() => {
    nodeDrag.current = true;
    beginGesture();
  }, []);
  const onDragStop = useCallback((_: unknown, _node: unknown, dragged: DrawnNode[]) => {
    nodeDrag.current = false;
    endGuides();
    finishDrag(dragged);
  }, []);
  const onSelectionDragStop = useCallback((_: unknown, dragged: DrawnNode[]) => finishDrag(dragged), []);
  return (
    <ReactFlow<DrawnNode, Edge>
      nodes={drawnNodes}
      edges={drawnEdges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange as never}
      onConnect={connectWithLastKind}
      onConnectEnd={onConnectEnd as never}
      onReconnect={onReconnect}
      edgesReconnectable={false}
      reconnectRadius={END_HANDLE_RADIUS}
      onNodeDragStart={onDragStart}
      onNodeDragStop={onDragStop}
      onSelectionDragStart={beginGesture}
      onSelectionDragStop={onSelectionDragStop}
      onNodeContextMenu={onNodeContextMenu}
      onEdgeContextMenu={onEdgeContextMenu}
      onSelectionContextMenu={onSelectionContextMenu}
      onPaneContextMenu={onPaneContextMenu}
      onNodeDoubleClick={focusLabelField}
      onEdgeDoubleClick={focusLabelField}
      nodesDraggable={!viewing}
      nodesConnectable={!viewing}
      connectionMode={ConnectionMode.Loose}
      deleteKeyCode={null}
      selectionKeyCode="Shift"
      multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
      snapToGrid={snapToGrid}
      snapGrid={SNAP_GRID}
      colorMode={colorMode}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      proOptions={PRO_OPTIONS}
      elevateNodesOnSelect={false}
      // Only what is in view is in the DOM, so a pointer move costs what the screen shows, not the board's size.
      onlyRenderVisibleElements={!drawAll}
      aria-label="Board canvas"
    >
      <CanvasDots />
      {miniMap ? <BoardMiniMap /> : null}
      {/* Our fit, not React Flow's: that one leaves out the nodes it has not drawn (see fitNodes). */}
      <Controls showInteractive={false} showFitView={false} position="bottom-left">
        <ControlButton className="react-flow__controls-fitview" onClick={() => FIT.run()} title={FIT.label} aria-label={FIT.label}>
          <Maximize aria-hidden />
        </ControlButton>
        <ZoomLevel />
      </Controls>
      {opening && !drawAll ? <OpeningProgress shown={Math.min(opening.shown, opening.total)} total={opening.total} /> : null}
      <GuideLines />
      <BoardGestures />
      <OpeningView />
      <Suspense fallback={null}>
        <RouteLayer />
        {hasComments ? <CommentPins /> : null}
        {inRoom ? <PresenceLayer /> : null}
      </Suspense>
    </ReactFlow>
  );
}
