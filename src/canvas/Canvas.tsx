import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  Background, BackgroundVariant, ConnectionMode, Controls, MarkerType, MiniMap, ReactFlow, useNodesInitialized, type Edge,
} from '@xyflow/react';
import { findKind } from '../domain/catalog';
import { beginGesture, endGesture, useBoardStore } from '../store/board-store';
import { MINIMAP_AUTO_LIMIT, useAppStore } from '../store/app-store';
import type { FlowEdge, FlowNode } from '../store/types';
import { EDGE_TYPES } from './FlowEdge';
import { NODE_TYPES } from './node-types';
import { getFlowInstance, setFlowInstance, type FlowInstance } from './flow-instance';

const ARROW = { type: MarkerType.ArrowClosed, width: 16, height: 16 } as const;
const SNAP_GRID: [number, number] = [16, 16];
const PRO_OPTIONS = { hideAttribution: true };

// Arrowheads are drawing, not data: add them as the canvas reads each edge, once per edge object.
const drawn = new WeakMap<FlowEdge, Edge>();
function withArrows(edge: FlowEdge): Edge {
  let out = drawn.get(edge);
  if (!out) {
    out = { ...edge, markerEnd: ARROW, markerStart: edge.data.bidirectional ? ARROW : undefined };
    drawn.set(edge, out);
  }
  return out;
}

function miniMapColor(node: FlowNode): string {
  const step = findKind(node.type)?.step;
  return step ? `var(--step-${step})` : 'var(--muted)';
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
  const onNodesChange = useBoardStore((s) => s.onNodesChange);
  const onEdgesChange = useBoardStore((s) => s.onEdgesChange);
  const onConnect = useBoardStore((s) => s.onConnect);
  const snapToGrid = useAppStore((s) => s.snapToGrid);
  const miniMap = useAppStore((s) => s.miniMap) ?? nodes.length <= MINIMAP_AUTO_LIMIT;
  const drawAll = useAppStore((s) => s.drawAll);
  const drawnEdges = useMemo(() => edges.map(withArrows), [edges]);

  const onDragStop = useCallback((_: unknown, _node: unknown, dragged: FlowNode[]) => finishDrag(dragged), []);
  const onSelectionDragStop = useCallback((_: unknown, dragged: FlowNode[]) => finishDrag(dragged), []);
  const onInit = useCallback((flow: FlowInstance) => setFlowInstance(flow), []);

  // A board just opened: show all of it, once its nodes are measured (a fixed delay loses the race on slow
  // machines). An empty board is not fitted: React Flow would queue the fit and jump to the first node added.
  const measured = useNodesInitialized();
  const fittedBoard = useRef<string | null>(null);
  useEffect(() => {
    if (useBoardStore.getState().board.nodes.length === 0) fittedBoard.current = boardId;
  }, [boardId]);
  useEffect(() => {
    if (!measured || fittedBoard.current === boardId) return;
    fittedBoard.current = boardId;
    void getFlowInstance()?.fitView({ padding: 0.1, maxZoom: 1.2 });
  }, [measured, boardId]);

  return (
    <ReactFlow<FlowNode, Edge>
      nodes={nodes}
      edges={drawnEdges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange as never}
      onConnect={onConnect}
      onNodeDragStart={beginGesture}
      onNodeDragStop={onDragStop}
      onSelectionDragStart={beginGesture}
      onSelectionDragStop={onSelectionDragStop}
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
      minZoom={0.05}
      maxZoom={3}
      proOptions={PRO_OPTIONS}
      elevateNodesOnSelect={false}
      // Only what is in view is in the DOM, so a pointer move costs what the screen shows, not the board's size.
      onlyRenderVisibleElements={!drawAll}
      aria-label="Board canvas"
    >
      <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
      {miniMap ? <MiniMap pannable zoomable nodeColor={miniMapColor} nodeStrokeWidth={0} ariaLabel="Mini map" /> : null}
      <Controls showInteractive={false} position="bottom-left" />
    </ReactFlow>
  );
}
