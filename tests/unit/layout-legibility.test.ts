// Auto-layout untangles (issue #12): the ten templates and ten designs of other problems, laid out from their
// specs by auto-layout and routed by the canvas's router (libavoid in WebAssembly), pass every legibility measure,
// and their arrows cross at most half as often as with the auto-layout and router before (commit e7db439, same
// boards, same measures: `npx tsx tests/legibility/layout-report.ts` there gave 116 crossings on the templates and
// 239 on the other designs).
import { describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/board';
import { layoutBoard } from '../../src/domain/layout';
import { measureLegibility, summarize, type Legibility } from '../../src/domain/routing/measures';
import { buildTemplate } from '../../templates/src/build-template';
import { TEMPLATE_SPECS } from '../../templates/src/index';
import { PROBLEMS } from '../fixtures/validate/problems';
import { routed } from '../legibility/scenes';

const OLD_CROSSINGS = { templates: 116, others: 239 };

const templates = TEMPLATE_SPECS.map((s) => ({ name: s.id, board: () => buildTemplate(s) }));
const others = PROBLEMS.flatMap((p) => [
  { name: p.name, board: p.good },
  ...(p.alternative ? [{ name: `${p.name}, second design`, board: p.alternative }] : []),
]);

/** Every measure but crossings, as lists of what fails, for a readable failure. */
const failures = (l: Legibility) => ({
  throughNodes: l.throughNodes, onTopOfEachOther: l.onTopOfEachOther, labelCollisions: l.labelCollisions,
  linesOverLabels: l.linesOverLabels, cutText: l.cutText, overlappingNodes: l.overlappingNodes,
});
const none = { throughNodes: [], onTopOfEachOther: [], labelCollisions: [], linesOverLabels: [], cutText: [], overlappingNodes: [] };

async function measureAfterLayout(board: Board) {
  // Every node starts at the origin: nothing of the spec's own placement is left for the layout to keep.
  const scrambled = { ...board, nodes: board.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) };
  const laid = layoutBoard(scrambled, { direction: 'LR' });
  // Cut text: none by construction in Node, where every node is as tall as the size estimate says its text needs
  // (nodeSize); the browser test reads it from the drawn nodes.
  return measureLegibility(await routed(laid));
}

describe.each([
  ['the ten templates', templates, OLD_CROSSINGS.templates],
  ['ten designs of other problems', others, OLD_CROSSINGS.others],
] as const)('auto-layout of %s', (_, boards, old) => {
  it('passes every measure on each board, and halves the crossings', { timeout: 120_000 }, async () => {
    expect(boards.length).toBeGreaterThanOrEqual(10);
    let crossings = 0;
    const report: Record<string, ReturnType<typeof summarize>> = {};
    for (const { name, board } of boards) {
      const l = await measureAfterLayout(board());
      report[name] = summarize(l);
      expect({ name, ...failures(l) }).toEqual({ name, ...none });
      crossings += l.crossings;
    }
    console.log(Object.entries(report).map(([name, s]) => `${name}: ${s.crossings} crossings`).join('\n'), `\ntotal ${crossings} (before: ${old})`);
    expect(crossings).toBeLessThanOrEqual(old / 2);
  });
});
