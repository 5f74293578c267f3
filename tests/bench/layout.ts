// Auto-layout speed: median time of layoutBoard on generated boards of 100 and 500 nodes.
// Run alone: npx tsx -e "import('./tests/bench/layout.ts').then(m=>m.run()).then(console.log)"
import { layoutBoard } from '../../src/domain/layout';
import { generateBoard } from './generate-board';
import { timeMedian, type BenchRow } from './types';

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const count of [100, 500]) {
    const board = generateBoard(count);
    const ms = timeMedian(() => layoutBoard(board, { direction: 'LR' }));
    rows.push({
      name: `layoutBoard, ${count} nodes`,
      value: Math.round(ms * 10) / 10,
      unit: 'ms',
      target: count === 500 ? 300 : undefined,
      note: 'generated board: pipelines of ten components, ~1.2 edges per node, the answer cards',
    });
  }
  return rows;
}
