import { memo } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import type { FlowNode } from '../../store/types';
import { beginGesture, endGesture } from '../../store/board-store';

/** A pipeline group: the book's dashed box with its name; resizing it is one undo step. */
export const GroupNode = memo(function GroupNode({ data, selected }: NodeProps<FlowNode>) {
  return (
    <>
      <NodeResizer isVisible={selected} minWidth={160} minHeight={100} onResizeStart={beginGesture} onResizeEnd={endGesture} />
      <span className="mlsd-group-label">{data.label.trim() || 'Unnamed pipeline'}</span>
    </>
  );
});
