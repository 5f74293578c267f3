// Chapter 7, Event Recommendation System. Figure 7.20, plus interaction logging and monitoring.
import { batch, both, box, group, request, stream, type TemplateSpec } from './spec';

export const eventRecommendation: TemplateSpec = {
  id: 'event-recommendation',
  cards: {
    requirements: {
      businessObjective: 'Increase ticket sales.',
      features: 'Recommend events; users register (free or paid) and invite friends; friendships are two-way; location is shared.',
      data: 'Users, events, friendships and interactions; no hand labels, so labels come from interactions.',
      constraints: 'Events are short-lived (constant cold start); external map APIs give distance and travel time.',
      scale: '~1 million events per month; 1 million daily active users.',
      performance: 'Recommendations ranked when the user opens the app (online).',
    },
    framing: {
      mlObjective: 'Maximize the number of event registrations.',
      input: 'A user',
      output: 'Top-k events ranked by relevance',
      mlCategory: 'Pointwise learning to rank: binary classifier on <user, event>',
      problemKind: 'ranking',
    },
    data: {
      sources: 'Users, Events (host, category, description, price, location, time), Friendship, Interactions (impression, register, invite)',
      storage: 'Structured tables; static features in a feature store; dynamic raw data read at request time',
      labels: 'Natural labels: <user, event> = 1 if the user registered, else 0',
    },
    features: {
      features: 'Location (walk score, same city, distance), time (remaining time, travel time, day/hour profile), social (friends registered, invites, host is a friend), user (age, gender), event (price, description similarity)',
      engineering: "Bucketize distance, time and price; similarity to the user's history; batch vs streaming features; decay factor",
    },
    model: {
      model: 'XGBoost (GBDT) baseline, then a neural network (supports continual learning)',
      baseline: 'Popular events near the user, by date',
      dataset: '<user, event> pairs labelled 1 if registered else 0; undersample negatives or focal loss',
      loss: 'Binary cross-entropy',
      training: 'Online learning: fine-tune continually on new registrations',
    },
    evaluation: {
      offlineMetrics: 'mAP (binary relevance)',
      onlineMetrics: 'CTR, conversion rate, bookmark rate, revenue lift',
    },
    serving: {
      predictionMode: 'online (features computed per <user, event> pair at request time)',
      deployment: 'cloud',
      compression: 'Not needed for GBDT or a small network',
      testing: 'Evaluator before Deploy; A/B test on conversion rate',
    },
    monitoring: {
      operationalMetrics: 'Ranking latency, feature computation time',
      mlMetrics: 'CTR, conversion rate, feature drift',
      retraining: 'Continual, through the online learning pipeline',
    },
  },
  groups: [
    group('online-learning-pipeline', 'Online learning pipeline', [
      box('data-source', 'data-source', 'Data source', { dataType: 'structured' }),
      box('dataset-construction', 'dataset-construction', 'Dataset construction', {
        labels: '1 if registered, else 0', imbalance: 'undersampling or focal loss',
      }),
      box('training-dataset', 'dataset', 'Training dataset'),
      box('learner', 'training', 'Learner', { schedule: 'continual' }),
      box('trained-model', 'trained-model', 'Trained ML model', { architecture: 'GBDT, then a neural network' }),
      box('model-repository', 'model-registry', 'Model repository'),
      box('evaluator', 'offline-evaluation', 'Evaluator', { metrics: 'mAP' }),
      box('deploy', 'deploy', 'Deploy'),
    ]),
    group('prediction-pipeline', 'Prediction pipeline', [
      box('query-user', 'client', 'Query user'),
      box('event-filtering', 'candidate-generation', 'Event filtering', {
        strategy: 'simple rules: location, user filters ("concerts only")', output: 'candidate events',
      }),
      box('events-data', 'database', 'Events data', { contents: '~1 M events' }),
      box('ranking', 'ranking', 'Ranking service', { model: 'binary classifier', output: 'top k' }),
      box('serving-model', 'trained-model', 'Trained ML model (deployed)'),
      box('feature-computation', 'online-feature-computation', 'Feature computation', {
        features: 'per <user, event> pair',
      }),
      box('feature-store', 'feature-store', 'Feature store', { features: 'static features' }),
      box('raw-data', 'data-source', 'Raw data', { dataType: 'structured' }, 'For dynamic features.'),
      box('top-k', 'results', 'Top k events'),
    ]),
    group('monitoring-group', 'Monitoring and feedback', [
      box('interaction-logs', 'logging', 'Interaction logs', { events: 'impressions, registrations, invites' }),
      box('dashboard', 'monitoring-dashboard', 'Monitoring dashboard', {
        operationalMetrics: 'latency', mlMetrics: 'CTR, conversion rate',
      }),
    ]),
  ],
  arrows: [
    batch('data-source', 'dataset-construction'),
    batch('dataset-construction', 'training-dataset'),
    batch('training-dataset', 'learner'),
    batch('learner', 'trained-model'),
    batch('trained-model', 'model-repository'),
    batch('trained-model', 'evaluator'),
    batch('evaluator', 'deploy'),
    batch('deploy', 'serving-model'),
    request('query-user', 'event-filtering'),
    request('events-data', 'event-filtering'),
    request('event-filtering', 'ranking', 'candidate events'),
    both('ranking', 'serving-model'),
    both('ranking', 'feature-computation'),
    request('feature-store', 'feature-computation', 'static features'),
    request('raw-data', 'feature-computation', 'dynamic features'),
    request('ranking', 'top-k'),
    stream('top-k', 'interaction-logs', 'impressions, registrations'),
    batch('interaction-logs', 'data-source'),
    stream('ranking', 'dashboard', 'latency'),
    stream('interaction-logs', 'dashboard', 'CTR, conversions'),
  ],
};
