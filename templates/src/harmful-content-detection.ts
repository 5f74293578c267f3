// Chapter 5, Harmful Content Detection. The chapter's ML system design figure (it names no pipeline groups),
// plus the training side that reviewer labels and user reports feed, and monitoring.
import { batch, both, box, group, request, stream, type TemplateSpec } from './spec';

export const harmfulContentDetection: TemplateSpec = {
  id: 'harmful-content-detection',
  cards: {
    requirements: {
      businessObjective: "Improve the platform's safety: find harmful posts and remove or demote them.",
      features: 'Posts with text, images, videos or any mix; multilingual; users can report posts; removals must be explained.',
      data: '500 M posts per day; ~10 K human labels per day; user reports as natural labels.',
      constraints: 'Harmful content only, not bad actors; misinformation out of scope; explain each removal.',
      scale: '500 million posts per day.',
      performance: 'Some harm classes need real-time detection; others can run in batch.',
    },
    framing: {
      mlObjective: 'Accurately predict whether a post is harmful, for each harm class.',
      input: 'A post (text, images, videos, author, context)',
      output: 'Probability of each harm class (violence, nudity, hate...)',
      mlCategory: 'Multi-task classification with early fusion',
      problemKind: 'classification',
    },
    data: {
      sources: 'Users; Posts (author, device/IP, time, text, media, links); User-post interactions (impression, like, comment, share, report, appeal)',
      storage: 'Posts and interactions in a data warehouse; media in object storage',
      labels: 'Training: natural labels from user reports, which arrive within days of posting. Evaluation: hand labels by reviewers (~10 K/day)',
    },
    features: {
      features: 'Text (multilingual DistilBERT), images (CLIP or SimCLR), video (VideoMoCo), reaction counts, comments, author history and reports, context (time, device)',
      engineering: 'Pre-trained encoders for text and media; scale counts; average comment embeddings; bucketize time; one-hot device; fuse early',
    },
    model: {
      model: 'Multi-task neural network: fused features -> shared layers -> one head per harm class',
      baseline: 'Keyword and hash matching, then one classifier per harm class',
      dataset: 'Posts with natural labels from user reports (training), hand-labelled posts (evaluation)',
      loss: 'Sum of per-task binary cross-entropy (L1 + ... + Ln); focal loss against overfitting',
      training: 'Hyperparameters tuned by grid search',
    },
    evaluation: {
      offlineMetrics: 'PR-AUC and ROC-AUC',
      onlineMetrics: 'Prevalence, harmful impressions, valid appeals, proactive rate, user reports per class',
    },
    serving: {
      predictionMode: 'online (posts scored on upload; some classes in batch)',
      deployment: 'cloud',
      compression: 'Distillation (DistilBERT is already distilled)',
      testing: 'Shadow deployment, then A/B test on harmful impressions',
    },
    monitoring: {
      operationalMetrics: 'Detection latency, posts scored per second',
      mlMetrics: 'Harmful impressions, valid appeals, score drift per class',
      retraining: 'Regularly, with new reports and reviewer labels',
    },
  },
  groups: [
    group('prediction-pipeline', 'Prediction pipeline', [
      box('user', 'client', 'User', { request: 'upload_post(post_info) / comment(post_id, text)' }),
      box('application', 'client', 'Application'),
      box('detection-service', 'prediction-service', 'Harmful content detection service', {
        predictionMode: 'online', latency: 'real-time for severe classes',
      }),
      box('feature-preparation', 'online-feature-computation', 'Feature preparation', {
        features: 'text, image, video, author and context features',
      }),
      box('model', 'trained-model', 'Trained ML model', { architecture: 'multi-task NN, early fusion' }),
      box('enforcement', 'enforcement', 'Violation enforcement service', { actions: 'remove the post, notify the user why' }),
      box('demoting', 'enforcement', 'Demoting service', { actions: 'demote the post' }),
      box('manual-review', 'human-review', 'Posts that need manual review', { volume: '~10 K labels per day' }),
    ]),
    group('training-pipeline', 'Training pipeline', [
      box('interactions', 'event-stream', 'Interaction stream', { topic: 'reactions, reports, appeals' }),
      box('warehouse', 'database', 'Data warehouse', { contents: 'users, posts, interactions' }),
      box('dataset-construction', 'dataset-construction', 'Dataset construction', {
        labels: 'user reports (train), hand labels (eval)',
      }),
      box('training-dataset', 'dataset', 'Training dataset'),
      box('training', 'training', 'Model training'),
      box('evaluator', 'offline-evaluation', 'Evaluator', { metrics: 'PR-AUC, ROC-AUC' }),
      box('registry', 'model-registry', 'Model registry'),
    ]),
    group('monitoring-group', 'Monitoring and feedback', [
      box('prediction-logs', 'logging', 'Prediction logs', { events: 'predictions, enforcement, appeals' }),
      box('dashboard', 'monitoring-dashboard', 'Monitoring dashboard', {
        operationalMetrics: 'latency, throughput', mlMetrics: 'harmful impressions, valid appeals',
      }),
    ]),
  ],
  arrows: [
    request('user', 'application', 'upload_post(post_info) / comment(post_id, text)'),
    request('application', 'detection-service'),
    both('detection-service', 'feature-preparation'),
    both('detection-service', 'model'),
    request('detection-service', 'enforcement', 'harm detected with high confidence'),
    request('detection-service', 'demoting', 'harm detected with low confidence'),
    request('demoting', 'manual-review'),
    stream('application', 'interactions', 'reports, reactions'),
    stream('interactions', 'warehouse'),
    batch('warehouse', 'dataset-construction'),
    batch('dataset-construction', 'training-dataset'),
    batch('training-dataset', 'training'),
    batch('training', 'evaluator'),
    batch('evaluator', 'registry'),
    batch('registry', 'model', 'deploy'),
    batch('manual-review', 'dataset-construction', 'human labels'),
    stream('detection-service', 'prediction-logs', 'predictions'),
    batch('prediction-logs', 'warehouse'),
    stream('detection-service', 'dashboard', 'latency'),
    stream('prediction-logs', 'dashboard', 'harmful impressions'),
  ],
};
