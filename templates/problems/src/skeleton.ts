// The parts most reference designs share, drawn once: data sources into dataset construction, a training pipeline
// that evaluates and registers the model, the served model, and logs that flow back into the data and feed a
// dashboard. Each problem adds its own serving path and the components it is about.
import { batch, both, box, group, stream, type ArrowSpec, type BoxSpec, type Cards, type GroupSpec, type TemplateSpec } from '../../src/spec';

export interface Skeleton {
  cards: Cards;
  /** Raw data: the first one also receives the logs (the feedback loop). */
  sources: BoxSpec[];
  /** Extra data-preparation boxes (features, stores), wired by `arrows`. */
  preparation?: BoxSpec[];
  /** How dataset construction labels examples. */
  labels: string;
  training: { approach: string; schedule: string };
  offlineMetrics: string;
  /** The served model (trained-model kind), placed in the serving group. */
  model: BoxSpec;
  /** The client and the services of the prediction pipeline. */
  serving: BoxSpec[];
  /** Key of the service that runs the model. */
  servedBy: string;
  /** Key of the serving component whose outcomes are logged. */
  loggedFrom: string;
  logEvents: string;
  dashboard: { operationalMetrics: string; mlMetrics: string };
  arrows: ArrowSpec[];
  groups?: GroupSpec[];
}

export function skeleton(s: Skeleton): Omit<TemplateSpec, 'id'> {
  const groups: GroupSpec[] = [
    group('data-pipeline', 'Data pipeline', [
      ...s.sources,
      ...(s.preparation ?? []),
      box('dataset-construction', 'dataset-construction', 'Dataset construction', { labels: s.labels }),
      box('training-dataset', 'dataset', 'Training dataset'),
    ]),
    group('training-pipeline', 'Training pipeline', [
      box('training', 'training', 'Model training', s.training),
      box('evaluator', 'offline-evaluation', 'Offline evaluation', { metrics: s.offlineMetrics }),
      box('registry', 'model-registry', 'Model registry'),
    ]),
    group('prediction-pipeline', 'Prediction pipeline', [...s.serving, s.model]),
    ...(s.groups ?? []),
    group('monitoring-group', 'Monitoring and feedback', [
      box('logs', 'logging', 'Prediction and outcome logs', { events: s.logEvents }),
      box('dashboard', 'monitoring-dashboard', 'Monitoring dashboard', s.dashboard),
    ]),
  ];
  const arrows: ArrowSpec[] = [
    ...s.arrows,
    batch('dataset-construction', 'training-dataset'),
    batch('training-dataset', 'training'),
    batch('training', 'evaluator'),
    batch('evaluator', 'registry', 'if better than the current model'),
    batch('registry', s.model.key, 'deploy'),
    both(s.servedBy, s.model.key),
    stream(s.loggedFrom, 'logs', 'predictions and outcomes'),
    batch('logs', s.sources[0].key, 'fresh labels'),
    stream(s.servedBy, 'dashboard', 'latency'),
    stream('logs', 'dashboard', 'quality'),
  ];
  return { cards: s.cards, groups, arrows };
}
