// The printed table: name, value, unit, target, met / missed, note.
import type { BenchRow } from './types';

export const verdict = (row: BenchRow) => (row.target === undefined ? '' : row.value <= row.target ? 'met' : 'MISSED');

export function formatTable(rows: BenchRow[]): string {
  const cells = rows.map((r) => [
    r.name,
    String(r.value),
    r.unit,
    r.target === undefined ? '' : `≤ ${r.target}`,
    verdict(r),
    r.note ?? '',
  ]);
  const head = ['Benchmark', 'Value', 'Unit', 'Target', 'Result', 'Note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (i === 5 ? 0 : c[i].length))));
  const line = (c: string[]) =>
    c.map((v, i) => (i === 1 ? v.padStart(widths[i]) : i === 5 ? v : v.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** The same rows as a Markdown table, for docs/benchmarks.md. */
export function markdownTable(rows: BenchRow[]): string {
  const out = ['| Benchmark | Value | Target | Result | Note |', '|---|---:|---|---|---|'];
  for (const r of rows) {
    out.push(`| ${r.name} | ${r.value} ${r.unit} | ${r.target === undefined ? '' : `≤ ${r.target} ${r.unit}`} | ${verdict(r)} | ${(r.note ?? '').replace(/\|/g, '\\|')} |`);
  }
  return out.join('\n');
}
