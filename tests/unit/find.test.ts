import { describe, expect, it } from 'vitest';
import { createBoard, createNode } from '../../src/domain/board';
import { findNodes } from '../../src/domain/find';

function board() {
  const b = createBoard('Find');
  const group = createNode('group', { x: 0, y: 0 }, 'Prediction pipeline');
  const ranking = createNode('ranking', { x: 10, y: 10 }, 'Ranking service');
  ranking.parentId = group.id;
  const store = createNode('feature-store', { x: 300, y: 0 }, 'Online store');
  const rerank = createNode('reranking', { x: 600, y: 0 }, 'Re-ranking');
  const card = createNode('requirements', { x: 0, y: 300 });
  card.data.fields.constraints = 'Ranking must finish within 200 ms';
  const note = createNode('note', { x: 300, y: 300 }, 'Ask about cold start');
  note.data.notes = 'New users have no history';
  b.nodes.push(group, ranking, store, rerank, card, note);
  return b;
}
const labels = (query: string) => findNodes(board(), query).map((f) => f.node.data.label);

describe('find on board', () => {
  it('finds nothing for an empty query', () => {
    expect(findNodes(board(), '   ')).toEqual([]);
  });

  it('puts labels that start with the query first, then labels that contain it, then other text', () => {
    expect(labels('rank')).toEqual(['Ranking service', 'Re-ranking', 'Requirements']);
  });

  it('is case-insensitive and needs every word, in any order', () => {
    expect(labels('SERVICE ranking')).toEqual(['Ranking service', 'Re-ranking']); // the second by its kind
    expect(labels('ranking pipeline')).toEqual([]);
  });

  it('matches the kind name, and says which pipeline a node is in', () => {
    const [hit] = findNodes(board(), 'feature store');
    expect(hit.node.data.label).toBe('Online store');
    expect(hit.kind).toBe('Feature store');
    expect(findNodes(board(), 'ranking service')[0].pipeline).toBe('Prediction pipeline');
  });

  it('matches card fields and notes, and names where', () => {
    const [field] = findNodes(board(), '200 ms');
    expect(field.node.type).toBe('requirements');
    expect(field.matchedIn).toBe('Constraints');
    const [note] = findNodes(board(), 'history');
    expect(note.node.data.label).toBe('Ask about cold start');
    expect(note.matchedIn).toBe('Notes');
  });

  it('returns at most the limit', () => {
    const b = createBoard('Many');
    for (let i = 0; i < 80; i++) b.nodes.push(createNode('training', { x: i * 10, y: 0 }, `Trainer ${i}`));
    expect(findNodes(b, 'trainer')).toHaveLength(50);
    expect(findNodes(b, 'trainer', 5).map((f) => f.node.data.label)).toEqual(['Trainer 0', 'Trainer 1', 'Trainer 2', 'Trainer 3', 'Trainer 4']);
  });
});
