// Portable design patterns: small boards the user drops onto a design (the book's recurring pipelines), and
// the blank framework scaffold a new design starts from.
import { getKind, type KindId } from './catalog';
import { createBoard, type Board, type BoardEdge, type BoardNode, type EdgeKind } from './board';
import { CARD_WIDTH, COMPONENT_HEIGHT, COMPONENT_WIDTH, nodeSize } from './geometry';
import { newId } from './ids';

// Kept here for the callers that think of it as a pattern's: it copies any piece of a board.
export { instantiatePattern } from './board/fragment';
import { BLOCK_GAP, GROUP_HEADER, GROUP_PADDING } from './spacing';

export interface DesignPattern {
  id: string;
  title: string;
  description: string;
  /** Positions relative to (0, 0); children relative to their group. */
  nodes: BoardNode[];
  edges: BoardEdge[];
}

/** A box on the pattern's grid: column and row, so patterns read left to right without overlaps. */
type Cell = { key: string; kind: KindId; label: string; col: number; row: number; fields?: Record<string, string> };
type Link = { from: string; to: string; kind: EdgeKind; label?: string; twoWay?: boolean };

const COLUMN = COMPONENT_WIDTH + 72;
const ROW = COMPONENT_HEIGHT + 72;

function makeNode(id: string, kindId: string, label: string, position: { x: number; y: number }, given: Record<string, string> = {}): BoardNode {
  const fields: Record<string, string> = {};
  for (const f of getKind(kindId).fields) fields[f.key] = given[f.key] ?? '';
  return { id, type: kindId, position, data: { label, notes: '', fields } };
}

function pattern(
  id: string, title: string, description: string, cells: Cell[], links: Link[], group?: { label: string; keys: string[] },
): DesignPattern {
  const at = (c: Cell) => ({ x: c.col * COLUMN, y: c.row * ROW });
  const nodes: BoardNode[] = [];
  const members = new Set(group?.keys ?? []);
  if (group) {
    const inside = cells.filter((c) => members.has(c.key));
    const left = Math.min(...inside.map((c) => at(c).x)) - GROUP_PADDING;
    const top = Math.min(...inside.map((c) => at(c).y)) - GROUP_HEADER;
    const right = Math.max(...inside.map((c) => at(c).x)) + COMPONENT_WIDTH + GROUP_PADDING;
    const bottom = Math.max(...inside.map((c) => at(c).y)) + COMPONENT_HEIGHT + GROUP_PADDING;
    nodes.push({ ...makeNode('group', 'group', group.label, { x: left, y: top }), width: right - left, height: bottom - top });
    for (const c of inside) {
      const p = at(c);
      nodes.push({ ...makeNode(c.key, c.kind, c.label, { x: p.x - left, y: p.y - top }, c.fields), parentId: 'group' });
    }
  }
  for (const c of cells.filter((c) => !members.has(c.key))) nodes.push(makeNode(c.key, c.kind, c.label, at(c), c.fields));
  // The pattern's top-left corner is (0, 0), so it lands where it is dropped.
  const top = nodes.filter((n) => n.parentId === undefined);
  const dx = Math.min(...top.map((n) => n.position.x));
  const dy = Math.min(...top.map((n) => n.position.y));
  for (const n of top) n.position = { x: n.position.x - dx, y: n.position.y - dy };
  const edges = links.map((l, i): BoardEdge => {
    const edge: BoardEdge = { id: `e${i + 1}`, source: l.from, target: l.to, type: l.kind, data: { label: l.label ?? '' } };
    if (l.twoWay) edge.data.bidirectional = true;
    return edge;
  });
  return { id, title, description, nodes, edges };
}

const cell = (key: string, kind: KindId, label: string, col: number, row: number, fields?: Record<string, string>): Cell => ({
  key, kind, label, col, row, fields,
});
const link = (from: string, to: string, kind: EdgeKind, label?: string): Link => ({ from, to, kind, label });
const twoWay = (from: string, to: string): Link => ({ from, to, kind: 'request', twoWay: true });

