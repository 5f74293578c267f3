import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBoardText } from '../../src/domain/board';
import { findKind } from '../../src/domain/catalog';
import { compareWithReference } from '../../src/domain/reference';
import { completeBoard } from '../fixtures/validate/complete-board';
import { sketch, withLabel, withoutNodes } from '../fixtures/validate/sketch';

const reference = () => sketch([
  ['card', 'requirements', 'Requirements', { businessObjective: 'x' }],
  ['note', 'note', 'Remember the cold start'],
  ['pp', 'group', 'Prediction pipeline'],
  ['dp', 'group', 'Data preparation pipeline'],
  ['user', 'client', 'User'],
  ['rank', 'ranking', 'Ranking service'],
  ['rerank', 'reranking', 'Re-ranking service'],
  ['store', 'feature-store', 'Feature store'],
]);

describe('compareWithReference', () => {
  it('finds everything in the reference itself: coverage 100, all exact, nothing extra', () => {
    const result = compareWithReference(reference(), reference());
    expect(result.coverage).toBe(100);
    expect(result.present.map((m) => [m.reference.label, m.match])).toEqual([
      ['User', 'exact'], ['Ranking service', 'exact'], ['Re-ranking service', 'exact'], ['Feature store', 'exact'],
    ]);
    expect(result.missing).toEqual([]);
    expect(result.extra).toEqual([]);
    expect(result.pipelines).toMatchObject({ present: ['Prediction pipeline', 'Data preparation pipeline'], missing: [] });
  });

  it('leaves cards and notes out of the components', () => {
    const result = compareWithReference(sketch([]), reference());
    expect(result.missing.map((r) => r.kind)).toEqual(['client', 'ranking', 'reranking', 'feature-store']);
  });

  it('matches names regardless of case, spaces and punctuation', () => {
    const board = withLabel(reference(), 'rerank', '  reranking SERVICE ');
    expect(compareWithReference(board, reference()).present.find((m) => m.reference.nodeId === 'rerank')?.match).toBe('exact');
  });

  it('falls back to the kind for a renamed component, then to the name for a component of another kind', () => {
    const board = sketch([
      ['u', 'client', 'Query user'],
      ['s', 'ranking', 'Scoring'],
      ['rr', 'reranking', 'Re-ranking service'],
      ['fs', 'database', 'Feature store'],
    ]);
    const result = compareWithReference(board, reference());
    expect(result.present.map((m) => [m.reference.nodeId, m.node.nodeId, m.match])).toEqual([
      ['rerank', 'rr', 'exact'], ['user', 'u', 'kind'], ['rank', 's', 'kind'], ['store', 'fs', 'label'],
    ]);
    expect(result.missing).toEqual([]);
  });

  it('matches by meaning: the same role for another kind, a name that contains the reference\'s, a pipeline by its role', () => {
    const board = sketch([
      ['u', 'client', 'User'],
      ['fuse', 'fusion-layer', 'Blender'],
      ['rr', 'reranking', 'Re-ranking service'],
      ['fs', 'database', 'Feature store (online)'],
      ['daily', 'group', 'Training pipeline (daily)'],
      ['serve', 'group', 'Online serving'],
    ]);
    const ref = sketch([
      ['user', 'client', 'User'], ['rank', 'ranking', 'Ranking service'], ['rerank', 'reranking', 'Re-ranking service'],
      ['store', 'feature-store', 'Feature store'], ['tp', 'group', 'Training pipeline'], ['pp', 'group', 'Prediction pipeline'],
    ]);
    const result = compareWithReference(board, ref);
    expect(result.present.map((m) => [m.reference.label, m.node.label, m.match])).toEqual([
      ['User', 'User', 'exact'], ['Re-ranking service', 'Re-ranking service', 'exact'],
      ['Ranking service', 'Blender', 'role'], ['Feature store', 'Feature store (online)', 'label'],
    ]);
    expect(result.pipelines.matches).toEqual([
      { reference: 'Training pipeline', node: 'Training pipeline (daily)', match: 'role' },
      { reference: 'Prediction pipeline', node: 'Online serving', match: 'role' },
    ]);
    expect(result.missing).toEqual([]);
    expect(result.coverage).toBe(100);
  });

  it('matches one to one: two reference boxes need two board boxes', () => {
    const ref = sketch([['a', 'preprocessing', 'Preprocessing'], ['b', 'preprocessing', 'Preprocessing']]);
    const board = sketch([['x', 'preprocessing', 'Preprocessing'], ['y', 'cache', 'Cache']]);
    const result = compareWithReference(board, ref);
    expect(result.present).toHaveLength(1);
    expect(result.missing.map((r) => r.nodeId)).toEqual(['b']);
    expect(result.extra.map((r) => r.nodeId)).toEqual(['y']);
    expect(result.coverage).toBe(50);
  });

  it('computes coverage over components and pipelines together', () => {
    // 4 components + 2 pipelines in the reference; the board has 2 components and 1 pipeline.
    const board = withoutNodes(reference(), 'rank', 'store', 'dp');
    const result = compareWithReference(board, reference());
    expect(result.missing.map((r) => r.label)).toEqual(['Ranking service', 'Feature store']);
    expect(result.pipelines).toMatchObject({ present: ['Prediction pipeline'], missing: ['Data preparation pipeline'] });
    expect(result.coverage).toBe(50);
  });

  it('gives an empty reference full coverage and lists every board component as extra', () => {
    const result = compareWithReference(completeBoard(), sketch([]));
    expect(result.coverage).toBe(100);
    const components = completeBoard().nodes.filter((n) => findKind(n.type)?.family === 'component');
    expect(result.extra.map((r) => r.nodeId)).toEqual(components.map((n) => n.id));
  });

  it('finds each case-study template complete against itself', () => {
    const dir = new URL('../../templates/', import.meta.url);
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    } catch {
      files = [];
    }
    for (const file of files) {
      const parsed = parseBoardText(readFileSync(new URL(file, dir), 'utf8'));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error.message}`);
      const result = compareWithReference(parsed.board, parsed.board);
      expect(result.coverage, file).toBe(100);
      expect(result.present.every((m) => m.match === 'exact' && m.node.nodeId === m.reference.nodeId), file).toBe(true);
    }
  });
});
