import { memo, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import {
  BaseEdge, getSmoothStepPath, useInternalNode, useStore, type EdgeProps, type EdgeTypes, type InternalNode,
} from '@xyflow/react';
import type { FlowEdge as FlowEdgeType, FlowNode } from '../store/types';
import { facingSides, sidePoint, type Box } from './edge-sides';

function boxOf(node: InternalNode<FlowNode> | undefined): Box | null {
  if (!node?.measured.width || !node.measured.height) return null;
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width, height: node.measured.height };
}

/** Where the edge starts and ends: at the handles the user picked, else on the sides that face each other. */
function useEnds(props: EdgeProps<FlowEdgeType>) {
  const source = boxOf(useInternalNode<FlowNode>(props.source));
  const target = boxOf(useInternalNode<FlowNode>(props.target));
  const picked = props.sourceHandleId && props.targetHandleId;
  if (picked || !source || !target) return props;
  const [sourcePosition, targetPosition] = facingSides(source, target);
  const s = sidePoint(source, sourcePosition);
  const t = sidePoint(target, targetPosition);
  return { sourceX: s.x, sourceY: s.y, targetX: t.x, targetY: t.y, sourcePosition, targetPosition };
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

/** An edge drawn by its kind: request/response solid, batch data dashed, streaming data dotted. */
const FlowEdge = memo(function FlowEdge(props: EdgeProps<FlowEdgeType>) {
  const { id, type, data, selected, markerEnd, markerStart } = props;
  const ends = useEnds(props);
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX: ends.sourceX, sourceY: ends.sourceY, sourcePosition: ends.sourcePosition,
    targetX: ends.targetX, targetY: ends.targetY, targetPosition: ends.targetPosition,
    borderRadius: 10,
  });
  const label = data?.label?.trim();
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`mlsd-edge edge-${type}${selected ? ' is-selected' : ''}`}
        markerEnd={markerEnd}
        markerStart={markerStart}
        interactionWidth={16}
      />
      {label ? (
        <LabelLayer>
          <div
            className={`mlsd-edge-label nodrag nopan${selected ? ' is-selected' : ''}`}
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
