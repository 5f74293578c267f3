// The boards auto-layout is judged on: the ten templates, the designs of other problems, the boards drawn by hand in
// reviews, each with every node at the origin (nothing of a placement left for the layout to keep).
import type { Board } from '../../src/domain/board';
import type { Scene } from '../../src/domain/routing/measures';
import { buildTemplate } from '../../templates/src/build-template';
import { TEMPLATE_SPECS } from '../../templates/src/index';
import { PROBLEMS } from '../fixtures/validate/problems';
import { reviewBoards } from './scenes';

export type LayoutSet = 'template' | 'other' | 'review';

const scrambled = (board: Board): Board => ({ ...board, nodes: board.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) });

export function layoutBoards(): { name: string; set: LayoutSet; board: Board }[] {
  return [
    ...TEMPLATE_SPECS.map((s) => ({ name: s.id, set: 'template' as const, board: scrambled(buildTemplate(s)) })),
    ...PROBLEMS.flatMap((p) => [
      { name: p.name, set: 'other' as const, board: scrambled(p.good()) },
      ...(p.alternative ? [{ name: `${p.name}, second design`, set: 'other' as const, board: scrambled(p.alternative()) }] : []),
    ]),
    ...reviewBoards().map(({ name, board }) => ({ name, set: 'review' as const, board: scrambled(board) })),
  ];
}

/**
 * The scene turned a quarter (x and y swapped), so that the measures made for a left-to-right layout judge a
 * top-to-bottom one: "pointing back" becomes pointing up.
 */
export function turned(scene: Scene): Scene {
  const swap = <R extends { x: number; y: number; width: number; height: number }>(r: R): R => ({ ...r, x: r.y, y: r.x, width: r.height, height: r.width });
  return {
    ...scene,
    nodes: scene.nodes.map((n) => ({ ...n, box: swap(n.box) })),
    edges: scene.edges.map((e) => ({ ...e, points: e.points.map((p) => ({ x: p.y, y: p.x })), ...(e.label ? { label: swap(e.label) } : {}) })),
    ...(scene.titles ? { titles: scene.titles.map((t) => ({ ...t, box: swap(t.box) })) } : {}),
  };
}