export const PATTERNS: readonly DesignPattern[] = [
  pattern(
    'two-stage-funnel', 'Two-stage recommendation funnel',
    'Cheap candidate generation narrows the corpus to thousands, a heavier model ranks them, re-ranking applies business rules.',
    [
      cell('corpus', 'database', 'Item corpus', 0, 0),
      cell('user', 'client', 'User', 0, 1),
      cell('candidates', 'candidate-generation', 'Candidate generation', 1, 1, { strategy: 'two-tower ANN, popular, trending', output: 'thousands' }),
      cell('model', 'trained-model', 'Ranking model', 2, 0),
      cell('ranking', 'ranking', 'Ranking service', 2, 1, { output: 'hundreds' }),
      cell('features', 'feature-store', 'Feature store', 2, 2),
      cell('reranking', 'reranking', 'Re-ranking service', 3, 1, {
        rules: 'Remove seen and blocked items, favor fresh items, diversify, remove duplicates',
      }),
      cell('results', 'results', 'Top k items', 4, 1, { size: 'top k' }),
    ],
    [
      link('user', 'candidates', 'request'),
      link('corpus', 'candidates', 'batch', 'millions of items'),
      link('candidates', 'ranking', 'request', 'thousands'),
      twoWay('ranking', 'model'),
      link('features', 'ranking', 'request'),
      link('ranking', 'reranking', 'request', 'hundreds'),
      link('reranking', 'results', 'request', 'dozens'),
    ],
  ),
  pattern(
    'embedding-retrieval', 'Embedding retrieval',
    'An indexing pipeline embeds every item into an index; a query is embedded and its nearest neighbours retrieved.',
    [
      cell('items', 'object-storage', 'Items', 0, 0),
      cell('indexer', 'indexing-service', 'Indexing service', 1, 0, { schedule: 'on new items; all items on a new model' }),
      cell('index', 'vector-index', 'Index table', 2, 0),
      cell('item-encoder', 'encoder', 'Item encoder', 1, 1),
      cell('query', 'client', 'Query', 0, 2),
      cell('embedding', 'embedding-service', 'Embedding service', 1, 2),
      cell('query-encoder', 'encoder', 'Query encoder', 1, 3),
      cell('ann', 'ann-service', 'Nearest neighbour service', 2, 2, { algorithm: 'ANN: LSH, trees or clustering (Faiss, ScaNN)', k: 'top k' }),
      cell('results', 'results', 'Similar items', 3, 2, { size: 'top k' }),
    ],
    [
      link('items', 'indexer', 'batch'),
      twoWay('indexer', 'item-encoder'),
      link('indexer', 'index', 'batch', 'embeddings'),
      link('query', 'embedding', 'request'),
      twoWay('embedding', 'query-encoder'),
      link('embedding', 'ann', 'request', 'query embedding'),
      link('index', 'ann', 'request'),
      link('ann', 'results', 'request'),
    ],
    { label: 'Indexing pipeline', keys: ['items', 'indexer', 'index', 'item-encoder'] },
  ),
  pattern(
    'feature-store', 'Feature store with batch and online features',
    'Static features computed in batch and dynamic features computed online serve both training and prediction, so they agree.',
    [
      cell('lake', 'data-lake', 'Data lake', 0, 0),
      cell('batch', 'batch-feature-computation', 'Batch feature computation', 1, 0, { schedule: 'daily' }),
      cell('store', 'feature-store', 'Feature store', 2, 0, { features: 'static features' }),
      cell('stream', 'event-stream', 'Event stream', 0, 1),
      cell('online', 'online-feature-computation', 'Online feature computation', 1, 1, { features: 'dynamic features' }),
      cell('dataset', 'dataset-construction', 'Dataset construction', 3, 0),
      cell('prediction', 'prediction-service', 'Prediction service', 3, 1, { predictionMode: 'online' }),
    ],
    [
      link('lake', 'batch', 'batch'),
      link('batch', 'store', 'batch'),
      link('stream', 'lake', 'stream', 'archived'),
      link('stream', 'online', 'stream'),
      link('store', 'dataset', 'batch', 'training features'),
      link('store', 'prediction', 'request', 'static features'),
      link('online', 'prediction', 'request', 'dynamic features'),
    ],
  ),
  pattern(
    'continual-learning', 'Continual learning loop',
    'New data becomes a dataset; the model is trained, validated, registered and served; its logs become new data.',
    [
      cell('new-data', 'data-source', 'New data', 0, 0),
      cell('dataset', 'dataset', 'Training dataset', 1, 0),
      cell('training', 'training', 'Model training', 2, 0, { schedule: 'continual' }),
      cell('deploy', 'deploy', 'Validation & deploy', 3, 0, { checks: 'offline metrics beat the current model' }),
      cell('registry', 'model-registry', 'Model registry', 4, 0),
      cell('serving', 'prediction-service', 'Prediction service', 4, 1, { predictionMode: 'online' }),
      cell('logs', 'logging', 'Prediction logs', 2, 1, { events: 'predictions and user feedback' }),
    ],
    [
      link('new-data', 'dataset', 'batch'),
      link('dataset', 'training', 'batch'),
      link('training', 'deploy', 'batch'),
      link('deploy', 'registry', 'batch'),
      link('registry', 'serving', 'batch', 'deploy'),
      link('serving', 'logs', 'stream'),
      link('logs', 'new-data', 'stream', 'labels from feedback'),
    ],
  ),
  pattern(
    'safe-rollout', 'Safe rollout: shadow deployment and A/B test',
    'A new model first answers mirrored requests in the shadow, then serves a slice of live traffic in an A/B test.',
    [
      cell('user', 'client', 'User', 0, 1),
      cell('ab-test', 'online-experiment', 'A/B test', 1, 1, { traffic: '90% control / 10% treatment' }),
      cell('production', 'prediction-service', 'Production model', 2, 0, { predictionMode: 'online' }),
      cell('treatment', 'prediction-service', 'New model (treatment)', 2, 2, { predictionMode: 'online' }),
      cell('shadow', 'shadow-deployment', 'Candidate model (shadow)', 3, 0, { traffic: 'every request, mirrored' }),
      cell('logs', 'logging', 'Prediction logs', 3, 1),
      cell('dashboard', 'monitoring-dashboard', 'Online metrics', 4, 1, { mlMetrics: 'online metric per arm' }),
    ],
    [
      link('user', 'ab-test', 'request'),
      link('ab-test', 'production', 'request', 'control'),
      link('ab-test', 'treatment', 'request', 'treatment'),
      link('production', 'shadow', 'request', 'mirrored request'),
      link('production', 'logs', 'stream'),
      link('treatment', 'logs', 'stream'),
      link('shadow', 'logs', 'stream', 'stored, not returned'),
      link('logs', 'dashboard', 'stream'),
    ],
  ),
  pattern(
    'batch-precomputation', 'Batch precomputation with online fallback',
    'A batch job scores everyone ahead of time; requests are answered by lookup, and computed online only when missing.',
    [
      cell('lake', 'data-lake', 'Data lake', 0, 0),
      cell('scoring', 'batch-prediction', 'Batch scoring job', 1, 0, { schedule: 'nightly' }),
      cell('store', 'precomputed-store', 'Precomputed predictions', 2, 0),
      cell('lookup', 'prediction-service', 'Lookup service', 3, 0, { predictionMode: 'batch, with an online fallback' }),
      cell('user', 'client', 'User', 4, 0),
      cell('model', 'trained-model', 'Trained model', 1, 1),
      cell('fallback', 'prediction-service', 'Online fallback', 3, 1, { predictionMode: 'online' }),
    ],
    [
      link('lake', 'scoring', 'batch'),
      link('model', 'scoring', 'request'),
      link('scoring', 'store', 'batch'),
      link('store', 'lookup', 'request'),
      { from: 'user', to: 'lookup', kind: 'request', twoWay: true },
      link('lookup', 'fallback', 'request', 'not precomputed'),
      link('model', 'fallback', 'request'),
    ],
  ),
  pattern(
    'human-in-the-loop', 'Human-in-the-loop review',
    'Confident predictions act at once; low-confidence cases go to reviewers, whose decisions become training labels.',
    [
      cell('client', 'client', 'Application', 0, 0),
      cell('service', 'prediction-service', 'Prediction service', 1, 0, { predictionMode: 'online' }),
      cell('model', 'trained-model', 'Trained model', 1, 1),
      cell('enforcement', 'enforcement', 'Automatic action', 2, 0),
      cell('review', 'human-review', 'Human review queue', 2, 1),
      cell('dataset', 'dataset-construction', 'Dataset construction', 3, 1, { labels: 'reviewer decisions' }),
      cell('training', 'training', 'Model training', 3, 2),
      cell('registry', 'model-registry', 'Model registry', 2, 2),
    ],
    [
      link('client', 'service', 'request'),
      twoWay('service', 'model'),
      link('service', 'enforcement', 'request', 'high confidence'),
      link('service', 'review', 'request', 'low confidence'),
      link('review', 'dataset', 'batch', 'human labels'),
      link('dataset', 'training', 'batch'),
      link('training', 'registry', 'batch'),
      link('registry', 'model', 'batch', 'deploy'),
    ],
  ),
];

