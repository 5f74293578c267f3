import { memo } from 'react';
import { absolutePositions, type Board } from '../domain/board';
import { findKind } from '../domain/catalog';
import { nodeSize } from '../domain/geometry';

/** A miniature of a board: boxes in their step's colour, groups dashed, edges as lines. */
export const BoardPreview = memo(function BoardPreview({ board }: { board: Board }) {
  const corners = absolutePositions(board.nodes);
  const abs = new Map(board.nodes.map((n) => [n.id, { ...corners.get(n.id)!, ...nodeSize(n) }]));
  const boxes = [...abs.values()];
  if (boxes.length === 0) return <svg className="board-preview" viewBox="0 0 100 60" aria-hidden />;
  const minX = Math.min(...boxes.map((b) => b.x)) - 20;
  const minY = Math.min(...boxes.map((b) => b.y)) - 20;
  const maxX = Math.max(...boxes.map((b) => b.x + b.width)) + 20;
  const maxY = Math.max(...boxes.map((b) => b.y + b.height)) + 20;
  const centre = (id: string) => {
    const b = abs.get(id);
    return b ? { x: b.x + b.width / 2, y: b.y + b.height / 2 } : null;
  };
  return (
    <svg className="board-preview" viewBox={`${minX} ${minY} ${maxX - minX} ${maxY - minY}`} preserveAspectRatio="xMidYMid meet" aria-hidden>
      {board.nodes.map((n) => {
        const b = abs.get(n.id)!;
        const kind = findKind(n.type);
        if (kind?.family === 'group') {
          return <rect key={n.id} x={b.x} y={b.y} width={b.width} height={b.height} rx={16} className="preview-group" />;
        }
        return null;
      })}
      {board.edges.map((e) => {
        const a = centre(e.source);
        const b = centre(e.target);
        return a && b ? <line key={e.id} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className="preview-edge" /> : null;
      })}
      {board.nodes.map((n) => {
        const b = abs.get(n.id)!;
        const kind = findKind(n.type);
        if (kind?.family === 'group') return null;
        return (
          <rect key={n.id} x={b.x} y={b.y} width={b.width} height={b.height} rx={10} className={`preview-node step-${kind?.step ?? 'none'}`} />
        );
      })}
    </svg>
  );
});
