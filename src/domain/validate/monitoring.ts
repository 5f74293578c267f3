// Step 7, monitoring: serving is watched, and logged interactions flow back to training.
import { defineRule, type Rule } from './engine';
import type { ProblemKind } from '../problem-kinds';
import { agree, ids, isServingComponent, isServingKind, listLabels, ownTraining, roleTest, services, withAnyRole } from './derived';
import { problemOf } from './problem';
import { reach, stronglyConnected } from './graph';

const DRIFT_WORDS = /drift|shift|distribution/i;

export const checkServingWatched = defineRule({
  id: 'monitoring-watched',
  step: 'monitoring',
  severity: 'error',
  title: 'Serving is monitored',
  rationale:
    'Models fail silently in production, mostly through data distribution shift; the book asks what you would watch: '
    + 'operational metrics (latency, throughput) and ML metrics (inputs, outputs, drift, accuracy).',
  find(ctx) {
    const monitors = ctx.withRole('monitor');
    const watching = monitors.filter((m) => ctx.neighbours(m.id).some((id) => {
      const n = ctx.node(id)!;
      return isServingComponent(ctx, n) || ctx.hasRole(n, 'model') || ctx.hasRole(n, 'logging') || ctx.hasRole(n, 'review');
    }));
    if (watching.length > 0) return [];
    const card = ctx.ofKind('monitoring-card')[0];
    if (ctx.cardField('monitoring-card', 'operationalMetrics').text && ctx.cardField('monitoring-card', 'mlMetrics').text) return [];
    if (monitors.length > 0) {
      return [{
        message: `${listLabels(monitors)} ${agree(monitors, 'is', 'are')} not connected to serving, the model or the logs, so ${agree(monitors, 'it watches', 'they watch')} nothing. Connect it to what it monitors, or list operational and ML metrics on the Monitoring card.`,
        nodeIds: [...ids(monitors), ...(card ? [card.id] : [])],
      }];
    }
    return [{
      message: 'Nothing watches the system in production. Add a monitoring dashboard or drift detection fed by serving, or list operational metrics (latency, throughput) and ML metrics (input and output drift, accuracy) on the Monitoring card: data distribution shift is the main reason models fail after launch.',
      nodeIds: card ? [card.id] : [],
    }];
  },
});

/** Problem kinds whose labels are users' reactions to what was served: their fresh labels come from logging serving. */
const REACTION_LABELLED: readonly ProblemKind[] = ['ranking', 'retrieval'];

export const checkFeedbackLoop = defineRule({
  id: 'monitoring-feedback-loop',
  step: 'monitoring',
  severity: 'warning',
  title: 'Fresh labels flow back to training',
  rationale:
    'Retraining on fresh data is the book\'s remedy for distribution shift. For ranking and retrieval the fresh labels '
    + 'are users\' reactions, so a logging node, event stream or review queue fed by serving must lead back to the '
    + 'training data. Other kinds may take fresh labels from elsewhere (the sales feed of a forecaster, chargebacks, '
    + 'reviewers): any label source or data source that keeps feeding training counts. A design that prompts a '
    + 'hosted LLM and trains nothing must still collect feedback (ratings, logs) from serving.',
  find(ctx) {
    const carriers = withAnyRole(ctx, ['logging', 'review']);
    const training = ctx.withRole('training');
    const fromServing = reach(ctx, isServingKind, 'forward');
    if (!ownTraining(ctx)) {
      if (carriers.some((c) => fromServing.has(c.id))) return [];
      return [{
        message: 'Nothing records how answers are received. Add human feedback (thumbs, ratings) or logging fed by serving: it is how a design without its own training finds bad answers and grows its evaluation set.',
        nodeIds: ids(carriers),
      }];
    }
    const toTraining = reach(ctx, training.length > 0 ? roleTest('training') : roleTest('dataset', 'labels'), 'backward');
    if (carriers.some((c) => fromServing.has(c.id) && toTraining.has(c.id))) return [];
    if (!REACTION_LABELLED.includes(problemOf(ctx).kind)) {
      const freshLabels = withAnyRole(ctx, ['source', 'labels', 'review', 'logging', 'time-series']);
      if (freshLabels.some((n) => toTraining.has(n.id))) return [];
      return [{
        message: 'Nothing brings fresh labels to training: no data source, label source or log leads to it. Draw where new outcomes come from (the sales feed, chargebacks, reviewers, logged predictions) and connect it to the training data, so the model is retrained as the world changes.',
        nodeIds: [...ids(carriers), ...ids(training)],
      }];
    }
    return [{
      message: carriers.length === 0
        ? 'No logging or feedback step records what users do with the predictions. Add logging (or an event stream) fed by serving that leads back to the training data, so the model can be retrained on fresh labels when the data shifts.'
        : `${listLabels(carriers)} ${agree(carriers, 'does', 'do')} not carry interactions from serving back to training. Draw serving → logging → data or dataset → training, so the model is retrained on fresh labels when the data shifts.`,
      nodeIds: ids(carriers),
    }];
  },
});

export const checkClosedLoop = defineRule({
  id: 'monitoring-closed-loop',
  step: 'monitoring',
  severity: 'tip',
  title: 'Training and serving form a closed loop',
  rationale:
    'The ideal design is a cycle: serving logs interactions, they become training data, training produces a model, '
    + 'the model is deployed back to serving. That is continual learning, as in chapters 7 and 8.',
  find(ctx) {
    const training = ctx.withRole('training');
    const served = services(ctx);
    if (training.length === 0 || served.length === 0) return [];
    const component = stronglyConnected(ctx);
    const at = (id: string) => component[ctx.graph.index.get(id)!];
    const loops = new Set(training.map((t) => at(t.id)));
    if (served.some((s) => loops.has(at(s.id)))) return [];
    return [{
      message: 'Serving and training do not form a closed loop. Following the arrows from a prediction service through logging and training back to the deployed model shows the system keeps learning.',
      nodeIds: [...ids(training), ...ids(served)],
    }];
  },
});

export const checkDriftWatched = defineRule({
  id: 'monitoring-drift',
  step: 'monitoring',
  severity: 'tip',
  title: 'Data distribution shift is watched',
  rationale:
    'The book names data distribution shift as the main reason a model fails in production; watching input and '
    + 'output distributions tells you when to retrain.',
  find(ctx) {
    if (ctx.withRole('drift').length > 0) return [];
    const texts = [
      ctx.cardField('monitoring-card', 'mlMetrics').text,
      ctx.cardField('monitoring-card', 'retraining').text,
      ...ctx.ofKind('monitoring-dashboard').map((n) => ctx.field(n, 'mlMetrics')),
    ];
    if (texts.some((t) => DRIFT_WORDS.test(t))) return [];
    const card = ctx.ofKind('monitoring-card')[0];
    return [{
      message: 'Nothing watches for data distribution shift. Add drift detection on inputs and predictions (or name it among the ML metrics): shift is the main reason models degrade after launch.',
      nodeIds: card ? [card.id] : [],
    }];
  },
});

export const MONITORING_RULES: readonly Rule[] = [checkServingWatched, checkFeedbackLoop, checkClosedLoop, checkDriftWatched];
