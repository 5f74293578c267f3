// Design patterns and the framework scaffold: well-formed small boards that can be dropped onto a design any
// number of times without id clashes.
import { describe, expect, it } from 'vitest';
import { boardToJson, parseBoardText, type BoardNode } from '../../src/domain/board';
import { BoardSchema } from '../../src/domain/board/schema';
import { findKind } from '../../src/domain/catalog';
import { PATTERNS, createScaffold, findPattern, instantiatePattern } from '../../src/domain/patterns';
import { GROUP_HEADER } from '../../src/domain/spacing';
import { childrenOutsideGroups, overlappingSiblings } from './layout-checks';

const REQUIRED = [
  'two-stage-funnel', 'embedding-retrieval', 'feature-store', 'continual-learning', 'safe-rollout',
  'batch-precomputation', 'human-in-the-loop',
];

const kindsOf = (nodes: BoardNode[]) => new Set(nodes.map((n) => n.type));

describe('design patterns', () => {
  it('include the book\'s recurring pipelines, each with a title and a description', () => {
    expect(PATTERNS.map((p) => p.id)).toEqual(expect.arrayContaining(REQUIRED));
    for (const p of PATTERNS) expect(p.title && p.description).toBeTruthy();
    expect(new Set(PATTERNS.map((p) => p.id)).size).toBe(PATTERNS.length);
  });

  it.each(PATTERNS.map((p) => [p.id, p] as const))('%s is a well-formed, non-overlapping small board', (_id, p) => {
    const ids = new Set(p.nodes.map((n) => n.id));
    expect(ids.size).toBe(p.nodes.length);
    for (const n of p.nodes) {
      expect(findKind(n.type), n.type).toBeDefined();
      expect(n.data.label.trim()).not.toBe('');
      if (n.parentId) expect(p.nodes.find((g) => g.id === n.parentId)?.type).toBe('group');
    }
    for (const e of p.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const connected = new Set(p.edges.flatMap((e) => [e.source, e.target]));
    expect(p.nodes.filter((n) => n.type !== 'group' && !connected.has(n.id)).map((n) => n.data.label)).toEqual([]);
    expect(overlappingSiblings(p)).toEqual([]);
    expect(childrenOutsideGroups(p, GROUP_HEADER)).toEqual([]);
    const top = p.nodes.filter((n) => !n.parentId);
    expect(Math.min(...top.map((n) => n.position.x))).toBe(0);
    expect(Math.min(...top.map((n) => n.position.y))).toBe(0);
  });

  it('draw what their names promise', () => {
    const path = (id: string, ...kinds: string[]) => {
      const p = findPattern(id)!;
      const kindOf = new Map(p.nodes.map((n) => [n.id, n.type]));
      return kinds.slice(1).every((kind, i) =>
        p.edges.some((e) => kindOf.get(e.source) === kinds[i] && kindOf.get(e.target) === kind));
    };
    expect(path('two-stage-funnel', 'candidate-generation', 'ranking', 'reranking', 'results')).toBe(true);
    expect(findPattern('two-stage-funnel')!.nodes.find((n) => n.type === 'reranking')!.data.fields.rules).not.toBe('');
    expect(path('embedding-retrieval', 'indexing-service', 'vector-index', 'ann-service')).toBe(true);
    expect(findPattern('embedding-retrieval')!.nodes.some((n) => n.type === 'group' && n.data.label === 'Indexing pipeline')).toBe(true);
    expect(path('feature-store', 'batch-feature-computation', 'feature-store', 'prediction-service')).toBe(true);
    expect(path('feature-store', 'online-feature-computation', 'prediction-service')).toBe(true);
    expect(path('continual-learning', 'data-source', 'dataset', 'training', 'deploy', 'model-registry', 'prediction-service', 'logging', 'data-source')).toBe(true);
    expect([...kindsOf(findPattern('safe-rollout')!.nodes)]).toEqual(expect.arrayContaining(['shadow-deployment', 'online-experiment']));
    expect(path('batch-precomputation', 'batch-prediction', 'precomputed-store', 'prediction-service', 'prediction-service')).toBe(true);
    expect(path('human-in-the-loop', 'prediction-service', 'human-review', 'dataset-construction', 'training', 'model-registry', 'trained-model')).toBe(true);
  });
});

describe('instantiatePattern', () => {
  it.each(PATTERNS.map((p) => [p.id, p] as const))('gives %s fresh ids, remapped edges and groups, offset by the drop point', (_id, p) => {
    const before = JSON.stringify(p);
    const at = { x: 500, y: -120 };
    const { nodes, edges } = instantiatePattern(p, at);
    expect(JSON.stringify(p)).toBe(before);
    expect(nodes).toHaveLength(p.nodes.length);
    expect(edges).toHaveLength(p.edges.length);
    const original = new Set([...p.nodes.map((n) => n.id), ...p.edges.map((e) => e.id)]);
    const ids = [...nodes.map((n) => n.id), ...edges.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => original.has(id))).toEqual([]);
    const newIds = new Set(nodes.map((n) => n.id));
    for (const e of edges) expect(newIds.has(e.source) && newIds.has(e.target)).toBe(true);
    p.nodes.forEach((source, i) => {
      const copy = nodes[i];
      expect(copy.type).toBe(source.type);
      expect(copy.data).toEqual(source.data);
      expect(copy.data).not.toBe(source.data);
      if (source.parentId) {
        expect(copy.parentId).toBe(nodes[p.nodes.findIndex((n) => n.id === source.parentId)].id);
        expect(copy.position).toEqual(source.position);
      } else {
        expect(copy.parentId).toBeUndefined();
        expect(copy.position).toEqual({ x: source.position.x + at.x, y: source.position.y + at.y });
      }
    });
    p.edges.forEach((source, i) => {
      const index = (id: string) => p.nodes.findIndex((n) => n.id === id);
      expect(edges[i].source).toBe(nodes[index(source.source)].id);
      expect(edges[i].target).toBe(nodes[index(source.target)].id);
      expect(edges[i].data).toEqual(source.data);
    });
  });

  it('shares no id between two drops of the same pattern, and the copies are independent', () => {
    const p = findPattern('embedding-retrieval')!;
    const a = instantiatePattern(p, { x: 0, y: 0 });
    const b = instantiatePattern(p, { x: 0, y: 0 });
    const idsA = new Set([...a.nodes, ...a.edges].map((x) => x.id));
    expect([...b.nodes, ...b.edges].filter((x) => idsA.has(x.id))).toEqual([]);
    const items = p.nodes.findIndex((n) => n.id === 'items');
    a.nodes[items].data.fields.contents = 'changed';
    expect(b.nodes[items].data.fields.contents).toBe('');
    expect(p.nodes.find((n) => n.id === 'items')!.data.fields.contents).toBe('');
  });

  it('drops into a board that still parses with no repairs', () => {
    const board = createScaffold();
    for (const [i, p] of PATTERNS.entries()) {
      const { nodes, edges } = instantiatePattern(p, { x: 3000, y: i * 600 });
      board.nodes.push(...nodes);
      board.edges.push(...edges);
    }
    const result = parseBoardText(boardToJson(board));
    expect(result.ok && result.repairs).toEqual([]);
    expect(overlappingSiblings(board)).toEqual([]);
  });
});

