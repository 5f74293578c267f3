// Step 6, deployment and serving: a request path to a service that uses the trained model, a way for new models
// to reach serving, and the prediction mode.
import { defineRule, type Rule } from './engine';
import { missingCardAnswer } from './cards';
import {
  agree, ids, isServiceKind, listLabels, requestReach, servedModels, services, servingSide, trainingReach, withAnyRole,
} from './derived';
import { positionsOf, reachFrom } from './graph';
import { isAnswered } from './text';

export const checkRequestPath = defineRule({
  id: 'serving-request-path',
  step: 'serving',
  severity: 'error',
  title: 'A request path leads from the client to a prediction service',
  rationale:
    'The prediction pipeline is the heart of the book\'s serving diagrams: a user or app sends a request that '
    + 'flows (following the arrows) to a prediction, retrieval or ranking service.',
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
    return [{
      message: `No request path leads from ${listLabels(clients)} to a prediction, retrieval or ranking service. Draw the arrows a request follows (client → service), so the interviewer sees how a prediction is served.`,
      nodeIds: [...ids(clients), ...ids(all)],
    }];
  },
});

export const checkServingUsesModel = defineRule({
  id: 'serving-uses-model',
  step: 'serving',
  severity: 'error',
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
