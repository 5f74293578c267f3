// Auto-layout untangles (issue #12): the ten templates and ten designs of other problems, laid out from their
// specs by auto-layout and routed by the canvas's router (libavoid in WebAssembly), pass every legibility measure,
// and their arrows cross at most half as often as with the auto-layout and router before (commit e7db439, same
// boards, same measures: `npx tsx tests/legibility/layout-report.ts` there gave 116 crossings on the templates and
// 239 on the other designs). The boards drawn by hand in reviews (tests/fixtures/review) pass too, and each flow
// reads in one direction: no arrow points back without closing a loop, where the layout before session 7 (kept in
// tests/fixtures/review/old-layout) wrapped the search board's request path and sent "1,000 → 10" back across it.
// Session 8: the same in the top-to-bottom direction, where "pointing back" is pointing up (measureLegibility's flow
// 'TB'); people-you-may-know laid out top to bottom had two arrows on top of each other in a 28 px gap between
// neighbours.
import { describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/board';
import { layoutBoard } from '../../src/domain/layout';
import { measureLegibility, summarize, type Legibility } from '../../src/domain/routing/measures';
import { buildTemplate } from '../../templates/src/build-template';
import { TEMPLATE_SPECS } from '../../templates/src/index';
import { parseBoardText } from '../../src/domain/board';
import { readFileSync } from 'node:fs';
import { PROBLEMS } from '../fixtures/validate/problems';
import { reviewBoards, routed } from '../legibility/scenes';
import type { LayoutDirection } from '../../src/domain/layout';

const OLD_CROSSINGS = { templates: 116, others: 239 };

const templates = TEMPLATE_SPECS.map((s) => ({ name: s.id, board: () => buildTemplate(s) }));
const others = PROBLEMS.flatMap((p) => [
  { name: p.name, board: p.good },
  ...(p.alternative ? [{ name: `${p.name}, second design`, board: p.alternative }] : []),
]);

/** Every measure but crossings, as lists of what fails, for a readable failure. */
const failures = (l: Legibility) => ({
  throughNodes: l.throughNodes, onTopOfEachOther: l.onTopOfEachOther, labelCollisions: l.labelCollisions,
  labelsAstray: l.labelsAstray, sharedEndPoints: l.sharedEndPoints,
  linesOverLabels: l.linesOverLabels, cutText: l.cutText, overlappingNodes: l.overlappingNodes, backwardArrows: l.backwardArrows,
});
const none = {
  throughNodes: [], onTopOfEachOther: [], labelCollisions: [], linesOverLabels: [], labelsAstray: [], sharedEndPoints: [], cutText: [],
  overlappingNodes: [], backwardArrows: [],
};

async function measureAfterLayout(board: Board, direction: LayoutDirection = 'LR') {
  // Every node starts at the origin: nothing of the spec's own placement is left for the layout to keep.
  const scrambled = { ...board, nodes: board.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) };
  const laid = layoutBoard(scrambled, { direction });
  // Cut text: none by construction in Node, where every node is as tall as the size estimate says its text needs
  // (nodeSize); the browser test reads it from the drawn nodes.
  const scene = await routed(laid);
  return measureLegibility(scene, direction);
}

// The crossings before were counted left to right; top to bottom was not measured before session 8 and is held to
// the same bound.
describe.each([
  ['the ten templates', 'LR', templates, OLD_CROSSINGS.templates],
  ['ten designs of other problems', 'LR', others, OLD_CROSSINGS.others],
  ['the ten templates', 'TB', templates, OLD_CROSSINGS.templates],
  ['ten designs of other problems', 'TB', others, OLD_CROSSINGS.others],
] as const)('auto-layout of %s, direction %s', (_, direction, boards, old) => {
  it('passes every measure on each board, and halves the crossings', { timeout: 240_000 }, async () => {
    expect(boards.length).toBeGreaterThanOrEqual(10);
    let crossings = 0;
    const report: Record<string, ReturnType<typeof summarize>> = {};
    for (const { name, board } of boards) {
      const l = await measureAfterLayout(board(), direction);
      report[name] = summarize(l);
      expect({ name, ...failures(l) }).toEqual({ name, ...none });
      crossings += l.crossings;
    }
    console.log(Object.entries(report).map(([name, s]) => `${name}: ${s.crossings} crossings`).join('\n'), `\ntotal ${crossings} (before: ${old})`);
    expect(crossings).toBeLessThanOrEqual(old / 2);
  });
});

describe('auto-layout of the boards drawn by hand in reviews', () => {
  const boards = reviewBoards();
  const before = (name: string) => {
    const r = parseBoardText(readFileSync(new URL(`../fixtures/review/old-layout/${name}.mlsd.json`, import.meta.url), 'utf8'));
    if (!r.ok) throw new Error(r.error.message);
    return r.board;
  };

  it('the layout before pointed the request path back across the board', { timeout: 60_000 }, async () => {
    const search = measureLegibility(await routed(before('search-ranking-drawn')));
    // Candidate merge -> Learning-to-rank ("1,000 → 10"), from the end of the first band to the start of the second.
    expect(search.backwardArrows).toEqual(['e_fsyraw107y (n_5d4igt9wk9 -> n_9go6lkqkf5)']);
    // The same fold on the RAG board: Vector DB -> Prompt builder ("passages"); the answer's way back to the chat
    // (Output guardrail -> Chat UI) closes the loop, but no longer by itself, the loop being folded twice.
    expect(measureLegibility(await routed(before('rag-assistant-drawn'))).backwardArrows).toEqual([
      'e_7jupsowuf1 (n_4w8nlra6ha -> n_25jp1nud3t)', 'e_t8bbxy0v33 (n_jgbvqf8svk -> n_bayll70b4t)',
    ]);
  });

  it('now passes every measure, arrows pointing back included, as drawn and from scratch', { timeout: 120_000 }, async () => {
    expect(boards.length).toBeGreaterThanOrEqual(2);
    let crossings = 0;
    let crossingsBefore = 0;
    for (const { name, board } of boards) {
      const drawn = measureLegibility(await routed(layoutBoard(board, { direction: 'LR' })));
      expect({ name, ...failures(drawn) }).toEqual({ name, ...none });
      expect({ name, ...failures(await measureAfterLayout(board)) }).toEqual({ name, ...none });
      expect({ name, ...failures(await measureAfterLayout(board, 'TB')) }).toEqual({ name, ...none });
      crossings += drawn.crossings;
      crossingsBefore += measureLegibility(await routed(before(name))).crossings;
    }
    console.log(`review boards: ${crossings} crossings (before: ${crossingsBefore})`);
    expect(crossings).toBeLessThanOrEqual(crossingsBefore);
  });
});
