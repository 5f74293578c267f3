import { Position } from '@xyflow/react';

export type Box = { x: number; y: number; width: number; height: number };

/** The sides an edge leaves and enters by, when the user did not pick handles: those facing each other. */
export function facingSides(source: Box, target: Box): [Position, Position] {
  const horizontalGap = Math.max(target.x - (source.x + source.width), source.x - (target.x + target.width));
  const verticalGap = Math.max(target.y - (source.y + source.height), source.y - (target.y + target.height));
  if (horizontalGap >= verticalGap) {
    return target.x + target.width / 2 >= source.x + source.width / 2 ? [Position.Right, Position.Left] : [Position.Left, Position.Right];
  }
  return target.y + target.height / 2 >= source.y + source.height / 2 ? [Position.Bottom, Position.Top] : [Position.Top, Position.Bottom];
}

export function sidePoint(box: Box, side: Position): { x: number; y: number } {
  switch (side) {
    case Position.Left:
      return { x: box.x, y: box.y + box.height / 2 };
    case Position.Right:
      return { x: box.x + box.width, y: box.y + box.height / 2 };
    case Position.Top:
      return { x: box.x + box.width / 2, y: box.y };
    default:
      return { x: box.x + box.width / 2, y: box.y + box.height };
  }
}
