import { NodeResizeControl, ResizeControlVariant } from '@xyflow/react';
import { beginGesture, endGesture } from '../../store/board-store';

/**
 * Wider or narrower by the left and right edges of a selected node (one undo step); its height follows its text,
 * so resizing never cuts it.
 */
export function WidthResizer({ visible, minWidth, maxWidth = 560 }: { visible: boolean; minWidth: number; maxWidth?: number }) {
  if (!visible) return null;
  return (['left', 'right'] as const).map((side) => (
    <NodeResizeControl key={side} position={side} variant={ResizeControlVariant.Line} minWidth={minWidth} maxWidth={maxWidth} onResizeStart={beginGesture} onResizeEnd={endGesture} />
  ));
}
