// Large boards for benchmarks, built like a real architecture: pipelines (groups) of real component kinds,
// chained by edges of every kind, plus the answer cards.
import { CATALOG } from '../../src/domain/catalog';
import { createBoard, createEdge, createNode, EDGE_KINDS, type Board } from '../../src/domain/board';
import { COMPONENT_MAX_WIDTH } from '../../src/domain/geometry';

const COMPONENT_KINDS = CATALOG.filter((k) => k.family === 'component');
const CARD_KINDS = CATALOG.filter((k) => k.family === 'card');
const PER_GROUP = 10;
/** Room for a component: it widens with its name up to COMPONENT_MAX_WIDTH, and a long kind wraps onto a second line. */
const SLOT = { width: COMPONENT_MAX_WIDTH + 30, height: 90 };
const GROUP_WIDTH = PER_GROUP * SLOT.width + 20;

/** A board of exactly `nodeCount` nodes (groups of ten components each) with about 1.2 edges per node. */
export function generateBoard(nodeCount: number, seed = 1): Board {
  let state = seed >>> 0 || 1;
  const random = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const board = createBoard(`Generated ${nodeCount}`);
  for (const kind of CARD_KINDS.slice(0, Math.min(CARD_KINDS.length, nodeCount))) {
    const card = createNode(kind.id, { x: board.nodes.length * 300, y: -400 });
    for (const key of Object.keys(card.data.fields)) card.data.fields[key] = `${kind.label} ${key}`;
    board.nodes.push(card);
  }
  let groupIndex = 0;
  let previous: string | undefined;
  while (board.nodes.length < nodeCount) {
    const columns = 10;
    const group = createNode('group', {
      x: (groupIndex % columns) * (GROUP_WIDTH + 60),
      y: Math.floor(groupIndex / columns) * (SLOT.height + 160),
    }, `Pipeline ${groupIndex + 1}`);
    group.width = GROUP_WIDTH;
    group.height = SLOT.height + 80;
    board.nodes.push(group);
    groupIndex++;
    for (let i = 0; i < PER_GROUP && board.nodes.length < nodeCount; i++) {
      const kind = COMPONENT_KINDS[Math.floor(random() * COMPONENT_KINDS.length)];
      const node = { ...createNode(kind.id, { x: 20 + i * SLOT.width, y: 50 }), parentId: group.id };
      board.nodes.push(node);
      if (previous) {
        board.edges.push(createEdge(previous, node.id, EDGE_KINDS[board.edges.length % 3], i % 3 === 0 ? 'features' : ''));
      }
      if (random() < 0.2 && board.nodes.length > 20) {
        const other = board.nodes[Math.floor(random() * (board.nodes.length - 1))];
        if (other.type !== 'group') board.edges.push(createEdge(node.id, other.id, 'batch'));
      }
      previous = node.id;
    }
  }
  return board;
}