export function findPattern(id: string): DesignPattern | undefined {
  return PATTERNS.find((p) => p.id === id);
}

/** The steps after framing, each a labelled group holding its empty answer card(s). */
const SCAFFOLD_GROUPS: readonly { label: string; cards: readonly KindId[] }[] = [
  { label: 'Data preparation', cards: ['data-card', 'features-card'] },
  { label: 'Model development', cards: ['model-card'] },
  { label: 'Evaluation', cards: ['evaluation-card'] },
  { label: 'Deployment and serving', cards: ['serving-card'] },
  { label: 'Monitoring', cards: ['monitoring-card'] },
];
/** Empty room below the cards in each group, for the components the user adds. */
const ROOM = { width: 2 * CARD_WIDTH + BLOCK_GAP, height: 200 };

/**
 * The blank framework scaffold: empty Requirements and ML framing cards in a row, then one group per later step
 * holding that step's empty card, three groups to a row.
 */
export function createScaffold(): Board {
  const board = createBoard('New design');
  const blank = (kind: KindId, position: { x: number; y: number }) => makeNode(newId('n'), kind, getKind(kind).label, position);
  const requirements = blank('requirements', { x: 0, y: 0 });
  const framing = blank('framing', { x: CARD_WIDTH + BLOCK_GAP, y: 0 });
  board.nodes.push(requirements, framing);
  let y = Math.max(nodeSize(requirements).height, nodeSize(framing).height) + BLOCK_GAP;
  let x = 0;
  let rowHeight = 0;
  SCAFFOLD_GROUPS.forEach((spec, i) => {
    const cards = spec.cards.map((kind, j) => ({ ...blank(kind, { x: GROUP_PADDING + j * (CARD_WIDTH + BLOCK_GAP), y: GROUP_HEADER }) }));
    const cardHeight = Math.max(...cards.map((c) => nodeSize(c).height));
    const width = Math.max(ROOM.width, spec.cards.length * (CARD_WIDTH + BLOCK_GAP) - BLOCK_GAP) + 2 * GROUP_PADDING;
    const height = GROUP_HEADER + cardHeight + ROOM.height + GROUP_PADDING;
    if (i > 0 && i % 3 === 0) {
      x = 0;
      y += rowHeight + BLOCK_GAP;
      rowHeight = 0;
    }
    const group = { ...blank('group', { x, y }), width, height };
    group.data.label = spec.label;
    board.nodes.push(group, ...cards.map((c) => ({ ...c, parentId: group.id })));
    x += width + BLOCK_GAP;
    rowHeight = Math.max(rowHeight, height);
  });
  return board;
}
