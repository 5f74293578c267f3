import { memo } from 'react';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import type { DrawnNode } from '../../store/types';
import { beginGesture, endGesture } from '../../store/board-store';
import { SideHandles } from './SideHandles';
import { drawnText } from '../drawn-text';

/**
 * A pipeline group: the book's dashed box with its name; resizing it is one undo step. Arrows can start or end on
 * the box itself, as the book draws data flowing into a whole pipeline.
 */
export const GroupNode = memo(function GroupNode({ data, selected }: NodeProps<DrawnNode>) {
  return (
    <>
      <NodeResizer isVisible={selected} minWidth={160} minHeight={100} onResizeStart={beginGesture} onResizeEnd={endGesture} />
      <SideHandles />
      <span className="mlsd-group-label">{drawnText(data.label.trim()) || 'Unnamed pipeline'}</span>
    </>
  );
});
