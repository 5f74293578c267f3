// Step 6, deployment and serving: a request path to a service that uses the trained model, a way for new models
// to reach serving, and the prediction mode.
import type { BoardNode } from '../board/types';
import { defineRule, type Rule, type RuleContext } from './engine';
import { missingCardAnswer } from './cards';
import {
  agree, carriesRequest, ids, isServiceKind, listLabels, requestReach, servedModels, services, servingSide, trainingReach, withAnyRole,
} from './derived';
import { positionsOf, reachFrom } from './graph';
import { isAnswered } from './text';

export const checkRequestPath = defineRule({
  id: 'serving-request-path',
  step: 'serving',
  severity: 'error',
  blocking: true,
  title: 'A request path leads from the client to a prediction service',
  rationale:
    'The prediction pipeline is the heart of the book\'s serving diagrams: a user or app sends a request that '
    + 'flows along request arrows to a prediction, retrieval or ranking service. Batch and streaming data flows and '
    + 'the feedback loop do not carry a request: a client that only logs events into a stream has not asked for a '
    + 'prediction.',
  find(ctx) {
    const clients = ctx.withRole('client');
    const all = services(ctx);
    if (clients.length === 0) {
      return [{
        message: 'No client is drawn. Add the user or app that sends requests and draw its request to the prediction service: the prediction pipeline starts there.',
        nodeIds: ids(all),
      }];
    }
    if (all.length === 0) {
      return [{
        message: 'No prediction, retrieval or ranking service answers the client. Add the service that turns a request into predictions.',
        nodeIds: ids(clients),
      }];
    }
    const reached = requestReach(ctx);
    if (all.some((s) => reached.has(s.id))) return [];
    const stops = requestStops(ctx);
    const dataFlows = ctx.edges.filter((e) => e.type !== 'request' && stops.some((n) => n.id === e.source));
    const dataNote = dataFlows.length
      ? ` ${dataFlows.length === 1 ? 'Its arrow' : 'Its arrows'} to ${listLabels(dataFlows.map((e) => ctx.node(e.target)!))} ${agree(dataFlows, 'carries', 'carry')} ${dataFlows.every((e) => e.type === 'stream') ? 'streaming' : 'batch or streaming'} data, which a request does not follow.`
      : '';
    return [{
      message: `The request from ${listLabels(clients.filter((c) => !stops.includes(c)).length ? clients.filter((c) => !stops.includes(c)) : clients)} stops at ${listLabels(stops)}: no request arrow leads on from there to a prediction, retrieval or ranking service (${listLabels(all)}).${dataNote} Draw the request arrow to the service (request/response kind), so a prediction can actually be served.`,
      nodeIds: [...ids(stops), ...ids(all)],
    }];
  },
});

/** Where a request stops: reached nodes that carry requests but have no request arrow on to another such node. */
function requestStops(ctx: RuleContext): BoardNode[] {
  const reached = requestReach(ctx);
  const { offset, to } = ctx.graph.request;
  const carries = (i: number) => {
    const kind = ctx.kindOf(ctx.nodes[i]);
    return !!kind && (carriesRequest(kind) || kind.roles.includes('client'));
  };
  const stops = ctx.nodes.filter((_, i) => {
    if (!reached.bits[i] || !carries(i)) return false;
    for (let k = offset[i]; k < offset[i + 1]; k++) if (carries(to[k]) && to[k] !== i) return false;
    return true;
  });
  return stops.length ? stops : [...ctx.withRole('client')];
}

export const checkServingUsesModel = defineRule({
  id: 'serving-uses-model',
  step: 'serving',
  severity: 'error',
  blocking: true,
  title: 'The serving side uses the trained model',
  rationale:
    'A prediction service that is not connected to a model predicts nothing; the book draws the trained model next '
    + 'to the service (or the batch job) that calls it.',
  find(ctx) {
    const reached = requestReach(ctx);
    const reachedServices = services(ctx).filter((s) => reached.has(s.id));
    if (reachedServices.length === 0 || servedModels(ctx).length > 0) return [];
    return [{
      message: `${listLabels(reachedServices)} ${agree(reachedServices, 'is', 'are')} not connected to any trained model. Connect the service (or the batch job whose results it reads) to the model it runs, so the prediction path actually uses the model you trained.`,
      nodeIds: [...ids(reachedServices), ...ids(ctx.withRole('model'))],
    }];
  },
});

