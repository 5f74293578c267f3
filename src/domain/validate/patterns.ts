// Cross-chapter design patterns: ANN search needs an index built by an indexing pipeline, candidates are ranked,
// online and training features share one store, re-ranking applies business rules.
import { defineRule, type Rule } from './engine';
import { ids, isServiceKind, labelOf, roleTest, servingDataInputs, trainingDataInputs, withAnyRole } from './derived';
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
      .filter((ann) => !ctx.neighbours(ann.id).some((id) => ctx.hasRole(ctx.node(id)!, 'index')))
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
      .filter((index) => !filled.has(index.id) && ctx.neighbours(index.id).some((id) => ctx.hasRole(ctx.node(id)!, 'ann')))
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

export const PATTERN_RULES: readonly Rule[] = [
  checkAnnHasIndex, checkIndexIsFed, checkCandidatesRanked, checkSharedFeatureStore, checkRerankingRules,
];
