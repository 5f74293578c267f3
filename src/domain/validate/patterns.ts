// Cross-chapter design patterns: ANN search needs an index built by an indexing pipeline, candidates are ranked,
// online and training features share one store, re-ranking applies business rules.
import type { BoardNode } from '../board/types';
import { CATALOG } from '../catalog';
import { UNKNOWN_KIND } from './board-graph';
import { defineRule, type Issue, type Rule, type RuleContext } from './engine';
import {
  ids, isServiceKind, labelOf, listLabels, requestReach, roleTest, servingDataInputs, trainingDataInputs, withAnyRole,
} from './derived';
import { reach, type KindTest } from './graph';
import { isAnswered } from './text';

export const checkAnnHasIndex = defineRule({
  id: 'pattern-ann-index',
  step: 'serving',
  severity: 'error',
  title: 'A nearest neighbour service searches an index',
  rationale:
    'Approximate nearest neighbour search (chapters 2, 4, 6, 9) only works over a prebuilt index of item embeddings; '
    + 'without it, the service has nothing to search.',
  find(ctx) {
    return ctx.withRole('ann')
      .filter((ann) => !ctx.hasRole(ann, 'index') && !ctx.neighbours(ann.id).some((id) => ctx.hasRole(ctx.node(id)!, 'index')))
      .map((ann) => ({
        message: `"${labelOf(ann)}" is not connected to an index table. Connect it to the index of item embeddings it searches: ANN search is fast because the embeddings are indexed ahead of time.`,
        nodeIds: [ann.id],
      }));
  },
});

export const checkIndexIsFed = defineRule({
  id: 'pattern-index-fed',
  step: 'serving',
  severity: 'warning',
  title: 'The index searched by ANN is built by an indexing pipeline',
  rationale:
    'The index must be filled and kept fresh: the book\'s indexing pipelines embed every item with the trained '
    + 'encoder and add new items as they arrive.',
  find(ctx) {
    // One walk forward from every indexer and encoder, through anything but services, finds the indexes they fill.
    const isFeeder: KindTest = (k) => roleTest('indexing', 'model')(k) && !isServiceKind(k);
    const filled = reach(ctx, isFeeder, 'forward', (k) => !isServiceKind(k));
    return ctx.withRole('index')
      .filter((index) => !filled.has(index.id)
        && (ctx.hasRole(index, 'ann') || ctx.neighbours(index.id).some((id) => ctx.hasRole(ctx.node(id)!, 'ann'))))
      .map((index) => ({
        message: `Nothing fills "${labelOf(index)}". Add an indexing service that embeds every item with the trained encoder and writes the index (and keeps it fresh as new items arrive).`,
        nodeIds: [index.id],
      }));
  },
});

export const checkCandidatesRanked = defineRule({
  id: 'pattern-candidates-ranked',
  step: 'serving',
  severity: 'warning',
  title: 'Candidate generation is followed by ranking or scoring',
  rationale:
    'Two-stage recommendation (chapters 6, 7, 8, 10, 11) narrows billions of items cheaply, then scores the few '
    + 'thousand candidates with a heavier model: a ranking service, or a scoring job as in chapter 11\'s batch PYMK.',
  find(ctx) {
    // A ranking service, or any prediction service or batch scoring job downstream, scores the candidates.
    const leadsToScoring = reach(ctx, roleTest('ranking', 'prediction'), 'backward');
    return ctx.ofKind('candidate-generation')
      .filter((c) => !leadsToScoring.has(c.id))
      .map((c) => ({
        message: `"${labelOf(c)}" is not followed by a ranking step. Candidates are cheap to retrieve but coarse: add a ranking service that scores them with a heavier model before they are shown.`,
        nodeIds: [c.id],
      }));
  },
});

export const checkSharedFeatureStore = defineRule({
  id: 'pattern-shared-feature-store',
  step: 'data',
  severity: 'warning',
  title: 'Training and serving read features from one place',
  rationale:
    'When serving computes features online while training reads features from elsewhere, the two drift apart '
    + '(training–serving skew); a shared feature store, or logging the served features, keeps them identical.',
  find(ctx) {
    const intoTraining = trainingDataInputs(ctx);
    const trainingReadsFeatures = withAnyRole(ctx, ['features', 'feature-computation']).some((n) => intoTraining.has(n.id));
    if (!trainingReadsFeatures) return [];
    const intoServing = servingDataInputs(ctx);
    const online = ctx.ofKind('online-feature-computation').filter((n) => intoServing.has(n.id));
    const sharedStore = ctx.withRole('feature-store').some((s) => intoTraining.has(s.id) && intoServing.has(s.id));
    if (sharedStore) return [];
    return online
      .filter((n) => !intoTraining.has(n.id))
      .map((n) => ({
        message: `"${labelOf(n)}" computes features for serving, but training reads its features elsewhere and no feature store feeds both. Features computed twice drift apart (training–serving skew): read both from one feature store, or log the served features and train on them.`,
        nodeIds: [n.id, ...ids(ctx.withRole('feature-store'))],
      }));
  },
});

