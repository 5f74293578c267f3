// Prints the legibility figures after auto-layout: the ten templates, boards of other problems and the boards drawn
// by hand in reviews (tests/fixtures/review), routed. Run: npx tsx tests/legibility/layout-report.ts [--detail]
import { layoutBoard } from '../../src/domain/layout';
import { measureLegibility, summarize } from '../../src/domain/routing/measures';
import { PROBLEMS } from '../fixtures/validate/problems';
import { TEMPLATE_SPECS } from '../../templates/src/index';
import { buildTemplate } from '../../templates/src/build-template';
import { reviewBoards, routed } from './scenes';

const boards = [
  ...reviewBoards(),
  ...TEMPLATE_SPECS.map((s) => ({ name: s.id, board: buildTemplate(s) })),
  ...PROBLEMS.flatMap((p) => [{ name: p.name, board: p.good() }, ...(p.alternative ? [{ name: `${p.name} (2)`, board: p.alternative() }] : [])]),
];
let tCross = 0, oCross = 0, rCross = 0, backward = 0;
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
  if (name.endsWith('-drawn')) rCross += s.crossings;
  else if (name.includes('-')) tCross += s.crossings;
  else oCross += s.crossings;
  backward += s.backwardArrows;
  if (s.backwardArrows) console.log('  backward:', l.backwardArrows.join(', '));
  console.log(name.padEnd(30), `${(t1 - t0).toFixed(0)}ms`, JSON.stringify(s));
  if (process.argv.includes('--detail')) console.log(l);
}
console.log('crossings: templates', tCross, 'others', oCross, 'review boards', rCross, '; backward arrows', backward);
