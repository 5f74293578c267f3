// Step 5, evaluation: an offline metric to compare models, an online metric to judge the system.
import type { BoardNode } from '../board/types';
import type { KindId } from '../catalog';
import { defineRule, type Rule, type RuleContext } from './engine';
import { missingAnswer } from './cards';
import { ids, servedModels, trainingReach, withAnyRole } from './derived';
import { reach } from './graph';
import { isAnswered } from './text';

function metricAnswer(ctx: RuleContext, cardKey: string, nodeKind: KindId): { ok: boolean; nodes: BoardNode[] } {
  const nodes = [...ctx.ofKind(nodeKind)];
  const ok = !!ctx.cardField('evaluation-card', cardKey).text || nodes.some((n) => isAnswered(ctx.field(n, 'metrics')));
  return { ok, nodes };
}

export const checkOfflineMetric = defineRule({
  id: 'evaluation-offline-metric',
  step: 'evaluation',
  severity: 'error',
  title: 'An offline metric is chosen',
  rationale:
    'Offline metrics (ROC-AUC, mAP, nDCG, MRR…) compare candidate models before launch; the book expects one chosen '
    + 'to fit the ML category, with a reason.',
  find(ctx) {
    const { ok, nodes } = metricAnswer(ctx, 'offlineMetrics', 'offline-evaluation');
    if (ok) return [];
    const card = ctx.ofKind('evaluation-card')[0];
    const issue = missingAnswer('evaluation-card', card?.id, 'an offline metric',
      'Pick one that fits the ML category (e.g. ROC-AUC for classification, mAP or nDCG for ranking): it is how models are compared before launch.');
    return [{ ...issue, nodeIds: [...(issue.nodeIds ?? []), ...ids(nodes)] }];
  },
});

export const checkOnlineMetric = defineRule({
  id: 'evaluation-online-metric',
  step: 'evaluation',
  severity: 'error',
  title: 'An online metric is chosen',
  rationale:
    'Online metrics (CTR, watch time, revenue lift…) tie the model back to the business objective; offline gains '
    + 'that do not move them are not wins.',
  find(ctx) {
    const { ok, nodes } = metricAnswer(ctx, 'onlineMetrics', 'online-experiment');
    if (ok) return [];
    const card = ctx.ofKind('evaluation-card')[0];
    const issue = missingAnswer('evaluation-card', card?.id, 'an online metric',
      'Pick one the business cares about (e.g. CTR, total watch time, revenue lift): offline gains only count if it moves.');
    return [{ ...issue, nodeIds: [...(issue.nodeIds ?? []), ...ids(nodes)] }];
  },
});

export const checkEvaluationGate = defineRule({
  id: 'evaluation-gate',
  step: 'evaluation',
  severity: 'tip',
  title: 'New models are evaluated before they are deployed',
  rationale:
    'Continual-learning designs (chapters 7 and 8) put an evaluator between training and deployment, so a worse model '
    + 'never reaches users.',
  find(ctx) {
    const gates = withAnyRole(ctx, ['deploy', 'registry']);
    if (ctx.withRole('training').length === 0 || gates.length === 0) return [];
    if (ctx.withRole('deploy').some((n) => isAnswered(ctx.field(n, 'checks')))) return [];
    const afterTraining = trainingReach(ctx);
    const beforeServing = reach(ctx, [...gates, ...servedModels(ctx)], 'backward');
    if (ctx.withRole('offline-eval').some((n) => afterTraining.has(n.id) && beforeServing.has(n.id))) return [];
    return [{
      message: 'Nothing checks a newly trained model before it is deployed. Put an offline evaluation between training and deployment (or list the deploy checks), so a worse model never reaches users.',
      nodeIds: ids(gates),
    }];
  },
});

export const EVALUATION_RULES: readonly Rule[] = [checkOfflineMetric, checkOnlineMetric, checkEvaluationGate];
