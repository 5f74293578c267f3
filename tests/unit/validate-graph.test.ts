import { describe, expect, it } from 'vitest';
import { IdIndex } from '../../src/domain/validate/board-graph';
import { buildContext } from '../../src/domain/validate';
import { reach, stronglyConnected } from '../../src/domain/validate/graph';
import { sketch } from '../fixtures/validate/sketch';

describe('IdIndex', () => {
  it('finds the position of every id among thousands, and nothing for an unknown id', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `n_${(i * 7919).toString(36)}`);
    const index = new IdIndex(ids);
    ids.forEach((id, i) => expect(index.get(id)).toBe(i));
    expect(index.get('n_missing')).toBeUndefined();
    expect(index.get('')).toBeUndefined();
  });

  it('names the last node for a repeated id', () => {
    expect(new IdIndex(['a', 'b', 'a']).get('a')).toBe(2);
  });
});

describe('graph walks', () => {
  const board = sketch([
    ['src', 'data-lake'], ['prep', 'preprocessing'], ['ds', 'dataset'], ['t', 'training'], ['m', 'trained-model'],
    ['svc', 'prediction-service'], ['log', 'logging'],
  ], ['src -> prep', 'prep -> ds', 'ds -> t', 't -> m', 'm <-> svc', 'svc -> log', 'log -> src']);
  const ctx = buildContext(board);
  const ids = (set: { has(id: string): boolean }) => board.nodes.map((n) => n.id).filter((id) => set.has(id));

  it('follows arrows forward and backward, two-way arrows both ways', () => {
    expect(ids(reach(ctx, ['t'], 'forward'))).toEqual(['src', 'prep', 'ds', 't', 'm', 'svc', 'log']);
    expect(ids(reach(ctx, ['m'], 'backward'))).toEqual(['src', 'prep', 'ds', 't', 'm', 'svc', 'log']);
    const oneWay = buildContext(sketch([['a', 'training'], ['b', 'trained-model']], ['a -> b']));
    expect(reach(oneWay, ['b'], 'forward').has('a')).toBe(false);
    expect(reach(oneWay, ['b'], 'both').has('a')).toBe(true);
  });

  it('enters but does not pass nodes whose kind fails the test, and starts from kinds', () => {
    const dataOnly = reach(ctx, ['t'], 'backward', (k) => k.step === 'data');
    expect(ids(dataOnly)).toEqual(['src', 'prep', 'ds', 't', 'log']);
    expect(ids(reach(ctx, (k) => k.id === 'logging', 'forward', (k) => k.step === 'data'))).toEqual(['src', 'prep', 'ds', 't', 'log']);
  });

  it('puts a feedback loop in one strongly connected component', () => {
    const component = stronglyConnected(ctx);
    expect(new Set(component).size).toBe(1);
    const open = buildContext(sketch([['a', 'training'], ['b', 'trained-model'], ['c', 'prediction-service']], ['a -> b', 'b -> c']));
    expect(new Set(stronglyConnected(open)).size).toBe(3);
  });
});
