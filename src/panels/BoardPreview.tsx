import { memo } from 'react';
import type { Board } from '../domain/board';
import { findKind } from '../domain/catalog';
import { nodeSize } from '../domain/geometry';

/** A miniature of a board: boxes in their step's colour, groups dashed, edges as lines. */
export const BoardPreview = memo(function BoardPreview({ board }: { board: Board }) {
  const byId = new Map(board.nodes.map((n) => [n.id, n]));
  const abs = new Map<string, { x: number; y: number; width: number; height: number }>();
  const place = (id: string): { x: number; y: number; width: number; height: number } => {
    const known = abs.get(id);
    if (known) return known;
    const n = byId.get(id)!;
    const parent = n.parentId && byId.has(n.parentId) ? place(n.parentId) : { x: 0, y: 0 };
    const box = { x: parent.x + n.position.x, y: parent.y + n.position.y, ...nodeSize(n) };
    abs.set(id, box);
    return box;
  };
  board.nodes.forEach((n) => place(n.id));
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
