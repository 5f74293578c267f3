// Step 3, data preparation: raw data flows through preparation into training; labels and features are explained.
import type { BoardNode } from '../board/types';
import type { KindId, Role } from '../catalog';
import { defineRule, type Rule, type RuleContext } from './engine';
import { missingCardAnswer } from './cards';
import { agree, ids, isDataKind, listLabels, trainingDataInputs, withAnyRole } from './derived';
import { reach, type KindTest } from './graph';
import { isAnswered } from './text';

/** Where raw data starts: a data source or event stream, or a raw store (data lake, database, object storage). */
export const isRawDataKind: KindTest = (k) => k.family === 'component' && (
  k.roles.includes('source')
  || (k.step === 'data' && k.roles.includes('storage') && !k.roles.includes('feature-store') && !k.roles.includes('dataset')));

export function rawDataNodes(ctx: RuleContext): BoardNode[] {
  return ctx.memo('rawData', () => ctx.whereKind(isRawDataKind));
}

/** Roles of the stages that turn raw data into training examples. */
const PREPARATION_ROLES: readonly Role[] = ['processing', 'feature-computation', 'features', 'feature-store', 'dataset', 'labels'];

export const checkDataPipeline = defineRule({
  id: 'data-pipeline',
  step: 'data',
  severity: 'error',
  title: 'Raw data flows through preparation into training',
  rationale:
    'Data engineering and feature engineering are half of the book\'s data step: the board must show where raw data '
    + 'comes from and how it becomes features or a dataset that training reads. The path follows the arrows (two-way '
    + 'arrows count both ways) through data-preparation components.',
  find(ctx) {
    const raw = rawDataNodes(ctx);
    const training = ctx.withRole('training');
    if (raw.length === 0) {
      return [{
        message: 'No data source is drawn. Add where the raw data comes from (users, items, interaction logs, a data lake) and connect it to training: the model is only as good as the data it learns from.',
        nodeIds: ids(training),
      }];
    }
    const fromRaw = reach(ctx, isRawDataKind, 'forward', isDataKind);
    const stages = ctx.whereKind((k) =>
      k.family === 'component' && k.step === 'data' && PREPARATION_ROLES.some((role) => k.roles.includes(role)));
    if (training.length === 0) {
      if (stages.some((s) => fromRaw.has(s.id))) return [];
      return [{
        message: `The data sources (${listLabels(raw)}) do not lead to any processing, feature or dataset step. Show how raw data is cleaned and turned into features or training examples.`,
        nodeIds: ids(raw),
      }];
    }
    const intoTraining = trainingDataInputs(ctx);
    if (stages.some((s) => fromRaw.has(s.id) && intoTraining.has(s.id))) return [];
    return [{
      message: `No path leads from the data sources (${listLabels(raw)}) through a processing, feature or dataset step to ${listLabels(training)}. Draw source → storage or processing → features or dataset → training, so the interviewer sees how raw data becomes training examples.`,
      nodeIds: [...ids(raw), ...ids(training)],
    }];
  },
});

/** Label sources and the field that says how labels are obtained ('' when presence alone is enough). */
const LABEL_FIELDS: Partial<Record<KindId, string>> = { labeling: 'method', 'dataset-construction': 'labels', 'human-review': '' };

export const checkLabels = defineRule({
  id: 'data-labels',
  step: 'data',
  severity: 'error',
  title: 'Labels and how they are obtained are stated',
  rationale:
    'Supervised models need labels; the book asks whether they come from hand labelling or natural labelling '
    + '(user actions), because that sets the data volume, cost, noise and delay.',
  find(ctx) {
    if (ctx.cardField('data-card', 'labels').text) return [];
    const labelNodes: BoardNode[] = [];
    for (const [kind, key] of Object.entries(LABEL_FIELDS) as [KindId, string][]) {
      for (const node of ctx.ofKind(kind)) {
        if (key === '' || isAnswered(ctx.field(node, key)) || (kind === 'labeling' && isAnswered(node.data.notes))) return [];
        labelNodes.push(node);
      }
    }
    const card = ctx.ofKind('data-card')[0];
    const where = labelNodes.length
      ? `${listLabels(labelNodes)} ${agree(labelNodes, 'does', 'do')} not say how labels are obtained`
      : card ? 'The Data card does not say where labels come from' : 'Nothing on the board says where labels come from';
    return [{
      message: `${where}. State hand labelling or natural labels from user actions (e.g. "clicked within t seconds = positive"): it decides how much labelled data you get and how noisy it is.`,
      nodeIds: [...ids(labelNodes), ...(card ? [card.id] : [])],
    }];
  },
});

/** Components whose field describes feature engineering. */
const FEATURE_FIELDS: Partial<Record<KindId, string>> = {
  'batch-feature-computation': 'features', 'online-feature-computation': 'features', 'feature-store': 'features',
  preprocessing: 'operations', augmentation: 'operations',
};

export const checkFeatures = defineRule({
  id: 'data-features',
  step: 'data',
  severity: 'warning',
  title: 'Features and their engineering are described',
  rationale:
    'Feature engineering (which signals are predictive, and how they are scaled, bucketed, encoded or embedded) is '
    + 'where the book spends most of each data section.',
  find(ctx) {
    if (ctx.cardField('features-card', 'features').text || ctx.cardField('features-card', 'engineering').text) return [];
    for (const [kind, key] of Object.entries(FEATURE_FIELDS) as [KindId, string][]) {
      if (ctx.ofKind(kind).some((n) => isAnswered(ctx.field(n, key)))) return [];
    }
    const card = ctx.ofKind('features-card')[0];
    return [{
      message: 'Nothing says which features the model uses or how they are engineered. List the predictive features (e.g. user-item affinity, item age) and how each is prepared (scaling, bucketing, one-hot, embeddings) on the Features card or the feature components.',
      nodeIds: card ? [card.id] : ids(withAnyRole(ctx, ['feature-computation', 'feature-store'])),
    }];
  },
});

export const checkDataSourcesNamed = defineRule({
  id: 'data-sources-named',
  step: 'data',
  severity: 'tip',
  title: 'The data sources are named on the Data card',
  rationale:
    'Listing the entities (users, items, interactions) and their storage is how the book starts every data section; '
    + 'it grounds the features that follow.',
  find: (ctx) => missingCardAnswer(ctx, 'data-card', 'sources', 'the data sources',
    'Name the entities you have (users, items, user-item interactions) and where they live: features are built from them.'),
});

export const DATA_RULES: readonly Rule[] = [checkDataPipeline, checkLabels, checkFeatures, checkDataSourcesNamed];
