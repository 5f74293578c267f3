import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  Background, BackgroundVariant, ConnectionMode, ControlButton, Controls, MarkerType, MiniMap, ReactFlow, useStore,
  ViewportPortal, type Edge, type NodeChange, type NodePositionChange,
} from '@xyflow/react';
import { Maximize } from 'lucide-react';
import { ALIGN_ACTIONS, getAction } from '../actions/actions';
import { EDGE_MENU, NODE_MENU, PANE_MENU } from '../actions/menus';
import { selectOnly } from '../store/edits';
import { formatShortcut } from '../actions/keys';
import { findKind } from '../domain/catalog';
import { EDGE_KIND_LABELS } from '../domain/board';
import { beginGesture, endGesture, useBoardStore } from '../store/board-store';
import { MINIMAP_AUTO_LIMIT, useAppStore } from '../store/app-store';
import type { FlowEdge, FlowNode } from '../store/types';
import { EDGE_TYPES } from './FlowEdge';
import { NODE_TYPES, withLook } from './node-types';
import { fitNodes, getFlowInstance, MAX_ZOOM, MIN_ZOOM, setFlowInstance, type FlowInstance } from './flow-instance';
import { snapToGuides, type Guide } from '../store/guides';

const ARROW = { type: MarkerType.ArrowClosed, width: 16, height: 16 } as const;
const SNAP_GRID: [number, number] = [16, 16];
const PRO_OPTIONS = { hideAttribution: true };
const FIT = getAction('fit-view');
const ZOOM_RESET = getAction('zoom-reset');

// Arrowheads and the spoken name are drawing, not data: added as the canvas reads each edge, once per edge object
// (and again when a node's name changes).
type Names = ReadonlyMap<string, string>;
const drawn = new WeakMap<FlowEdge, { names: Names; edge: Edge }>();
function withArrows(edge: FlowEdge, names: Names): Edge {
  const cached = drawn.get(edge);
  if (cached?.names === names) return cached.edge;
  const label = edge.data.label ? `, “${edge.data.label}”` : '';
  const out: Edge = {
    ...edge,
    markerEnd: ARROW,
    markerStart: edge.data.bidirectional ? ARROW : undefined,
    ariaLabel: `${EDGE_KIND_LABELS[edge.type]} from ${names.get(edge.source)} to ${names.get(edge.target)}${label}`,
  };
  // A selected edge shows handles at its ends, to drag either end elsewhere (only then: two elements per edge).
  if (edge.selected) out.reconnectable = true;
  drawn.set(edge, { names, edge: out });
  return out;
}

/** Every node's name, as one string that changes only when a name does (not on each drag step). */
const namesKey = (s: { board: { nodes: FlowNode[] } }) => s.board.nodes.map((n) => `${n.id}\u0000${n.data.label || findKind(n.type)?.label || ''}`).join('\u0001');

function miniMapColor(node: FlowNode): string {
  const step = findKind(node.type)?.step;
  return step ? `var(--step-${step})` : 'var(--muted)';
}

/** The zoom level, as a button that goes back to 100%. */
function ZoomLevel() {
  const percent = useStore((s) => Math.round(s.transform[2] * 100));
  return (
    <ControlButton className="mlsd-zoom-level" onClick={() => ZOOM_RESET.run()} title={`${ZOOM_RESET.label} (${formatShortcut(ZOOM_RESET.keys![0])})`} aria-label={`Zoom ${percent}%: ${ZOOM_RESET.label}`}>
      {percent}%
    </ControlButton>
  );
}

/** Right-click: the menu for what was clicked, which becomes the selection unless it already is part of it. */
function openMenu(event: React.MouseEvent | MouseEvent, items: readonly string[], select?: { node?: FlowNode; edge?: Edge }): void {
  event.preventDefault();
  const { node, edge } = select ?? {};
  if ((node && !node.selected) || (edge && !edge.selected)) {
    useBoardStore.getState().apply((b) => selectOnly(b, new Set(node ? [node.id] : []), new Set(edge ? [edge.id] : [])));
  }
  useAppStore.setState({ menu: { x: event.clientX, y: event.clientY, items } });
}
/** A node's menu; with several nodes selected, the alignments too. */
const nodeMenu = () =>
  useBoardStore.getState().board.nodes.filter((n) => n.selected).length > 1 ? [...NODE_MENU, '-', ...ALIGN_ACTIONS] : NODE_MENU;
const onNodeContextMenu = (event: React.MouseEvent, node: FlowNode) => openMenu(event, node.selected ? nodeMenu() : NODE_MENU, { node });
const onEdgeContextMenu = (event: React.MouseEvent, edge: Edge) => openMenu(event, EDGE_MENU, { edge });
const onSelectionContextMenu = (event: React.MouseEvent) => openMenu(event, nodeMenu());
const onPaneContextMenu = (event: React.MouseEvent | MouseEvent) => openMenu(event, PANE_MENU);

// A dragged node snaps to another's edge or centre within this many screen pixels.
const GUIDE_SNAP_PX = 6;

