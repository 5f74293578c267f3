// Legibility on boards nobody had seen (session 8, issue #12): twelve problems that are neither templates nor
// fixtures, placed by hand on a loose grid as a new user places them (tests/fixtures/review/unseen: long names and
// labels, two arrows both ways and two the same way between one pair, arrows into and out of pipeline boxes,
// nested and neighbouring boxes, nodes a few pixels apart, a fan-in of six, feedback loops, notes, answer cards).
//
// As opened (routed where the user put the nodes, no layout) a board must meet what routing alone can always give;
// where the user left less room than a label needs, a label may cover a node, sit off its line or be crossed,
// and those are held to today's figures (docs/routing.md "As opened"). After auto-layout, left to right and top
// to bottom, every measure is 0, arrows pointing back judged along the layout's direction.
import { describe, expect, it } from 'vitest';
import { layoutBoard, type LayoutDirection } from '../../src/domain/layout';
import { measureLegibility, type Legibility } from '../../src/domain/routing/measures';
import { routed, unseenBoards } from '../legibility/scenes';

const boards = unseenBoards();
const byName = new Map(boards.map((b) => [b.name, b.board]));

/** What routing must always give, wherever the user put the nodes. */
const alwaysJudged = (l: Legibility) => ({
  throughNodes: l.throughNodes,
  onTopOfEachOther: l.onTopOfEachOther,
  sharedEndPoints: l.sharedEndPoints,
  labelOverLabelOrTitle: l.labelCollisions.filter((s) => / \/ (label|title of) /.test(s)),
  linesOverTitles: l.linesOverLabels.filter((s) => s.includes(' over title of ')),
  cutText: l.cutText,
  overlappingNodes: l.overlappingNodes,
});
const noneAlways = {
  throughNodes: [], onTopOfEachOther: [], sharedEndPoints: [], labelOverLabelOrTitle: [], linesOverTitles: [], cutText: [], overlappingNodes: [],
};
/** As opened, the figures that depend on the room the user left: today's totals over the twelve boards. */
const AS_OPENED_CEILING = { labelsOverNodes: 26, linesOverLabels: 2, labelsAstray: 8 };

const every = (l: Legibility) => ({ ...alwaysJudged(l), labelCollisions: l.labelCollisions, linesOverLabels: l.linesOverLabels,
  labelsAstray: l.labelsAstray, backwardArrows: l.backwardArrows });
const none = { ...noneAlways, labelCollisions: [], linesOverLabels: [], labelsAstray: [], backwardArrows: [] };

describe('boards nobody had seen', () => {
  it('twelve of them, each of a problem of its own', () => {
    expect(boards.length).toBeGreaterThanOrEqual(10);
    expect(new Set(boards.map((b) => b.board.name)).size).toBe(boards.length);
  });

  it('as opened: no arrow through a node, none on another, no shared end, no label on a label or a title', { timeout: 120_000 }, async () => {
    const totals = { labelsOverNodes: 0, linesOverLabels: 0, labelsAstray: 0 };
    for (const { name, board } of boards) {
      const l = measureLegibility(await routed(board));
      expect({ name, ...alwaysJudged(l) }).toEqual({ name, ...noneAlways });
      totals.labelsOverNodes += l.labelCollisions.length - alwaysJudged(l).labelOverLabelOrTitle.length;
      totals.linesOverLabels += l.linesOverLabels.length;
      totals.labelsAstray += new Set(l.labelsAstray.map((s) => s.split(' nearer ')[0])).size;
    }
    console.log('as opened:', JSON.stringify(totals));
    expect(totals.labelsOverNodes).toBeLessThanOrEqual(AS_OPENED_CEILING.labelsOverNodes);
    expect(totals.linesOverLabels).toBeLessThanOrEqual(AS_OPENED_CEILING.linesOverLabels);
    expect(totals.labelsAstray).toBeLessThanOrEqual(AS_OPENED_CEILING.labelsAstray);
  });

  // Every board both ways, metric anomaly detection left to right and fraud detection top to bottom included: they
  // were skipped until session 9, when the layout's order of their ranks pointed an arrow back (docs/routing.md,
  // "Session 9: the order of the ranks").
  const cases = boards.flatMap(({ name }) => (['LR', 'TB'] as LayoutDirection[]).map((direction) => ({ name, direction })));
  for (const { name, direction } of cases) {
    it(`${name} after auto-layout ${direction}: every measure 0`, { timeout: 60_000 }, async () => {
      const laid = layoutBoard(byName.get(name)!, { direction });
      const l = measureLegibility(await routed(laid), direction);
      expect({ name, ...every(l) }).toEqual({ name, ...none });
    });
  }
});
