// validateBoard on generated boards of 1,000 and 10,000 nodes: the median time, and how it grows (10k / 1k,
// ~10 when the cost is linear in nodes + edges). Run alone: npx tsx tests/bench/validate.ts
import { validateBoard } from '../../src/domain/validate';
import { generateBoard } from './generate-board';
import { timeMedian, type BenchRow } from './types';

export async function run(): Promise<BenchRow[]> {
  const small = generateBoard(1_000);
  const large = generateBoard(10_000);
  // Warm the JIT on both sizes first, then many runs: a median of a few milliseconds is easily pushed around by
  // compilation, garbage collection and other processes.
  for (let i = 0; i < 20; i++) validateBoard(small);
  for (let i = 0; i < 5; i++) validateBoard(large);
  const smallMs = timeMedian(() => validateBoard(small), 61, 10);
  const largeMs = timeMedian(() => validateBoard(large), 41, 5);
  return [
    { name: 'validateBoard, 1,000 nodes', value: round(smallMs), unit: 'ms', note: `${small.edges.length} edges` },
    { name: 'validateBoard, 10,000 nodes', value: round(largeMs), unit: 'ms', target: 20, note: `${large.edges.length} edges` },
    {
      name: 'validateBoard growth, 10k / 1k nodes',
      value: round(largeMs / smallMs),
      unit: 'x',
      target: 15,
      note: 'linear in nodes + edges is ~10x',
    },
  ];
}

const round = (n: number) => Math.round(n * 100) / 100;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await run()) console.log(`${row.name}: ${row.value} ${row.unit}${row.target ? ` (target ${row.target})` : ''}${row.note ? ` — ${row.note}` : ''}`);
}