/** The alignment guides of the drag under way, one screen pixel wide at any zoom. */
function GuideLines({ guides }: { guides: Guide[] }) {
  const zoom = useStore((s) => s.transform[2]);
  if (guides.length === 0) return null;
  const w = 1 / zoom;
  return (
    <ViewportPortal>
      {guides.map((g) => (
        <div
          key={`${g.axis}${g.at}`}
          className="mlsd-guide"
          style={g.axis === 'x'
            ? { left: g.at - w / 2, top: g.from, width: w, height: g.to - g.from }
            : { left: g.from, top: g.at - w / 2, width: g.to - g.from, height: w }}
        />
      ))}
    </ViewportPortal>
  );
}

/** A drag ends: dropped nodes join or leave groups, in the same undo step as the move. */
function finishDrag(dragged: FlowNode[]): void {
  useBoardStore.getState().endDrag(dragged.map((n) => n.id));
  endGesture();
}

export function focusLabelField(): void {
  useAppStore.setState((s) => ({ panels: { ...s.panels, inspector: true }, rightTab: 'inspect' }));
  requestAnimationFrame(() => document.getElementById('inspector-label')?.focus());
}

export function Canvas({ colorMode }: { colorMode: 'light' | 'dark' }) {
  const nodes = useBoardStore((s) => s.board.nodes);
  const edges = useBoardStore((s) => s.board.edges);
  const boardId = useBoardStore((s) => s.board.id);
  const applyNodeChanges = useBoardStore((s) => s.onNodesChange);
  const onEdgesChange = useBoardStore((s) => s.onEdgesChange);
  const onConnect = useBoardStore((s) => s.onConnect);
  const onReconnect = useBoardStore((s) => s.onReconnect);
  const snapToGrid = useAppStore((s) => s.snapToGrid);
  const miniMap = useAppStore((s) => s.miniMap) ?? nodes.length <= MINIMAP_AUTO_LIMIT;
  const drawAll = useAppStore((s) => s.drawAll);
  const drawnNodes = useMemo(() => nodes.map(withLook), [nodes]);
  const nameList = useBoardStore(namesKey);
  const names = useMemo(() => new Map(nameList.split('\u0001').map((entry) => entry.split('\u0000') as [string, string])), [nameList]);
  const drawnEdges = useMemo(() => edges.map((e) => withArrows(e, names)), [edges, names]);

  // One node dragged: it snaps to the other nodes' edges and centres, with guides shown. With the grid on, React
  // Flow moves it in grid steps, so the reach is half a step: crossing any line, some step comes within it.
  const [guides, setGuides] = useState<Guide[]>([]);
  // From a node's drag start to its stop; the drop's own position change comes with `dragging: false`.
  const nodeDrag = useRef(false);
  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const moves = changes.filter((c): c is NodePositionChange => c.type === 'position');
    const drag = nodeDrag.current && moves.length === 1 && moves[0].position ? moves[0] : null;
    if (!drag) return applyNodeChanges(changes);
    const zoom = getFlowInstance()?.getViewport().zoom ?? 1;
    const reach = Math.max(GUIDE_SNAP_PX / zoom, snapToGrid ? SNAP_GRID[0] / 2 : 0);
    const snapped = snapToGuides(useBoardStore.getState().board, drag.id, drag.position!, reach);
    setGuides(snapped.guides);
    applyNodeChanges(changes.map((c) => (c === drag ? { ...drag, position: snapped.position } : c)));
  }, [applyNodeChanges, snapToGrid]);
  const onDragStart = useCallback(() => {
    nodeDrag.current = true;
    beginGesture();
  }, []);
  const onDragStop = useCallback((_: unknown, _node: unknown, dragged: FlowNode[]) => {
    nodeDrag.current = false;
    setGuides([]);
    finishDrag(dragged);
  }, []);
  const onSelectionDragStop = useCallback((_: unknown, dragged: FlowNode[]) => finishDrag(dragged), []);
  const onInit = useCallback((flow: FlowInstance) => {
    setFlowInstance(flow);
    setFlowReady(true);
  }, []);

  // A board just opened: show all of it, worked out from the board, so at once (before the nodes are measured).
  // An empty board is not fitted, nor fitted later: the first node added stays where it was put.
  const [flowReady, setFlowReady] = useState(false);
  const fittedBoard = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!flowReady || fittedBoard.current === boardId) return;
    if (useBoardStore.getState().board.nodes.length === 0 || fitNodes()) fittedBoard.current = boardId;
  }, [flowReady, boardId]);

  return (
    <ReactFlow<FlowNode, Edge>
      nodes={drawnNodes}
      edges={drawnEdges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange as never}
      onConnect={onConnect}
      onReconnect={onReconnect}
      edgesReconnectable={false}
      reconnectRadius={6}
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
      onInit={onInit as never}
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
      <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
      {miniMap ? <MiniMap pannable zoomable nodeColor={miniMapColor} nodeStrokeWidth={0} ariaLabel="Mini map" /> : null}
      {/* Our fit, not React Flow's: that one leaves out the nodes it has not drawn (see fitNodes). */}
      <Controls showInteractive={false} showFitView={false} position="bottom-left">
        <ControlButton className="react-flow__controls-fitview" onClick={() => FIT.run()} title={FIT.label} aria-label={FIT.label}>
          <Maximize aria-hidden />
        </ControlButton>
        <ZoomLevel />
      </Controls>
      <GuideLines guides={guides} />
    </ReactFlow>
  );
}
