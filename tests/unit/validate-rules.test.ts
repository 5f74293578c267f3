// Behaviour of individual rules beyond their two fixtures: the book's designs they must accept, the shortcuts
// they must refuse, and how the graph is read.
import { describe, expect, it } from 'vitest';
import type { Board } from '../../src/domain/board';
import { findRule, buildContext, validateBoard } from '../../src/domain/validate';
import { isAnswered, isRestatement, labelKey } from '../../src/domain/validate/text';
import { completeBoard } from '../fixtures/validate/complete-board';
import { annBoard } from '../fixtures/validate/rule-fixtures';
import { sketch, withEdges, withField, withNodes, withoutEdges, withoutNodes } from '../fixtures/validate/sketch';

const flagged = (ruleId: string, board: Board) => findRule(ruleId)!.check(buildContext(board));

describe('reading answers', () => {
  it('treats placeholders and punctuation as unanswered', () => {
    for (const text of ['', '   ', '?', '...', 'TBD', 'todo', '-']) expect(isAnswered(text), text).toBe(false);
    for (const text of ['CTR', 'n/a: no constraints', 'online']) expect(isAnswered(text), text).toBe(true);
  });

  it('spots an ML objective that only restates the business objective, not a real translation (Table 1.1)', () => {
    expect(isRestatement('Increase ticket sales', 'increase ticket sales!')).toBe(true);
    expect(isRestatement('Maximise user engagement', 'Maximize the users engagement')).toBe(true);
    expect(isRestatement('Increase ticket sales', 'Maximize the number of event registrations')).toBe(false);
    expect(isRestatement('Increase user clicks', 'Maximize click-through rate')).toBe(false);
    expect(isRestatement("Improve the platform's safety", 'Accurately predict if a given content is harmful')).toBe(false);
  });

  it('matches names regardless of case, spaces and punctuation', () => {
    expect(labelKey('Re-ranking Service')).toBe(labelKey(' reranking  service '));
    expect(labelKey('Model registry')).not.toBe(labelKey('Model registries'));
  });
});

describe('data rules', () => {
  it('accepts labels from the data card, a labelling node with its method, or a human review queue', () => {
    const base = withField(withField(completeBoard(), 'datacard', 'labels', ''), 'dsgen', 'labels', '');
    expect(flagged('data-labels', base)).toHaveLength(1);
    expect(flagged('data-labels', withField(base, 'datacard', 'labels', 'hand labelling'))).toEqual([]);
    const withLabelling = sketch([['l', 'labeling', 'Labelling', { method: 'natural labelling' }]]);
    expect(flagged('data-labels', withLabelling)).toEqual([]);
    expect(flagged('data-labels', sketch([['l', 'labeling', 'Labelling']]))[0].nodeIds).toEqual(['l']);
    expect(flagged('data-labels', sketch([['r', 'human-review', 'Manual review']]))).toEqual([]);
  });

  it('refuses a source wired straight into training with no preparation step', () => {
    const board = sketch([['src', 'data-source', 'New listings'], ['t', 'training', 'Fine-tuning']], ['src -> t']);
    expect(flagged('data-pipeline', board)[0].message).toMatch(/through a processing, feature or dataset step/);
    const prepared = sketch([['src', 'data-source'], ['d', 'dataset', 'Sessions'], ['t', 'training']], ['src -> d', 'd -> t']);
    expect(flagged('data-pipeline', prepared)).toEqual([]);
  });

  it('follows arrows: a dataset drawn pointing away from training does not feed it, a two-way arrow does', () => {
    const backwards = sketch([['src', 'data-lake'], ['d', 'dataset'], ['t', 'training']], ['src -> d', 't -> d']);
    expect(flagged('data-pipeline', backwards)).toHaveLength(1);
    const twoWay = sketch([['src', 'data-lake'], ['d', 'dataset'], ['t', 'training']], ['src -> d', 't <-> d']);
    expect(flagged('data-pipeline', twoWay)).toEqual([]);
  });

  it('does not count features that reach training only through the serving feedback loop', () => {
    // Training reads batch features directly; the feature store feeds only ranking; logs loop back to the lake.
    const board = withEdges(withoutEdges(completeBoard(), 'fstore -> dsgen', 'onlinefc -> dsgen'), 'batchfc -> dsgen');
    const findings = flagged('pattern-shared-feature-store', board);
    expect(findings.map((f) => f.nodeIds[0])).toEqual(['onlinefc']);
  });

  it('accepts online features that training also reads (logged and reused), without a feature store', () => {
    const board = sketch([
      ['lake', 'data-lake'], ['ofc', 'online-feature-computation'], ['ds', 'dataset'], ['t', 'training'],
      ['m', 'trained-model', 'Model'], ['r', 'ranking', 'Ranking'],
    ], ['lake -> ofc', 'ofc -> ds', 'ds -> t', 't -> m', 'm -> r', 'ofc -> r']);
    expect(flagged('pattern-shared-feature-store', board)).toEqual([]);
  });
});

