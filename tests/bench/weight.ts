// First load weight: gzip size (zlib level 9) of the JS and CSS that a built index.html loads — its scripts,
// stylesheets and modulepreloads — and, apart, the lazy chunks it does not load.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './types';

export type Chunk = { file: string; kib: number };
export type Weight = { first: Chunk[]; lazy: Chunk[]; firstKib: number; lazyKib: number };

const gzipKib = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length / 1024;
const round = (n: number) => Math.round(n * 10) / 10;

export function measureWeight(outDir: string): Weight {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const loaded = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
    if (!url || /^https?:/.test(url)) continue;
    if (tag.startsWith('<link') && rel !== 'stylesheet' && rel !== 'modulepreload') continue;
    loaded.add(url.replace(/^\.?\//, ''));
  }
  const first = [...loaded].map((file) => ({ file, kib: gzipKib(join(outDir, file)) }));
  const lazy = readdirSync(join(outDir, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => /\.(js|css)$/.test(file) && !loaded.has(file))
    .map((file) => ({ file, kib: gzipKib(join(outDir, file)) }))
    .sort((a, b) => b.kib - a.kib);
  const sum = (chunks: Chunk[]) => chunks.reduce((s, c) => s + c.kib, 0);
  return { first, lazy, firstKib: sum(first), lazyKib: sum(lazy) };
}

export function weightRows(app: Weight, bare: Weight): BenchRow[] {
  return [
    {
      name: 'First load weight (gzip JS + CSS)',
      value: round(app.firstKib),
      unit: 'KiB',
      target: 180,
      note: `${app.first.map((c) => `${c.file.replace(/^assets\//, '')} ${round(c.kib)}`).join(', ')}; bare React Flow page ${round(bare.firstKib)}`,
    },
    {
      name: `Lazy chunks, not in first load (${app.lazy.length} files)`,
      value: round(app.lazyKib),
      unit: 'KiB',
      note: 'listed under the table',
    },
  ];
}

export const lazyList = (weight: Weight) =>
  weight.lazy.map((c) => `${c.file.replace(/^assets\//, '').replace(/-[\w-]{8}\.(js|css)$/, '.$1')} ${round(c.kib)}`).join(', ');
