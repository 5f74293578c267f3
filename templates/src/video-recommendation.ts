// Chapter 6, Video Recommendation System. Figure 6.23 (prediction pipeline) with the candidate generation and
// scoring details of Figures 6.24 and 6.26, plus indexing, training and the feedback loop.
import { batch, both, box, group, request, stream, type TemplateSpec } from './spec';

export const videoRecommendation: TemplateSpec = {
  id: 'video-recommendation',
  cards: {
    requirements: {
      businessObjective: 'Increase user engagement with personalized homepage recommendations.',
      features: 'Personalized videos on the homepage; users can like, dislike, watch and search; no playlists.',
      data: 'Videos, users and user-video interactions (likes, clicks, impressions, watch time, searches); labels from interactions.',
      constraints: 'Global users in many languages; no playlists.',
      scale: '~10 billion videos; a global user base.',
      performance: 'Recommendations served in under 200 ms.',
    },
    framing: {
      mlObjective: 'Maximize the number of relevant videos (liked, or watched at least half).',
      input: 'A user',
      output: 'Videos ranked by relevance score',
      mlCategory: 'Recommendation: hybrid filtering (CF candidates, then content-based scoring)',
      problemKind: 'ranking',
    },
    data: {
      sources: 'Videos (ID, length, title, tags), Users (demographics, context), User-video interactions (likes, clicks, impressions, watch time, searches)',
      storage: 'Videos in object storage; metadata, users and interactions in tables; video features in a feature store',
      labels: 'Natural labels: positive = liked or watched at least half; negative = random or disliked',
    },
    features: {
      features: 'Video: ID, duration, language, title (BERT), tags (CBOW). User: demographics, context, search history, liked and watched videos, impressions',
      engineering: 'Embedding layers for IDs and language; pre-trained BERT / CBOW for text; average history embeddings; bucketize context',
    },
    model: {
      model: 'Two-tower neural network (user encoder + video encoder); matrix factorization (WALS) as a baseline',
      baseline: 'Most popular videos in the user\'s language',
      dataset: '<user, video> pairs: positives liked or watched >= half; negatives random or disliked; resample for balance',
      loss: 'Cross-entropy (binary classification)',
      training: 'Fine-tune on new interactions; new videos shown to random users first',
    },
    evaluation: {
      offlineMetrics: 'Precision@k, mAP, diversity',
      onlineMetrics: 'CTR, number of completed videos, total watch time, explicit feedback',
    },
    serving: {
      predictionMode: 'online (candidate generation then scoring, per request)',
      deployment: 'cloud',
      compression: 'Light two-tower model (ID embeddings) for candidates; heavy scorer on thousands only',
      testing: 'A/B test on watch time and CTR',
    },
    monitoring: {
      operationalMetrics: 'Latency (< 200 ms), throughput',
      mlMetrics: 'CTR, watch time, completed videos, diversity, drift',
      retraining: 'Fine-tune frequently on new interactions',
    },
  },
  groups: [
    group('prediction-pipeline', 'Prediction pipeline', [
      box('query-user', 'client', 'Query user'),
      box('feature-preparation', 'online-feature-computation', 'Feature preparation', { features: 'user features' }),
      box('user-features', 'features', 'User features'),
      box('user-encoder', 'encoder', 'User encoder', { architecture: 'user tower of the two-tower network' }),
      box('video-corpus', 'database', 'Video corpus', { contents: 'all videos' }),
      box('candidate-generation', 'candidate-generation', 'Candidate generation', {
        strategy: 'two-tower ANN without video features; also popular and trending', output: 'thousands',
      }),
      box('ann', 'ann-service', 'Approximate nearest neighbor service', { algorithm: 'ANN over video embeddings' }),
      box('scoring', 'ranking', 'Scoring', { model: 'two-tower NN with video features', output: 'hundreds' }),
      box('scoring-model', 'trained-model', 'Two-tower neural network model', { architecture: 'two-tower NN' }),
      box('video-feature-store', 'feature-store', 'Video feature store', { features: 'video features' }),
      box('reranking', 'reranking', 'Re-ranking', {
        rules: 'Remove region-restricted videos and misinformation; favor fresh videos; remove duplicates and near-duplicates; fairness and bias',
      }),
      box('top-k', 'results', 'Top k videos', { size: 'dozens' }),
    ]),
    group('indexing-pipeline', 'Indexing pipeline', [
      box('video-indexer', 'indexing-service', 'Video indexer', { schedule: 'on new videos and new models' }),
      box('video-encoder', 'encoder', 'Video encoder', { architecture: 'video tower (ID embedding)' }),
      box('indexed-embeddings', 'vector-index', 'Indexed video embeddings'),
    ]),
    group('training-pipeline', 'Training pipeline', [
      box('interactions', 'event-stream', 'User-video interactions', { topic: 'likes, clicks, impressions, watch time' }),
      box('dataset-construction', 'dataset-construction', 'Dataset construction', {
        labels: 'liked or watched >= half', sampling: 'random and disliked negatives',
      }),
      box('training-dataset', 'dataset', 'Training dataset'),
      box('training', 'training', 'Model training', { approach: 'fine-tuning' }),
      box('evaluator', 'offline-evaluation', 'Evaluator', { metrics: 'Precision@k, mAP, diversity' }),
      box('registry', 'model-registry', 'Model registry'),
    ]),
    group('monitoring-group', 'Monitoring and feedback', [
      box('impression-logs', 'logging', 'Impression logs', { events: 'impressions, clicks, watch time' }),
      box('dashboard', 'monitoring-dashboard', 'Monitoring dashboard', {
        operationalMetrics: 'latency, throughput', mlMetrics: 'CTR, watch time',
      }),
    ]),
  ],
  arrows: [
    request('query-user', 'feature-preparation'),
    request('feature-preparation', 'user-features'),
    batch('video-corpus', 'candidate-generation', 'billions of videos'),
    both('candidate-generation', 'user-features'),
    request('candidate-generation', 'scoring', 'Thousands'),
    both('scoring', 'user-features'),
    both('scoring', 'video-feature-store'),
    request('scoring', 'reranking', 'Hundreds'),
    request('reranking', 'top-k', 'Dozens'),
    both('candidate-generation', 'user-encoder'),
    both('candidate-generation', 'ann'),
    request('indexed-embeddings', 'ann'),
    both('scoring', 'scoring-model'),
    batch('video-corpus', 'video-indexer'),
    both('video-indexer', 'video-encoder'),
    batch('video-indexer', 'indexed-embeddings'),
    stream('interactions', 'dataset-construction'),
    batch('video-feature-store', 'dataset-construction', 'video features'),
    batch('dataset-construction', 'training-dataset'),
    batch('training-dataset', 'training'),
    batch('training', 'evaluator'),
    batch('evaluator', 'registry'),
    batch('registry', 'scoring-model', 'deploy'),
    batch('registry', 'user-encoder', 'deploy'),
    batch('registry', 'video-encoder', 'deploy'),
    stream('top-k', 'impression-logs', 'impressions, clicks, watch time'),
    stream('impression-logs', 'interactions'),
    stream('scoring', 'dashboard', 'latency'),
    stream('impression-logs', 'dashboard', 'CTR, watch time'),
  ],
};