describe('createScaffold', () => {
  const STEPS: [string, string[]][] = [
    ['Data preparation', ['data-card', 'features-card']],
    ['Model development', ['model-card']],
    ['Evaluation', ['evaluation-card']],
    ['Deployment and serving', ['serving-card']],
    ['Monitoring', ['monitoring-card']],
  ];

  it('has empty Requirements and ML framing cards, then one labelled group per later step with its empty card', () => {
    const board = createScaffold();
    const top = board.nodes.filter((n) => !n.parentId);
    expect(top.filter((n) => n.type !== 'group').map((n) => n.type)).toEqual(['requirements', 'framing']);
    const groups = board.nodes.filter((n) => n.type === 'group');
    expect(groups.map((g) => g.data.label)).toEqual(STEPS.map(([label]) => label));
    for (const [label, cards] of STEPS) {
      const group = groups.find((g) => g.data.label === label)!;
      expect(board.nodes.filter((n) => n.parentId === group.id).map((n) => n.type)).toEqual(cards);
    }
    for (const n of board.nodes) for (const value of Object.values(n.data.fields)) expect(value).toBe('');
    expect(board.edges).toEqual([]);
  });

  it('is a valid board, laid out without overlaps, every card inside its group', () => {
    const board = createScaffold();
    const result = parseBoardText(boardToJson(board));
    expect(result.ok && result.repairs).toEqual([]);
    expect(BoardSchema.safeParse(board).success).toBe(true);
    expect(overlappingSiblings(board)).toEqual([]);
    expect(childrenOutsideGroups(board, GROUP_HEADER)).toEqual([]);
  });

  it('is a new board each time', () => {
    const a = createScaffold();
    const b = createScaffold();
    expect(a.id).not.toBe(b.id);
    const idsA = new Set(a.nodes.map((n) => n.id));
    expect(b.nodes.filter((n) => idsA.has(n.id))).toEqual([]);
  });
});