export const checkModelDeployed = defineRule({
  id: 'serving-model-deployed',
  step: 'serving',
  severity: 'warning',
  title: 'Trained models reach serving through a registry or deploy step',
  rationale:
    'Production systems version models and promote them deliberately (training → registry or validation & deploy → '
    + 'serving); it is how retraining reaches users and how a bad model is rolled back.',
  find(ctx) {
    const served = servedModels(ctx);
    if (ctx.withRole('training').length === 0 || served.length === 0) return [];
    const afterTraining = trainingReach(ctx);
    const side = servingSide(ctx);
    const servedIds = new Set(ids(served));
    const seeds = [...positionsOf(ctx, isServiceKind, side), ...served.map((m) => ctx.graph.index.get(m.id)!)];
    const beforeServing = reachFrom(ctx, seeds, 'backward');
    const gates = withAnyRole(ctx, ['registry', 'deploy']);
    const ok = gates.some((g) => afterTraining.has(g.id)
      && (beforeServing.has(g.id) || ctx.neighbours(g.id).some((id) => servedIds.has(id))));
    if (ok) return [];
    return [{
      message: gates.length === 0
        ? `Nothing takes a newly trained model to serving. Add a model registry or a validation & deploy step between training and ${listLabels(served)}, so retrained models are versioned and rolled out deliberately.`
        : `${listLabels(gates)} ${agree(gates, 'is', 'are')} not on the way from training to the model serving uses (${listLabels(served)}). Connect training → registry or deploy → served model, so retrained models actually reach users.`,
      nodeIds: [...ids(gates), ...ids(served)],
    }];
  },
});

export const checkPredictionMode = defineRule({
  id: 'serving-prediction-mode',
  step: 'serving',
  severity: 'warning',
  title: 'Batch or online prediction is stated',
  rationale:
    'Batch vs online prediction is the book\'s main serving decision: precomputing (chapters 3 and 11) trades '
    + 'freshness for latency, online prediction (chapter 8) allows dynamic features.',
  find(ctx) {
    if (ctx.cardField('serving-card', 'predictionMode').text) return [];
    if (ctx.ofKind('prediction-service').some((n) => isAnswered(ctx.field(n, 'predictionMode')))) return [];
    if (ctx.withRole('batch-prediction').length > 0) return [];
    return missingCardAnswer(ctx, 'serving-card', 'predictionMode', 'whether predictions are made online or in batch',
      'Say which and why: batch precomputes results cheaply but goes stale, online is fresh but must meet the latency budget.');
  },
});

export const checkTestInProduction = defineRule({
  id: 'serving-test-in-production',
  step: 'serving',
  severity: 'tip',
  title: 'How a new model is tested in production is stated',
  rationale:
    'Shadow deployment and A/B testing are how the book says a new model proves itself on live traffic before '
    + 'replacing the old one.',
  find(ctx) {
    if (ctx.cardField('serving-card', 'testing').text || ctx.withRole('online-eval').length > 0) return [];
    return missingCardAnswer(ctx, 'serving-card', 'testing', 'how a new model is tested in production',
      'Mention shadow deployment or an A/B test: it is how a new model proves itself on live traffic.');
  },
});

export const checkDeploymentTarget = defineRule({
  id: 'serving-deployment-target',
  step: 'serving',
  severity: 'tip',
  title: 'Cloud or on-device deployment is stated',
  rationale:
    'Cloud vs on-device is the first deployment question in the book (latency, cost, privacy, hardware limits).',
  find(ctx) {
    if (ctx.cardField('serving-card', 'deployment').text || ctx.ofKind('on-device-model').length > 0) return [];
    return missingCardAnswer(ctx, 'serving-card', 'deployment', 'where the model runs (cloud or on-device)',
      'Say which and why: it trades network latency, cost and privacy against hardware limits.');
  },
});

export const SERVING_RULES: readonly Rule[] = [
  checkRequestPath, checkServingUsesModel, checkModelDeployed, checkPredictionMode, checkTestInProduction,
  checkDeploymentTarget,
];
