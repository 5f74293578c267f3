// Chapter 10, Personalized News Feed. Figure 10.14 (the same diagram as Figure 1.23), plus the training side
// and the feedback loop.
import { batch, both, box, group, request, stream, type TemplateSpec } from './spec';

export const personalizedNewsFeed: TemplateSpec = {
  id: 'personalized-news-feed',
  cards: {
    requirements: {
      businessObjective: 'Increase user engagement: more time in the feed means more ad revenue.',
      features: 'Show unseen posts and posts with unseen comments, most engaging first; text, image and video posts; reactions: click, like, share, comment, hide, block, connection request.',
      data: 'Users, posts, user-post interactions and friendships; labels from reactions.',
      constraints: 'Passive users rarely react, so implicit signals (dwell time, skips) matter.',
      scale: '~3 billion users; ~2 billion daily active users checking the feed twice a day.',
      performance: 'Feed ranked in under 200 ms.',
    },
    framing: {
      mlObjective: 'Maximize a weighted engagement score: sum of p(reaction) x weight (like 5, comment 10, share 20, hide -20, block -50...).',
      input: 'A user',
      output: 'Unseen posts ranked by engagement score',
      mlCategory: 'Pointwise learning to rank with one binary classifier per reaction (multi-task)',
      problemKind: 'ranking',
    },
    data: {
      sources: 'Users, Posts, User-post interactions (reactions, impressions, dwell time), Friendship (close friends, family)',
      storage: 'New data streamed into a data store; batch features in a feature store',
      labels: 'Natural labels per reaction: positive if it happened, negative for impressions without it; dwell time in seconds',
    },
    features: {
      features: 'Post: text (BERT), image/video (ResNet or CLIP), reaction counts, hashtags, age. User: demographics, context, past interactions, mentions. User-author affinity: reaction rates, friendship length, close friends',
      engineering: 'Scale counts; hashtags: Viterbi tokenization, feature hashing, TF-IDF / word2vec; bucketize post age, one-hot',
    },
    model: {
      model: 'Multi-task DNN: shared layers, heads for click, like, comment, share, skip and dwell time',
      baseline: 'Reverse-chronological feed',
      dataset: 'Per task: positives where the reaction happened, negatives from impressions without it, balanced',
      loss: 'Sum of per-task binary cross-entropy + MAE / MSE / Huber for dwell time',
      training: 'One multi-task model trained on all reactions',
    },
    evaluation: {
      offlineMetrics: 'Per-reaction precision and recall; ROC-AUC',
      onlineMetrics: 'CTR, reaction rates (like, share, comment, hide, block, skip), total time spent, user satisfaction surveys',
    },
    serving: {
      predictionMode: 'online (feed ranked when the user opens it)',
      deployment: 'cloud',
      compression: 'Not discussed in the chapter',
      testing: 'A/B test on engagement and time spent',
    },
    monitoring: {
      operationalMetrics: 'Feed latency (< 200 ms), throughput',
      mlMetrics: 'Reaction rates, engagement score drift',
      retraining: 'Regularly on new interactions',
    },
  },
  groups: [
    group('prediction-pipeline', 'Prediction pipeline', [
      box('user', 'client', 'User'),
      box('retrieval', 'candidate-generation', 'Retrieval service', { strategy: 'unseen posts and posts with unseen comments' }),
      box('ranking', 'ranking', 'Ranking service', { model: 'multi-task DNN -> engagement score' }),
      box('ml-model', 'trained-model', 'ML model', { architecture: 'multi-task DNN' }),
      box('reranking', 'reranking', 'Re-ranking service', {
        rules: 'Business logic and user filters, e.g. boost topics the user follows (soccer)',
      }),
      box('feed', 'results', 'Personalized feed for the user', { size: 'Post 1 ... Post k' }),
    ]),
    group('data-preparation-pipeline', 'Data preparation pipeline', [
      box('stream', 'event-stream', 'Stream of new data and interactions'),
      box('data-store', 'database', 'Data store'),
      box('online-features', 'online-feature-computation', 'Online feature computation'),
      box('batch-features', 'batch-feature-computation', 'Batch feature computation'),
      box('feature-store', 'feature-store', 'Feature store'),
    ]),
    group('training-pipeline', 'Training pipeline', [
      box('dataset-construction', 'dataset-construction', 'Dataset construction', {
        labels: 'per reaction: happened or not', imbalance: 'balance positives and negatives',
      }),
      box('training-dataset', 'dataset', 'Training dataset'),
      box('training', 'training', 'Model training'),
      box('evaluator', 'offline-evaluation', 'Evaluator', { metrics: 'ROC-AUC per reaction' }),
      box('registry', 'model-registry', 'Model registry'),
    ]),
    group('monitoring-group', 'Monitoring and feedback', [
      box('feed-logs', 'logging', 'Feed interaction logs', { events: 'impressions, reactions, dwell time, skips' }),
      box('dashboard', 'monitoring-dashboard', 'Monitoring dashboard', {
        operationalMetrics: 'latency', mlMetrics: 'reaction rates, time spent',
      }),
    ]),
  ],
  arrows: [
    request('user', 'retrieval'),
    request('retrieval', 'ranking'),
    both('ranking', 'ml-model'),
    request('ranking', 'reranking'),
    request('reranking', 'feed'),
    stream('stream', 'data-store'),
    stream('data-store', 'online-features'),
    request('online-features', 'ranking'),
    batch('data-store', 'batch-features'),
    batch('batch-features', 'feature-store'),
    request('feature-store', 'ranking'),
    batch('data-store', 'dataset-construction'),
    batch('feature-store', 'dataset-construction'),
    batch('dataset-construction', 'training-dataset'),
    batch('training-dataset', 'training'),
    batch('training', 'evaluator'),
    batch('evaluator', 'registry'),
    batch('registry', 'ml-model', 'deploy'),
    stream('feed', 'feed-logs', 'impressions, reactions, dwell time'),
    stream('feed-logs', 'stream'),
    stream('ranking', 'dashboard', 'latency'),
    stream('feed-logs', 'dashboard', 'engagement'),
  ],
};
