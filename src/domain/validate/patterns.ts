// Cross-chapter design patterns: ANN search needs an index built by an indexing pipeline, candidates are ranked,
// online and training features share one store, re-ranking applies business rules.
import { CATALOG, type ComponentKind } from '../catalog';
import { UNKNOWN_KIND } from './board-graph';
import { defineRule, type Issue, type Rule, type RuleContext } from './engine';
import {
  ids, isServiceKind, labelOf, listLabels, requestReach, roleTest, servingDataInputs, trainingDataInputs, withAnyRole,
} from './derived';
import { positionsOf, reach, type KindTest } from './graph';
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

/** Two labels per node, or MANY when more than two reach it. */
const NONE = -1;
const MANY = -2;

/**
 * For each node, the sources that reach it going forward through kinds that pass the test: up to two source positions
 * per node (found[2i], found[2i + 1]), or MANY once a third arrives. One walk from every source at once; a node is
 * visited again only when it learns a new source, at most three times, so the cost stays linear.
 */
function sourcesReaching(ctx: RuleContext, sources: readonly number[], canPass: (k: ComponentKind) => boolean): Int32Array {
  const found = new Int32Array(2 * ctx.nodes.length).fill(NONE);
  const { offset, to } = ctx.graph.out;
  const { kinds } = ctx.graph;
  const passes = Uint8Array.from(CATALOG, (k) => (canPass(k) ? 1 : 0));
  const stack: number[] = [];
  const learn = (i: number, s: number) => {
    const a = found[2 * i];
    const b = found[2 * i + 1];
    if (a === s || b === s || b === MANY) return;
    if (a === NONE) found[2 * i] = s;
    else if (b === NONE) found[2 * i + 1] = s;
    else found[2 * i + 1] = MANY;
    stack.push(i, s);
  };
  for (const s of sources) learn(s, s);
  while (stack.length) {
    const s = stack.pop()!;
    const i = stack.pop()!;
    if (i !== s && (kinds[i] === UNKNOWN_KIND || !passes[kinds[i]])) continue;
    for (let k = offset[i]; k < offset[i + 1]; k++) learn(to[k], s);
  }
  return found;
}

const labelsAt = (found: Int32Array, i: number): number[] => [found[2 * i], found[2 * i + 1]].filter((x) => x !== NONE);

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
    const isEncoderKind = (k: ComponentKind) => k.roles.includes('embedding') && k.roles.includes('model');
    const encoders = positionsOf(ctx, isEncoderKind);
    if (encoders.length < 2) return [];
    const reached = requestReach(ctx);
    const { kinds } = ctx.graph;
    const isEncoder = (i: number) => kinds[i] !== UNKNOWN_KIND && isEncoderKind(CATALOG[kinds[i]]);
    const indexing = (i: number) => kinds[i] !== UNKNOWN_KIND && (CATALOG[kinds[i]] as ComponentKind).roles.includes('indexing');
    // Query side: encoders the request reaches, or joined to a component it passes through (not the indexer).
    const queryEncoders = new Set<number>();
    const { offset, to } = ctx.graph.both;
    for (let i = 0; i < ctx.nodes.length; i++) {
      if (!reached.bits[i]) continue;
      if (isEncoder(i)) queryEncoders.add(i);
      else if (!indexing(i)) for (let k = offset[i]; k < offset[i + 1]; k++) if (isEncoder(to[k])) queryEncoders.add(to[k]);
    }
    if (queryEncoders.size === 0) return [];
    const searched = positionsOf(ctx, (k) => k.roles.includes('index')).filter((i) => reached.bits[i]
      || ctx.neighbours(ctx.nodes[i].id).some((id) => reached.has(id) && ctx.hasRole(ctx.node(id)!, 'ann')));
    if (searched.length === 0) return [];
    const feeders = sourcesReaching(ctx, encoders, (k) => !isServiceKind(k));
    // Where each encoder comes from: the training runs and registries upstream of it through the model step.
    let origins: Int32Array | undefined; // walked only when two encoders disagree
    const shareOrigin = (encs: readonly number[]) => {
      origins ??= sourcesReaching(ctx, positionsOf(ctx, roleTest('training', 'registry')),
        (k) => k.step === 'model' || k.step === 'evaluation' || k.roles.includes('deploy'));
      const sets = encs.map((e) => labelsAt(origins!, e));
      if (sets.some((set) => set.includes(MANY))) return true; // too many to tell: give the benefit of the doubt
      return sets[0].some((o) => sets.every((set) => set.includes(o)));
    };
    const issues: Issue[] = [];
    for (const i of searched) {
      const fed = labelsAt(feeders, i);
      if (fed.length === 0 || fed.includes(MANY) || fed.some((e) => queryEncoders.has(e))) continue;
      const query = [...queryEncoders];
      if (shareOrigin([...fed, ...query])) continue;
      const index = ctx.nodes[i];
      const fedNodes = fed.map((e) => ctx.nodes[e]);
      const queryNodes = query.map((e) => ctx.nodes[e]);
      issues.push({
        message: `"${labelOf(index)}" is filled with embeddings from ${listLabels(fedNodes)}, but queries are embedded by ${listLabels(queryNodes)}. Embeddings from different encoders are not comparable: embed the items and the queries with the same encoder (or the two towers of one model), and re-embed the index when it changes.`,
        nodeIds: [index.id, ...ids(fedNodes), ...ids(queryNodes)],
      });
    }
    return issues;
  },
});

export const PATTERN_RULES: readonly Rule[] = [
  checkAnnHasIndex, checkIndexIsFed, checkSameEncoder, checkCandidatesRanked, checkSharedFeatureStore, checkRerankingRules,
];
