// The boards auto-layout is judged on: the ten templates, the designs of other problems, the boards drawn by hand in
// reviews, each with every node at the origin (nothing of a placement left for the layout to keep); and the boards
// nobody had seen (session 8), as the user placed them, as tests/unit/unseen-boards.test.ts lays them out.
import type { Board } from '../../src/domain/board';
import { buildTemplate } from '../../templates/src/build-template';
import { TEMPLATE_SPECS } from '../../templates/src/index';
import { PROBLEMS } from '../fixtures/validate/problems';
import { reviewBoards, unseenBoards } from './scenes';

export type LayoutSet = 'template' | 'other' | 'review' | 'unseen';

const scrambled = (board: Board): Board => ({ ...board, nodes: board.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })) });

export function layoutBoards(): { name: string; set: LayoutSet; board: Board }[] {
  return [
    ...TEMPLATE_SPECS.map((s) => ({ name: s.id, set: 'template' as const, board: scrambled(buildTemplate(s)) })),
    ...PROBLEMS.flatMap((p) => [
      { name: p.name, set: 'other' as const, board: scrambled(p.good()) },
      ...(p.alternative ? [{ name: `${p.name}, second design`, set: 'other' as const, board: scrambled(p.alternative()) }] : []),
    ]),
    ...reviewBoards().map(({ name, board }) => ({ name, set: 'review' as const, board: scrambled(board) })),
    ...unseenBoards().map(({ name, board }) => ({ name: `unseen/${name}`, set: 'unseen' as const, board })),
  ];
}