describe('arrows to and from pipeline boxes', () => {
  it('reads an arrow into a group as reaching the components inside it (nested groups too), and one out of it as leaving them', () => {
    const base = sketch([
      ['user', 'client', 'User'], ['pipe', 'group', 'Prediction pipeline'], ['inner', 'group', 'Ranking stage'],
      ['svc', 'prediction-service', 'Ranking service'], ['model', 'trained-model', 'ML model'],
    ], ['user -> pipe']);
    const inPipeline = (board: Board): Board => ({
      ...board,
      nodes: board.nodes.map((n) => (n.id === 'inner' ? { ...n, parentId: 'pipe' } : n.id === 'svc' ? { ...n, parentId: 'inner' } : n)),
    });
    expect(flagged('serving-request-path', base)).toHaveLength(1);
    expect(flagged('serving-request-path', inPipeline(base))).toEqual([]);
    // Out of the box: the request reaches the service drawn after the pipeline.
    const after = sketch([
      ['user', 'client', 'User'], ['pipe', 'group', 'Request handling'], ['gate', 'postprocessing', 'Request parser'],
      ['svc', 'prediction-service', 'Ranking service'],
    ], ['user -> gate', 'pipe -> svc']);
    const gateInside = { ...after, nodes: after.nodes.map((n) => (n.id === 'gate' ? { ...n, parentId: 'pipe' } : n)) };
    expect(flagged('serving-request-path', after)).toHaveLength(1);
    expect(flagged('serving-request-path', gateInside)).toEqual([]);
  });

  it('does not join the components of one pipeline to each other through their box', () => {
    const board = sketch([
      ['pipe', 'group', 'Pipeline'], ['user', 'client', 'User'], ['svc', 'prediction-service', 'Ranking service'],
      ['lake', 'data-lake', 'Data lake'], ['dash', 'monitoring-dashboard', 'Dashboard'],
    ], ['lake -> pipe', 'pipe -> dash', 'pipe -> pipe']);
    const both = { ...board, nodes: board.nodes.map((n) => (n.id === 'user' || n.id === 'svc' ? { ...n, parentId: 'pipe' } : n)) };
    expect(flagged('serving-request-path', both)).toHaveLength(1);
  });
});

