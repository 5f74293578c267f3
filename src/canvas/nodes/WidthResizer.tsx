import { useCallback } from 'react';
import { NodeResizeControl, ResizeControlVariant, useNodeId, useUpdateNodeInternals } from '@xyflow/react';
import { beginGesture, endGesture } from '../../store/board-store';

/**
 * Wider or narrower by the left and right edges of a selected node (one undo step); its height follows its text,
 * so resizing never cuts it.
 */
export function WidthResizer({ visible, minWidth, maxWidth = 560 }: { visible: boolean; minWidth: number; maxWidth?: number }) {
  const id = useNodeId();
  const updateNodeInternals = useUpdateNodeInternals();
  // The resize reports the height the node had when it started; the node's text then re-wraps to a new height,
  // which React Flow would not measure again on its own (arrows would keep meeting the old bottom): measure it
  // once the new width is drawn. (A stable function: a new one would restart the resize control mid-gesture.)
  const onResizeEnd = useCallback(() => {
    endGesture();
    if (id) requestAnimationFrame(() => updateNodeInternals(id));
  }, [id, updateNodeInternals]);
  if (!visible) return null;
  return (['left', 'right'] as const).map((side) => (
    <NodeResizeControl key={side} position={side} variant={ResizeControlVariant.Line} minWidth={minWidth} maxWidth={maxWidth} onResizeStart={beginGesture} onResizeEnd={onResizeEnd} />
  ));
}
