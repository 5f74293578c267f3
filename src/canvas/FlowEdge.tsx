import { memo, useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import {
  BaseEdge, getSmoothStepPath, Position, useInternalNode, useStore, useStoreApi, type EdgeProps, type EdgeTypes, type InternalNode,
} from '@xyflow/react';
import { facingSide, isSide, sidePoint, type Side } from '../domain/routing/sides';
import type { DrawnEdge, FlowNode } from '../store/types';
import { drawnText } from './drawn-text';
import { endsKey, useRoutes } from './routing/routes-store';

type Box = { x: number; y: number; width: number; height: number };
const POSITION: Record<Side, Position> = { top: Position.Top, right: Position.Right, bottom: Position.Bottom, left: Position.Left };

function boxOf(node: InternalNode<FlowNode> | undefined): Box | null {
  if (!node?.measured.width || !node.measured.height) return null;
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width, height: node.measured.height };
}

/** A direct path, drawn until the router has routed the arrow (and mid-drag): pinned sides, else facing sides. */
function directPath(props: EdgeProps<DrawnEdge>, source: Box | null, target: Box | null) {
  let ends = { sourceX: props.sourceX, sourceY: props.sourceY, sourcePosition: props.sourcePosition, targetX: props.targetX, targetY: props.targetY, targetPosition: props.targetPosition };
  if (source && target) {
    const s = isSide(props.sourceHandleId) ? props.sourceHandleId : facingSide(source, target);
    const t = isSide(props.targetHandleId) ? props.targetHandleId : facingSide(target, source);
    const a = sidePoint(source, s);
    const b = sidePoint(target, t);
    ends = { sourceX: a.x, sourceY: a.y, sourcePosition: POSITION[s], targetX: b.x, targetY: b.y, targetPosition: POSITION[t] };
  }
  const [path, labelX, labelY] = getSmoothStepPath({ ...ends, borderRadius: 10 });
  return { path, labelX, labelY, start: { x: ends.sourceX, y: ends.sourceY }, end: { x: ends.targetX, y: ends.targetY } };
}

type Point = { x: number; y: number };
/** `p` moved `by` px along the line from `q` to `p` (negative: back toward `q`). */
function along(p: Point, q: Point, by: number): Point {
  const len = Math.hypot(p.x - q.x, p.y - q.y) || 1;
  return { x: p.x + ((p.x - q.x) / len) * by, y: p.y + ((p.y - q.y) / len) * by };
}

// React Flow's `reconnectRadius` (Canvas.tsx): an end's handle sits this far along the arrow from where it touches the node.
export const END_HANDLE_RADIUS = 6;

/**
 * React Flow puts a selected edge's end handles on the node handles it knows of (the top one, for an arrow whose
 * sides are not pinned), not where the routed arrow ends. Its handles keep their behaviour (dragging one reconnects
 * the arrow); only where they are drawn is moved here, onto the arrow's two ends.
 */
function useEndHandles(canvas: Element | null, id: string, selected: boolean, ends: [Point, Point, Point, Point]) {
  const [start, afterStart, beforeEnd, end] = ends;
  useLayoutEffect(() => {
    if (!selected) return;
    const edge = canvas?.querySelector(`.react-flow__edge[data-id="${CSS.escape(id)}"]`);
    if (!edge) return;
    const place = (type: 'source' | 'target', at: Point) => {
      const circle = edge.querySelector(`.react-flow__edgeupdater-${type}`);
      circle?.setAttribute('cx', String(at.x));
      circle?.setAttribute('cy', String(at.y));
    };
    place('source', along(start, afterStart, -END_HANDLE_RADIUS));
    place('target', along(end, beforeEnd, -END_HANDLE_RADIUS));
  });
}

const domNodeOf = (s: { domNode: Element | null }) => s.domNode;

/**
 * React Flow's EdgeLabelRenderer, without its cost: that one looks the label layer up with querySelector in a
 * store selector, so every store update (each drag or pan step) ran one query per labelled edge.
 */
function LabelLayer({ children }: { children: ReactNode }) {
  const domNode = useStore(domNodeOf);
  const layer = useRef<Element | null>(null);
  if (!layer.current?.isConnected) layer.current = domNode?.querySelector('.react-flow__edgelabel-renderer') ?? null;
  return layer.current ? createPortal(children, layer.current) : null;
}

/**
 * An edge drawn by its kind: request/response solid, batch data dashed, streaming data dotted. It follows the
 * route the router worked out around the nodes (src/canvas/routing), with its label where the router placed it.
 */
const FlowEdge = memo(function FlowEdge(props: EdgeProps<DrawnEdge>) {
  const { id, type, data, selected, markerEnd, markerStart } = props;
  const source = boxOf(useInternalNode<FlowNode>(props.source));
  const target = boxOf(useInternalNode<FlowNode>(props.target));
  const flow = useStoreApi<FlowNode>();
  const route = useRoutes((s) => s.routes.get(id));
  const follow = useRoutes((s) => s.follow);
  const fresh = route && source && target && route.ends === endsKey(source, target) ? route : undefined;
  let path: string;
  let labelX: number;
  let labelY: number;
  let start: { x: number; y: number };
  let end: { x: number; y: number };
  if (fresh) {
    ({ d: path } = fresh);
    [start, end] = [fresh.points[0], fresh.points[fresh.points.length - 1]];
    labelX = fresh.label ? fresh.label.x + fresh.label.width / 2 : start.x;
    labelY = fresh.label ? fresh.label.y + fresh.label.height / 2 : start.y;
  } else {
    const followed = route && source && target && follow ? follow(route, source, target, [props.source, props.target], flow.getState().nodeLookup) : null;
    ({ path, labelX, labelY, start, end } = followed ?? directPath(props, source, target));
  }
  const label = data?.label ? drawnText(data.label).trim() : '';
  // The points next to each end, for which way the arrow leaves and arrives (a direct path leaves straight out).
  const afterStart = fresh?.points[1] ?? end;
  const beforeEnd = fresh?.points[fresh.points.length - 2] ?? start;
  useEndHandles(flow.getState().domNode, id, Boolean(selected), [start, afterStart, beforeEnd, end]);
  // A pinned side's square sits just inside the node, so it never covers the arrowhead's tip.
  const pinned = [isSide(props.sourceHandleId) ? along(start, afterStart, 3) : null, isSide(props.targetHandleId) ? along(end, beforeEnd, 3) : null];
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`mlsd-edge edge-${type}${selected ? ' is-selected' : ''}`}
        markerEnd={markerEnd}
        markerStart={markerStart}
        interactionWidth={12}
        data-routed={fresh ? '' : undefined}
      />
      {/* A pinned side shows as a small square where the arrow leaves or enters ("Reset sides" lets it go). */}
      {pinned.map((p, i) => (p ? <rect key={i} className="mlsd-edge-pin" x={p.x - 3} y={p.y - 3} width={6} height={6} /> : null))}
      {label ? (
        <LabelLayer>
          <div
            className={`mlsd-edge-label nodrag nopan${selected ? ' is-selected' : ''}`}
            data-edge={id}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label}
          </div>
        </LabelLayer>
      ) : null}
    </>
  );
});

export const EDGE_TYPES: EdgeTypes = { request: FlowEdge, batch: FlowEdge, stream: FlowEdge };