describe('serving rules', () => {
  it('follows request arrows only: a client that only streams events into the data pipeline reaches no model', () => {
    const board = sketch([
      ['user', 'client', 'User'], ['app', 'client', 'App'], ['events', 'event-stream', 'Event stream'],
      ['fs', 'feature-store', 'Feature store'], ['svc', 'prediction-service', 'Scoring service'],
      ['model', 'trained-model', 'Model'], ['train', 'training', 'Training'], ['ds', 'dataset', 'Dataset'],
    ], ['user -> app', 'app ~> events', 'events ~> fs', 'fs => svc', 'fs => ds', 'ds => train', 'train => model', 'model <-> svc']);
    const [finding] = flagged('serving-request-path', board);
    expect(finding.message).toContain('The request from "User" stops at "App"');
    expect(finding.message).toContain('carries streaming data');
    expect(finding.nodeIds).toEqual(['app', 'svc']);
    expect(flagged('serving-request-path', withEdges(board, 'app -> svc'))).toEqual([]);
    // A feedback loop drawn with request arrows does not carry the request either: logs and training stop it.
    const loop = sketch([
      ['user', 'client'], ['log', 'logging'], ['train', 'training'], ['model', 'trained-model'], ['svc', 'prediction-service'],
    ], ['user -> log', 'log -> train', 'train -> model', 'model -> svc']);
    expect(flagged('serving-request-path', loop)).toHaveLength(1);
  });

  it('counts a model loaded from the registry as used by the service (Model registry → Ranker)', () => {
    const board = sketch([
      ['user', 'client'], ['rank', 'ranking', 'Ranker'], ['registry', 'model-registry'], ['train', 'training'],
    ], ['user -> rank', 'train => registry', 'registry => rank']);
    expect(flagged('serving-uses-model', board)).toEqual([]);
    expect(flagged('serving-uses-model', withoutEdges(board, 'registry -> rank'))).toHaveLength(1);
  });

  it('accepts a batch design: the fetching service reads results a batch job wrote with the model (chapter 3)', () => {
    const board = sketch([
      ['user', 'client', 'User'], ['fetch', 'prediction-service', 'Fetching service'],
      ['blurred', 'precomputed-store', 'Blurred Street View images'], ['blur', 'batch-prediction', 'Blurring service'],
      ['model', 'trained-model', 'ML model', { architecture: 'Faster R-CNN' }],
    ], ['user -> fetch', 'fetch -> blurred', 'blur -> blurred', 'model -> blur']);
    expect(flagged('serving-request-path', board)).toEqual([]);
    expect(flagged('serving-uses-model', board)).toEqual([]);
    expect(flagged('serving-prediction-mode', board)).toEqual([]);
  });

  it('accepts a service that reads the model through an index and indexer (chapter 9)', () => {
    const board = sketch([
      ['listing', 'client', 'Currently-viewing listing'], ['fetcher', 'embedding-service', 'Embedding fetcher'],
      ['index', 'vector-index', 'Index table'], ['indexer', 'indexing-service', 'Indexer'], ['model', 'trained-model', 'Trained model'],
    ], ['listing -> fetcher', 'index -> fetcher', 'indexer -> index', 'model <-> indexer']);
    expect(flagged('serving-uses-model', board)).toEqual([]);
  });

  it('does not treat a model reached only through the deploy step as used by serving', () => {
    const board = sketch([
      ['user', 'client'], ['svc', 'prediction-service'], ['deploy', 'deploy'], ['model', 'trained-model'],
    ], ['user -> svc', 'svc -> deploy', 'deploy -> model']);
    expect(flagged('serving-uses-model', board)).toHaveLength(1);
  });

  it('reports one cause at a time: no client → request path only, not "no model"', () => {
    const board = withoutEdges(completeBoard(), 'user -> cand');
    const ids = validateBoard(board).findings.map((f) => f.ruleId);
    expect(ids).toContain('serving-request-path');
    expect(ids).not.toContain('serving-uses-model');
  });

  it('accepts a registry drawn as the model\'s sink next to a deploy step (chapter 7)', () => {
    const board = sketch([
      ['t', 'training', 'Learner'], ['m', 'trained-model', 'Trained ML model'], ['repo', 'model-registry', 'Model repository'],
      ['user', 'client'], ['rank', 'ranking', 'Ranking service'],
    ], ['t -> m', 'm -> repo', 'user -> rank', 'm <-> rank']);
    expect(flagged('serving-model-deployed', board)).toEqual([]);
  });

  it('flags a served model that training never produces, even with a registry after training', () => {
    const board = sketch([
      ['t', 'training'], ['repo', 'model-registry'], ['m', 'trained-model'], ['user', 'client'], ['svc', 'prediction-service'],
    ], ['t -> repo', 'user -> svc', 'm -> svc']);
    expect(flagged('serving-model-deployed', board)[0].nodeIds).toEqual(['repo', 'm']);
  });
});

