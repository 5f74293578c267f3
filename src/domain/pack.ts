// Packing the unconnected parts of one level of a board (cards, lone nodes, separate flows) into rows,
// choosing the arrangement that a laptop screen shows largest at fit-view.

export type Size = { width: number; height: number };
export type Point = { x: number; y: number };
export type Packing = { positions: Point[]; width: number; height: number };

/** The screen the arrangement is fitted to (a 1440x900 laptop, minus toolbars and panels). */
const SCREEN = { width: 1440, height: 860 };

/** Boxes left to right, in order, `perRow` to a row, rows top to bottom. */
export function packRows(sizes: readonly Size[], perRow: number, gap: number): Packing {
  const positions: Point[] = [];
  let y = 0;
  let width = 0;
  let height = 0;
  for (let start = 0; start < sizes.length; start += perRow) {
    const row = sizes.slice(start, start + perRow);
    let x = 0;
    for (const size of row) {
      positions.push({ x, y });
      x += size.width + gap;
    }
    width = Math.max(width, x - gap);
    const rowHeight = Math.max(...row.map((s) => s.height));
    height = y + rowHeight;
    y += rowHeight + gap;
  }
  return { positions, width, height };
}

/** One packing per row count, each with the boxes shared out evenly between the rows (4 + 4, not 7 + 1). */
function rowOptions(sizes: readonly Size[], gap: number): Packing[] {
  if (sizes.length === 0) return [{ positions: [], width: 0, height: 0 }];
  const options: Packing[] = [];
  let lastPerRow = 0;
  for (let rows = 1; rows <= sizes.length; rows++) {
    const perRow = Math.ceil(sizes.length / rows);
    if (perRow === lastPerRow) continue;
    lastPerRow = perRow;
    options.push(packRows(sizes, perRow, gap));
  }
  return options;
}

/** The zoom at which fit-view shows a box of this size on a laptop screen (never above 1: fit-view does not enlarge). */
export const fitScale = (width: number, height: number) =>
  Math.min(1, SCREEN.width / Math.max(width, 1), SCREEN.height / Math.max(height, 1));

/**
 * Places the loose boxes (cards, notes, lone nodes) as one block and the connected parts as another, either
 * the loose block above the parts or beside them, and returns positions for both lists.
 */
export function packBlocks(loose: readonly Size[], parts: readonly Size[], gap: number): { loose: Point[]; parts: Point[]; width: number; height: number } {
  const looseOptions = rowOptions(loose, gap);
  const partOptions = rowOptions(parts, gap);
  let best: { loose: Point[]; parts: Point[]; width: number; height: number } | undefined;
  let bestScale = -1;
  let bestArea = Infinity;
  for (const l of looseOptions) {
    for (const p of partOptions) {
      const both = l.positions.length > 0 && p.positions.length > 0;
      const between = both ? gap : 0;
      const above = { width: Math.max(l.width, p.width), height: l.height + between + p.height, dx: 0, dy: l.height + between };
      const beside = { width: l.width + between + p.width, height: Math.max(l.height, p.height), dx: l.width + between, dy: 0 };
      for (const a of [above, beside]) {
        const scale = fitScale(a.width, a.height);
        const area = a.width * a.height;
        // Bigger on screen wins; at the same size (one side is the limit), the tighter arrangement wins.
        if (scale > bestScale + 1e-9 || (scale > bestScale - 1e-9 && area < bestArea)) {
          bestScale = Math.max(scale, bestScale);
          bestArea = area;
          best = {
            loose: l.positions,
            parts: p.positions.map((q) => ({ x: q.x + a.dx, y: q.y + a.dy })),
            width: a.width,
            height: a.height,
          };
        }
      }
    }
  }
  return best!;
}
