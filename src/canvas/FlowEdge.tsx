import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type EdgeProps, type EdgeTypes } from '@xyflow/react';
import type { FlowEdge as FlowEdgeType } from '../store/types';

/** An edge drawn by its kind: request/response solid, batch data dashed, streaming data dotted. */
const FlowEdge = memo(function FlowEdge(props: EdgeProps<FlowEdgeType>) {
  const { id, type, data, selected, markerEnd, markerStart } = props;
  const [path, labelX, labelY] = getSmoothStepPath({ ...props, borderRadius: 10 });
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
        <EdgeLabelRenderer>
          <div
            className={`mlsd-edge-label nodrag nopan${selected ? ' is-selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});

export const EDGE_TYPES: EdgeTypes = { request: FlowEdge, batch: FlowEdge, stream: FlowEdge };
