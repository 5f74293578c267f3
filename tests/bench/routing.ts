// Arrow routing cost (libavoid in WebAssembly, in Node): a whole board's first routing, and a re-routing after one
// node moved (what a drag costs where it rests, and after a drop), on a template and on generated boards.
// Run alone: npx tsx -e "import('./tests/bench/routing.ts').then(m=>m.run()).then(console.log)"
import { readFileSync } from 'node:fs';
import { parseBoardText, type Board } from '../../src/domain/board';
import { ArrowRouter } from '../../src/domain/routing/router';
import { routeScene } from '../../src/domain/routing/route-board';
import { sceneNodes, sceneTitles } from '../../src/domain/routing/scene';
import { loadAvoid } from '../legibility/scenes';
import { generateBoard } from './generate-board';
import { median, type BenchRow } from './types';

function template(id: string): Board {
  const r = parseBoardText(readFileSync(new URL(`../../templates/${id}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error.message);
  return r.board;
}

export async function run(): Promise<BenchRow[]> {
  const avoid = await loadAvoid();
  const rows: BenchRow[] = [];
  const boards: [string, Board][] = [['Ad Click Prediction template', template('ad-click-prediction')], ['100 nodes', generateBoard(100)], ['200 nodes', generateBoard(200)]];
  for (const [name, board] of boards) {
    const nodes = sceneNodes(board);
    const titles = sceneTitles(board, nodes);
    const router = new ArrowRouter(avoid);
    let t0 = performance.now();
    routeScene(router, nodes, titles, board.edges);
    const first = performance.now() - t0;
    const moving = nodes.filter((n) => !n.group && n.parentId !== undefined);
    const moves: number[] = [];
    for (let i = 0; i < 7; i++) {
      const n = moving[(i * 7) % moving.length];
      n.box = { ...n.box, x: n.box.x + 3, y: n.box.y + 2 };
      t0 = performance.now();
      routeScene(router, nodes, titles, board.edges);
      moves.push(performance.now() - t0);
    }
    router.dispose();
    rows.push({ name: `Routing a whole board, ${name}`, value: Math.round(first), unit: 'ms', note: `${board.edges.length} arrows` });
    rows.push({ name: `Re-routing after one node moved, ${name}`, value: Math.round(median(moves) * 10) / 10, unit: 'ms', note: 'median of 7; on the canvas it runs when a drag rests and after the drop, not per pointer move' });
  }
  return rows;
}