export const checkRerankingRules = defineRule({
  id: 'pattern-reranking-rules',
  step: 'serving',
  severity: 'warning',
  title: 'Re-ranking names its business rules',
  rationale:
    'Re-ranking is where business logic lives (filter inappropriate or private items, remove near-duplicates, '
    + 'boost fresh or diverse results); a box with no rules tells the interviewer nothing.',
  find(ctx) {
    return ctx.withRole('reranking')
      .filter((n) => !isAnswered(ctx.field(n, 'rules')) && !isAnswered(n.data.notes))
      .map((n) => ({
        message: `"${labelOf(n)}" does not say which business rules it applies. Name them (e.g. remove near-duplicates, filter private or inappropriate items, boost diversity and freshness).`,
        nodeIds: [n.id],
      }));
  },
});

/**
 * For each node, up to two encoders that reach it going forward through anything but services (one walk from every
 * encoder at once; a node is visited again only when it learns a second encoder, so the cost stays linear).
 */
function encodersReaching(ctx: RuleContext, encoders: readonly BoardNode[]): Int32Array {
  const n = ctx.nodes.length;
  const found = new Int32Array(2 * n).fill(-1); // found[2i], found[2i+1]: encoder positions reaching node i
  const { offset, to } = ctx.graph.out;
  const { kinds } = ctx.graph;
  const passes = Uint8Array.from(CATALOG, (k) => (isServiceKind(k) ? 0 : 1));
  const stack: number[] = [];
  const learn = (i: number, e: number) => {
    if (found[2 * i] === e || found[2 * i + 1] === e || found[2 * i + 1] !== -1) return;
    found[found[2 * i] === -1 ? 2 * i : 2 * i + 1] = e;
    stack.push(i, e);
  };
  for (const encoder of encoders) {
    const e = ctx.graph.index.get(encoder.id)!;
    learn(e, e);
  }
  while (stack.length) {
    const e = stack.pop()!;
    const i = stack.pop()!;
    if (i !== e && (kinds[i] === UNKNOWN_KIND || !passes[kinds[i]])) continue;
    for (let k = offset[i]; k < offset[i + 1]; k++) learn(to[k], e);
  }
  return found;
}

export const checkSameEncoder = defineRule({
  id: 'pattern-same-encoder',
  step: 'serving',
  severity: 'error',
  title: 'Queries and the index they search are embedded by the same encoder',
  rationale:
    'Nearest-neighbour search compares a query embedding with item embeddings; embeddings from two unrelated '
    + 'encoders live in different spaces and their distances mean nothing. One encoder (or the two towers of one '
    + 'model, trained together) must embed both.',
  find(ctx) {
    const encoders = ctx.whereKind((k) => k.roles.includes('embedding') && k.roles.includes('model'));
    if (encoders.length < 2) return [];
    const reached = requestReach(ctx);
    const isEncoder = new Set(encoders.map((e) => e.id));
    // Query side: encoders the request reaches, or joined to a component it passes through (not the indexer).
    const queryEncoders = new Set<string>();
    for (const node of ctx.nodes) {
      if (!reached.has(node.id)) continue;
      if (isEncoder.has(node.id)) queryEncoders.add(node.id);
      else if (!ctx.hasRole(node, 'indexing')) for (const id of ctx.neighbours(node.id)) if (isEncoder.has(id)) queryEncoders.add(id);
    }
    if (queryEncoders.size === 0) return [];
    const feeders = encodersReaching(ctx, encoders);
    const searched = ctx.withRole('index').filter((index) => reached.has(index.id)
      || ctx.neighbours(index.id).some((id) => reached.has(id) && ctx.hasRole(ctx.node(id)!, 'ann')));
    const issues: Issue[] = [];
    for (const index of searched) {
      const i = ctx.graph.index.get(index.id)!;
      const fed = [feeders[2 * i], feeders[2 * i + 1]].filter((e) => e >= 0).map((e) => ctx.nodes[e]);
      if (fed.length === 0 || fed.some((e) => queryEncoders.has(e.id))) continue;
      const query = [...queryEncoders].map((id) => ctx.node(id)!);
      if (shareTraining(ctx, [...fed, ...query])) continue;
      issues.push({
        message: `"${labelOf(index)}" is filled with embeddings from ${listLabels(fed)}, but queries are embedded by ${listLabels(query)}. Embeddings from different encoders are not comparable: embed the items and the queries with the same encoder (or the two towers of one model), and re-embed the index when it changes.`,
        nodeIds: [index.id, ...ids(fed), ...ids(query)],
      });
    }
    return issues;
  },
});

/** True when some training or registry node leads to every one of the encoders: towers of one model. */
function shareTraining(ctx: RuleContext, encoders: readonly BoardNode[]): boolean {
  const origins = encoders.map((e) => reach(ctx, [e], 'backward'));
  return withAnyRole(ctx, ['training', 'registry']).some((t) => origins.every((set) => set.has(t.id)));
}

export const PATTERN_RULES: readonly Rule[] = [
  checkAnnHasIndex, checkIndexIsFed, checkSameEncoder, checkCandidatesRanked, checkSharedFeatureStore, checkRerankingRules,
];
