// Prints the legibility figures of the boards nobody had seen (tests/fixtures/review/unseen): as opened (routed
// where the nodes were placed), after auto-layout left to right and top to bottom.
// Run: npx tsx tests/legibility/unseen-report.ts [all|name-part] [--detail]
import { layoutBoard } from '../../src/domain/layout';
import { measureLegibility, summarize } from '../../src/domain/routing/measures';
import { routed, unseenBoards } from './scenes';

const filter = process.argv[2];
const detail = process.argv.includes('--detail');
for (const { name, board } of unseenBoards()) {
  if (filter && filter !== 'all' && !name.includes(filter)) continue;
  for (const mode of ['open', 'LR', 'TB'] as const) {
    const b = mode === 'open' ? board : layoutBoard(board, { direction: mode });
    const t = performance.now();
    const scene = await routed(b);
    const ms = performance.now() - t;
    const l = measureLegibility(scene, mode === 'TB' ? 'TB' : 'LR');
    const s = summarize(l);
    console.log(name.padEnd(26), mode.padEnd(4), `${ms.toFixed(0)}ms`, JSON.stringify(s));
    if (detail) for (const [k, v] of Object.entries(l)) if (Array.isArray(v) && v.length) console.log('    ', k, v.join('; '));
  }
}
