// Wrapping a long flow into bands, like text into lines, so a long pipeline fits a screen: a left-to-right
// flow continues on a new row below, a top-to-bottom flow in a new column to the right.
import type { Point, Size } from './pack';

type Direction = 'LR' | 'TB';
export type Column = { start: number; end: number; ids: string[] };

/** The flow's ranks: runs of nodes that overlap along the flow, in flow order. */
export function columnsOf(positions: Map<string, Point>, size: ReadonlyMap<string, Size>, direction: Direction): Column[] {
  const along = direction === 'LR' ? 'x' : 'y';
  const length = (id: string) => (direction === 'LR' ? size.get(id)!.width : size.get(id)!.height);
  const columns: Column[] = [];
  for (const id of [...positions.keys()].sort((a, b) => positions.get(a)![along] - positions.get(b)![along])) {
    const start = positions.get(id)![along];
    const end = start + length(id);
    const last = columns[columns.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      last.ids.push(id);
    } else columns.push({ start, end, ids: [id] });
  }
  return columns;
}

/** How many bands a flow needs so that none is longer than `maxLength`, and at most how many it can have. */
export function bandRange(positions: Map<string, Point>, size: ReadonlyMap<string, Size>, direction: Direction, maxLength: number) {
  const columns = columnsOf(positions, size, direction);
  const total = columns.length ? columns[columns.length - 1].end - columns[0].start : 0;
  return { min: Math.max(1, Math.ceil(total / maxLength)), max: Math.max(1, columns.length) };
}

/**
 * Cuts the flow between ranks (never through a node) into `bandCount` bands of about equal length and stacks
 * them across the flow with `gap` between them.
 */
export function wrapFlow(
  positions: Map<string, Point>, size: ReadonlyMap<string, Size>, direction: Direction, bandCount: number, gap: number,
): { positions: Map<string, Point>; width: number; height: number } {
  const across = direction === 'LR' ? 'y' : 'x';
  const along = direction === 'LR' ? 'x' : 'y';
  const breadth = (id: string) => (direction === 'LR' ? size.get(id)!.height : size.get(id)!.width);
  const columns = columnsOf(positions, size, direction);
  if (bandCount <= 1 || columns.length < 2) return { positions, ...extent(positions, size) };
  const total = columns[columns.length - 1].end - columns[0].start;

  const bandLength = total / bandCount;
  const bands: Column[][] = Array.from({ length: bandCount }, () => []);
  for (const column of columns) {
    const middle = (column.start + column.end) / 2 - columns[0].start;
    bands[Math.min(bandCount - 1, Math.floor(middle / bandLength))].push(column);
  }
  const out = new Map<string, Point>();
  let offset = 0;
  for (const band of bands.filter((b) => b.length > 0)) {
    const ids = band.flatMap((c) => c.ids);
    const first = band[0].start;
    const low = Math.min(...ids.map((id) => positions.get(id)![across]));
    const high = Math.max(...ids.map((id) => positions.get(id)![across] + breadth(id)));
    for (const id of ids) {
      const p = positions.get(id)!;
      const moved = { [along]: p[along] - first, [across]: p[across] - low + offset } as Point;
      out.set(id, moved);
    }
    offset += high - low + gap;
  }
  return { positions: out, ...extent(out, size) };
}

function extent(positions: Map<string, Point>, size: ReadonlyMap<string, Size>): Size {
  let width = 0;
  let height = 0;
  for (const [id, p] of positions) {
    width = Math.max(width, p.x + size.get(id)!.width);
    height = Math.max(height, p.y + size.get(id)!.height);
  }
  return { width, height };
}
