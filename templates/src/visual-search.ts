// Chapter 2, Visual Search System. Figure 2.19 "Prediction and indexing pipeline", plus a training side and
// the feedback loop the chapter's metrics imply.
import { batch, both, box, group, request, stream, type TemplateSpec } from './spec';

export const visualSearch: TemplateSpec = {
  id: 'visual-search',
  cards: {
    requirements: {
      businessObjective: 'Let users discover images visually similar to one they pick, so they engage more with the platform.',
      features: 'Query by image only (no text or video); users can crop the query; no personalization; only clicks are interactions; moderation out of scope.',
      data: 'Images with owner, upload time and tags; users; user-image interactions (impressions, clicks). Ranking uses pixels only.',
      constraints: 'Use image pixels only, not metadata; same results for every user.',
      scale: '100-200 billion images to search; new images arrive constantly.',
      performance: 'Fast retrieval: similar images returned within a page load.',
    },
    framing: {
      mlObjective: 'Accurately retrieve images that are visually similar to the query image.',
      input: 'A query image (optionally cropped)',
      output: 'Images ranked by similarity to the query',
      mlCategory: 'Ranking solved with representation learning (embeddings)',
      problemKind: 'retrieval',
    },
    data: {
      sources: 'Images (owner id, upload time, tags), Users (demographics), User-image interactions (impressions, clicks)',
      storage: 'Images in object storage (unstructured); users and interactions in tables (structured)',
      labels: 'Self-supervision: an augmented copy of the query is its positive (SimCLR, MoCo); other images are negatives.',
    },
    features: {
      features: 'Image pixels, turned into an embedding by the encoder',
      engineering: 'Resize (e.g. 224x224), scale pixels to [0, 1], z-score normalization, consistent color mode (RGB)',
    },
    model: {
      model: 'Neural network image encoder: CNN (ResNet) or Transformer (ViT) producing an embedding',
      baseline: 'Off-the-shelf pre-trained image encoder (no fine-tuning), cosine similarity',
      dataset: 'Query + 1 positive + n-1 negatives per data point; label = index of the positive',
      loss: 'Contrastive: similarities (dot product) -> softmax -> cross-entropy',
      training: 'Contrastive training; optionally fine-tune a pre-trained contrastive model',
    },
    evaluation: {
      offlineMetrics: 'nDCG (eval set with 0-5 similarity scores)',
      onlineMetrics: 'CTR; daily, weekly, monthly time spent on suggested images',
    },
    serving: {
      predictionMode: 'online (query embedded per request; images indexed as they arrive)',
      deployment: 'cloud',
      compression: 'Vector / product quantization of embeddings to cut index memory',
      testing: 'Shadow deployment, then A/B test on CTR',
    },
    monitoring: {
      operationalMetrics: 'Query latency, throughput, index size',
      mlMetrics: 'CTR and time spent on suggestions; query-embedding drift',
      retraining: 'Fine-tune the encoder periodically; re-index all images after',
    },
  },
  groups: [
    group('indexing-pipeline', 'Indexing pipeline', [
      box('new-images', 'data-source', 'Stream of new images', { dataType: 'unstructured' }),
      box('object-storage', 'object-storage', 'Object storage', { contents: 'all images' }),
      box('indexing-service', 'indexing-service', 'Indexing service', { schedule: 'on each new image' }),
      box('index-table', 'vector-index', 'Index table', { quantization: 'product quantization' }),
    ]),
    group('prediction-pipeline', 'Prediction pipeline', [
      box('query-image', 'client', 'Query image', { request: 'query image, optionally cropped' }),
      box('embedding-service', 'embedding-service', 'Embedding generation service', { encoder: 'trained image encoder' }),
      box('preprocess', 'preprocessing', 'Preprocess', { operations: 'resize, scale, normalize' }),
      box('model', 'encoder', 'Trained ML model', { architecture: 'ResNet or ViT' }),
      box('nn-service', 'ann-service', 'Nearest neighbor service', {
        algorithm: 'ANN: tree-based, LSH or clustering (Faiss, ScaNN)', k: 'top k',
      }),
      box('reranking', 'reranking', 'Re-ranking service', {
        rules: 'Filter out inappropriate and private images; remove duplicates and near-duplicates',
      }),
      box('similar-images', 'results', 'Similar images', { size: 'top k' }),
    ]),
    group('training-pipeline', 'Training pipeline', [
      box('dataset-construction', 'dataset-construction', 'Dataset construction', {
        labels: 'augmented query = positive', sampling: '1 positive + n-1 negatives',
      }),
      box('training-dataset', 'dataset', 'Training dataset'),
      box('training', 'training', 'Contrastive training', { approach: 'fine-tuning' }),
      box('evaluator', 'offline-evaluation', 'Evaluator', { metrics: 'nDCG' }),
      box('registry', 'model-registry', 'Model registry'),
    ]),
    group('monitoring-group', 'Monitoring and feedback', [
      box('logs', 'logging', 'Interaction logs', { events: 'impressions, clicks' }),
      box('dashboard', 'monitoring-dashboard', 'Monitoring dashboard', {
        operationalMetrics: 'latency, throughput', mlMetrics: 'CTR, time spent',
      }),
    ]),
  ],
  arrows: [
    stream('new-images', 'object-storage'),
    batch('object-storage', 'indexing-service'),
    batch('indexing-service', 'index-table'),
    both('indexing-service', 'embedding-service'),
    request('query-image', 'embedding-service'),
    both('embedding-service', 'preprocess'),
    both('embedding-service', 'model'),
    request('embedding-service', 'nn-service', 'image embedding'),
    request('index-table', 'nn-service'),
    request('nn-service', 'reranking'),
    request('reranking', 'similar-images'),
    batch('object-storage', 'dataset-construction', 'images'),
    batch('dataset-construction', 'training-dataset'),
    batch('training-dataset', 'training'),
    batch('training', 'evaluator'),
    batch('evaluator', 'registry'),
    batch('registry', 'model', 'deploy'),
    stream('similar-images', 'logs', 'impressions, clicks'),
    batch('logs', 'dataset-construction', 'clicks'),
    stream('embedding-service', 'dashboard', 'latency'),
    stream('logs', 'dashboard', 'CTR'),
  ],
};
