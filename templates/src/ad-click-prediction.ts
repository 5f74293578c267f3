// Chapter 8, Ad Click Prediction on Social Platforms. Figure 8.18, plus ad interaction logging and monitoring.
import { batch, box, group, request, stream, type TemplateSpec } from './spec';

export const adClickPrediction: TemplateSpec = {
  id: 'ad-click-prediction',
  cards: {
    requirements: {
      businessObjective: 'Maximize revenue from ads.',
      features: 'Ads shown only in timelines; every click earns the same; ads can repeat; users can hide ads.',
      data: 'Labels from user-ad interactions: positive = click; negative = impression not clicked in time, or hidden.',
      constraints: 'Continual learning required: even a 5-minute delay in updating the model hurts.',
      scale: 'Many users and ads; a constant stream of impressions and clicks; many high-cardinality features.',
      performance: 'Ads ranked online for every timeline request.',
    },
    framing: {
      mlObjective: 'Predict whether an ad will be clicked (maximize click-through rate).',
      input: 'A user',
      output: 'Ads ranked by click probability',
      mlCategory: 'Pointwise learning to rank: binary classifier on <user, ad>',
      problemKind: 'ranking',
    },
    data: {
      sources: 'Ads (ad, advertiser, group and campaign IDs, category, image/video), Users, User-ad interactions (impression, click, conversion, dwell time)',
      storage: 'Raw data in a data lake; new data from a stream; features in a feature store',
      labels: 'Natural labels: positive if clicked within t seconds of the impression, else negative',
    },
    features: {
      features: 'Ad: IDs, image/video, category, impression and click counts. User: demographics, context, clicked ads, engagement stats',
      engineering: 'One embedding layer per ID type; pre-trained SimCLR for image/video; feature crossing for sparse features',
    },
    model: {
      model: 'Logistic regression baseline, then Deep & Cross Network (DCN) and DeepFM',
      baseline: 'Logistic regression on the same features',
      dataset: 'One data point per impression, positive if clicked within t seconds; generated continuously',
      loss: 'Cross-entropy',
      training: 'Continual learning: fine-tune on new data within minutes',
    },
    evaluation: {
      offlineMetrics: 'Cross-entropy (CE) and normalized cross-entropy (NCE)',
      onlineMetrics: 'CTR, conversion rate, revenue lift, hide rate',
    },
    serving: {
      predictionMode: 'online (dynamic features computed per request)',
      deployment: 'cloud',
      compression: 'Not discussed in the chapter',
      testing: 'Model validation before deployment; A/B test on revenue lift',
    },
    monitoring: {
      operationalMetrics: 'Ranking latency, feature freshness, throughput',
      mlMetrics: 'CTR, NCE on recent data, hide rate, feature drift',
      retraining: 'Continual learning pipeline, within minutes',
    },
  },
  groups: [
    group('data-preparation-pipeline', 'Data preparation pipeline', [
      box('new-data-stream', 'event-stream', 'Stream of new data and interactions', { topic: 'new ads, users, interactions' }),
      box('new-data', 'data-source', 'New data'),
      box('data-lake', 'data-lake', 'Data lake'),
      box('batch-features', 'batch-feature-computation', 'Batch feature computation', { features: 'static features' }),
      box('online-features', 'online-feature-computation', 'Online feature computation', { features: 'dynamic features' }),
      box('feature-store', 'feature-store', 'Feature store'),
      box('dataset-generation', 'dataset-construction', 'Dataset generation', {
        labels: 'clicked within t seconds = positive',
      }),
      box('training-dataset', 'dataset', 'Training dataset'),
    ]),
    group('continual-learning-pipeline', 'Continual learning pipeline', [
      box('model-training', 'training', 'Model training', { approach: 'fine-tuning', schedule: 'continual (minutes)' }),
      box('validation-deploy', 'deploy', 'Model validation and deployment', { checks: 'NCE on held-out recent data' }),
      box('model-registry', 'model-registry', 'Model registry'),
    ]),
    group('prediction-pipeline', 'Prediction pipeline', [
      box('user', 'client', 'User'),
      box('candidate-generation', 'candidate-generation', 'Candidate generation service', {
        strategy: "advertisers' targeting criteria (age, gender, country)",
      }),
      box('pool-of-ads', 'database', 'Pool of Ads'),
      box('ranking', 'ranking', 'Ranking service', { model: 'DCN / DeepFM' }),
      box('ml-model', 'trained-model', 'ML model', { architecture: 'DCN / DeepFM' }),
      box('reranking', 'reranking', 'Re-ranking service', {
        rules: 'Heuristics, e.g. diversity: remove very similar ads',
      }),
      box('ranked-ads', 'results', 'Ranked ads', { size: 'Ad_1 ... Ad_k' }),
    ]),
    group('monitoring-group', 'Monitoring and feedback', [
      box('ad-logs', 'logging', 'Ad interaction logs', { events: 'impressions, clicks, hides, conversions' }),
      box('dashboard', 'monitoring-dashboard', 'Monitoring dashboard', {
        operationalMetrics: 'latency, throughput', mlMetrics: 'CTR, NCE, hide rate',
      }),
    ]),
  ],
  arrows: [
    stream('new-data-stream', 'new-data'),
    batch('new-data', 'batch-features'),
    batch('data-lake', 'batch-features'),
    batch('batch-features', 'feature-store'),
    stream('new-data', 'online-features'),
    batch('data-lake', 'online-features'),
    batch('feature-store', 'dataset-generation'),
    batch('online-features', 'dataset-generation'),
    batch('dataset-generation', 'training-dataset'),
    batch('training-dataset', 'model-training'),
    batch('model-training', 'validation-deploy'),
    batch('validation-deploy', 'model-registry'),
    batch('validation-deploy', 'ml-model'),
    request('user', 'candidate-generation'),
    request('pool-of-ads', 'candidate-generation'),
    request('candidate-generation', 'ranking'),
    request('ml-model', 'ranking'),
    request('feature-store', 'ranking'),
    request('online-features', 'ranking'),
    request('ranking', 'reranking'),
    request('reranking', 'ranked-ads'),
    stream('ranked-ads', 'ad-logs', 'impressions, clicks, hides'),
    stream('ad-logs', 'new-data-stream'),
    stream('ranking', 'dashboard', 'latency'),
    stream('ad-logs', 'dashboard', 'CTR, hide rate'),
  ],
};