describe('pattern rules', () => {
  it('accepts an index filled by the encoder directly (chapter 6: indexed video embeddings)', () => {
    const board = withEdges(withoutEdges(annBoard(), 'indexer -> index'), 'encoder -> index');
    expect(flagged('pattern-index-fed', board)).toEqual([]);
  });

  it('does not count the query-side embedding service as filling the index', () => {
    const board = withEdges(withoutEdges(annBoard(), 'indexer -> index'), 'embed -> index');
    expect(flagged('pattern-index-fed', board)).toHaveLength(1);
  });

  it('flags each candidate generator that no ranking follows, not the ones that are ranked', () => {
    const board = sketch([
      ['a', 'candidate-generation', 'Popular'], ['b', 'candidate-generation', 'Relevant'], ['r', 'ranking', 'Scoring'],
    ], ['a -> r']);
    expect(flagged('pattern-candidates-ranked', board).map((f) => f.nodeIds)).toEqual([['b']]);
  });

  it('accepts a batch scoring job as the step that scores the candidates (chapter 11: FoF → scoring service)', () => {
    const board = sketch([['fof', 'candidate-generation', 'FoF service'], ['score', 'batch-prediction', 'Scoring service']],
      ['fof -> score']);
    expect(flagged('pattern-candidates-ranked', board)).toEqual([]);
  });

  it('accepts re-ranking rules written in the notes', () => {
    const board = sketch([['rr', 'reranking', 'Re-ranking']]);
    expect(flagged('pattern-reranking-rules', board)).toHaveLength(1);
    board.nodes[0].data.notes = 'Drop listings in other cities';
    expect(flagged('pattern-reranking-rules', board)).toEqual([]);
  });
});

describe('monitoring rules', () => {
  it('does not count monitors connected only to each other', () => {
    const board = sketch([['d', 'monitoring-dashboard'], ['a', 'alerting']], ['d -> a']);
    expect(flagged('monitoring-watched', board)[0].message).toMatch(/not connected to serving/);
  });

  it('accepts a monitoring card with both operational and ML metrics', () => {
    const board = sketch([['c', 'monitoring-card', 'Monitoring', { operationalMetrics: 'p99 latency', mlMetrics: 'prediction drift' }]]);
    expect(flagged('monitoring-watched', board)).toEqual([]);
    expect(flagged('monitoring-watched', withField(board, 'c', 'mlMetrics', ''))).toHaveLength(1);
  });

  it('accepts human review of low-confidence posts as the feedback loop (chapter 5)', () => {
    const board = sketch([
      ['user', 'client'], ['svc', 'prediction-service'], ['review', 'human-review', 'Posts that need manual review'],
      ['ds', 'dataset'], ['t', 'training'],
    ], ['user -> svc', 'svc -> review', 'review -> ds', 'ds -> t']);
    expect(flagged('monitoring-feedback-loop', board)).toEqual([]);
  });

  it('flags logs that serving writes but nothing reads back into training', () => {
    const board = sketch([['user', 'client'], ['svc', 'prediction-service'], ['log', 'logging'], ['t', 'training']],
      ['user -> svc', 'svc -> log']);
    expect(flagged('monitoring-feedback-loop', board)[0].nodeIds).toEqual(['log', 't']);
  });

  it('takes fresh labels from any source for kinds whose labels are not user reactions (a forecaster\'s sales feed)', () => {
    const board = sketch([
      ['frame', 'framing', 'ML framing', { problemKind: 'forecasting' }], ['user', 'client'], ['svc', 'prediction-service'],
      ['model', 'trained-model'], ['sales', 'data-source', 'Sales feed'], ['ds', 'dataset'], ['t', 'training'],
    ], ['user -> svc', 'svc <-> model', 'sales => ds', 'ds => t', 't => model']);
    expect(flagged('monitoring-feedback-loop', board)).toEqual([]);
    const ranking = withField(board, 'frame', 'problemKind', 'ranking');
    expect(flagged('monitoring-feedback-loop', ranking)).toHaveLength(1);
  });

  it('does not ask a design that prompts a hosted LLM for training, a loss or a training dataset', () => {
    const board = sketch([
      ['frame', 'framing', 'ML framing', { problemKind: 'generation' }], ['user', 'client'], ['svc', 'prediction-service'],
      ['llm', 'llm', 'LLM', { hosting: 'hosted API' }], ['log', 'logging'],
    ], ['user -> svc', 'svc <-> llm', 'svc ~> log']);
    for (const id of ['model-training', 'model-loss', 'model-dataset', 'model-training-details', 'monitoring-feedback-loop']) {
      expect(flagged(id, board), id).toEqual([]);
    }
    // The same design with a model of its own instead of the LLM must show how that model is trained.
    expect(flagged('model-training', withNodes(withoutNodes(board, 'llm'), [['m', 'trained-model']], ['m <-> svc']))).toHaveLength(1);
  });
});
