// Prints the legibility figures after auto-layout: the ten templates and boards of other problems, routed.
// Run: npx tsx tests/legibility/layout-report.ts [--detail]
import { layoutBoard } from '../../src/domain/layout';
import { measureLegibility, summarize } from '../../src/domain/routing/measures';
import { PROBLEMS } from '../fixtures/validate/problems';
import { TEMPLATE_SPECS } from '../../templates/src/index';
import { buildTemplate } from '../../templates/src/build-template';
import { routed } from './scenes';

const boards = [
  ...TEMPLATE_SPECS.map((s) => ({ name: s.id, board: buildTemplate(s) })),
  ...PROBLEMS.flatMap((p) => [{ name: p.name, board: p.good() }, ...(p.alternative ? [{ name: `${p.name} (2)`, board: p.alternative() }] : [])]),
];
let tCross = 0, oCross = 0;
for (const { name, board } of boards) {
  const t0 = performance.now();
  const laid = layoutBoard(board, { direction: 'LR' });
  const t1 = performance.now();
  let scene = await routed(laid);
  if (process.argv.includes("--twice")) scene = await routed(laid);
  const l = measureLegibility(scene);
  if (process.argv.includes('--why')) {
    for (const t of [...l.throughNodes, ...l.onTopOfEachOther, ...l.linesOverLabels.map((x) => x.replace(" over label ", " / ").replace(" over title of ", " / "))]) {
      const ids = t.split(/ through | \/ /);
      for (const id of ids) {
        const e = scene.edges.find((x) => x.id === id);
        const n = scene.nodes.find((x) => x.id === id);
        console.log('  ', t, id, JSON.stringify(e ? [e.source, e.target, e.points] : n?.box));
      }
    }
  }
  const s = summarize(l);
  if (name.includes('-')) tCross += s.crossings; else oCross += s.crossings;
  console.log(name.padEnd(30), `${(t1 - t0).toFixed(0)}ms`, JSON.stringify(s));
  if (process.argv.includes('--detail')) console.log(l);
}
console.log('templates crossings', tCross, 'others', oCross);
