// Chapter 9, Similar Listings on Vacation Rental Platforms. Figure 9.11, plus the session dataset behind
// fine-tuning, evaluation and registry, and the feedback loop.
import { batch, both, box, group, request, stream, type TemplateSpec } from './spec';

export const similarListings: TemplateSpec = {
  id: 'similar-listings',
  cards: {
    requirements: {
      businessObjective: 'Increase the number of bookings.',
      features: 'Show listings similar to the one being viewed (same neighborhood, city, price range); same results for anonymous and logged-in users.',
      data: 'User-listing interactions only (browsing sessions, clicks, bookings); no user or listing attributes.',
      constraints: 'No personalization; a new listing must be recommendable about a day after it appears.',
      scale: '5 million listings.',
      performance: 'Similar listings shown while the user views a listing (online).',
    },
    framing: {
      mlObjective: 'Predict which listing the user will click next, given the listing they are viewing.',
      input: 'The listing the user is currently viewing',
      output: 'Listings ranked by probability of being clicked next',
      mlCategory: 'Session-based recommendation (listing embeddings)',
      problemKind: 'ranking',
    },
    data: {
      sources: 'Users, Listings, User-listing interactions (impressions, clicks, bookings)',
      storage: 'Listings and interactions in tables; listing embeddings in an index table',
      labels: 'Natural: listings clicked in the same session window are positives; random and same-region listings are negatives',
    },
    features: {
      features: 'Search sessions: clicked listing IDs in order, ending with the eventually booked listing',
      engineering: 'Extract search sessions from interactions; listing IDs map to learned embeddings',
    },
    model: {
      model: 'Shallow neural network learning listing embeddings (central listing predicts context listings)',
      baseline: 'Popular listings in the same city and price range',
      dataset: 'Negative sampling: (central, context) positives, (central, random) negatives, + eventually booked listing, + same-region hard negatives',
      loss: 'Dot product -> sigmoid -> cross-entropy, summed over the four pair sets',
      training: 'Fine-tuned daily on new sessions and listings',
    },
    evaluation: {
      offlineMetrics: 'Average rank of the eventually-booked listing',
      onlineMetrics: 'CTR, session book rate',
    },
    serving: {
      predictionMode: 'online (embedding fetched, nearest neighbors searched per request)',
      deployment: 'cloud',
      compression: 'Not needed: shallow model; ANN keeps search fast',
      testing: 'A/B test on session book rate',
    },
    monitoring: {
      operationalMetrics: 'Fetch + ANN latency, index freshness',
      mlMetrics: 'CTR, session book rate, embedding drift, listings without embeddings',
      retraining: 'Daily fine-tuning; re-compute all embeddings on a new model',
    },
  },
  groups: [
    group('training-pipeline', 'Training pipeline', [
      box('interactions', 'event-stream', 'User-listing interactions', { topic: 'impressions, clicks, bookings' }),
      box('session-extraction', 'dataset-construction', 'Session extraction', {
        labels: 'session co-occurrence', sampling: 'random and same-region negatives',
      }),
      box('training-dataset', 'dataset', 'Training dataset'),
      box('new-listings', 'data-source', 'New listings'),
      box('model-fine-tuning', 'training', 'Model fine-tuning', { approach: 'fine-tuning', schedule: 'daily' }),
      box('evaluator', 'offline-evaluation', 'Evaluator', { metrics: 'average rank of booked listing' }),
      box('registry', 'model-registry', 'Model registry'),
      box('trained-model', 'trained-model', 'Trained model', { architecture: 'shallow NN (listing embeddings)' }),
    ]),
    group('indexing-pipeline', 'Indexing pipeline', [
      box('listings', 'database', 'Listings', { contents: '5 M listings' }),
      box('indexer', 'indexing-service', 'Indexer', { schedule: 'all listings on a new model; new listings as added' }),
      box('index-table', 'vector-index', 'Index table'),
    ]),
    group('prediction-pipeline', 'Prediction pipeline', [
      box('viewing-listing', 'client', 'Currently-viewing listing'),
      box('embedding-fetcher', 'embedding-service', 'Embedding fetcher service', {
        encoder: 'index lookup; new listing: embedding of a nearby listing',
      }),
      box('nn-service', 'ann-service', 'Nearest neighbor service', { algorithm: 'ANN' }),
      box('reranking', 'reranking', 'Re-ranking service', {
        rules: 'Apply user filters (e.g. price); remove listings in other cities',
      }),
      box('recommended', 'results', 'Recommended similar listings', { size: 'L_1 ... L_k' }),
    ]),
    group('monitoring-group', 'Monitoring and feedback', [
      box('browsing-logs', 'logging', 'Browsing logs', { events: 'impressions, clicks, bookings' }),
      box('dashboard', 'monitoring-dashboard', 'Monitoring dashboard', {
        operationalMetrics: 'latency', mlMetrics: 'CTR, session book rate',
      }),
    ]),
  ],
  arrows: [
    batch('new-listings', 'model-fine-tuning'),
    batch('model-fine-tuning', 'trained-model'),
    both('trained-model', 'indexer', '', 'batch'),
    batch('listings', 'indexer'),
    batch('indexer', 'index-table'),
    request('viewing-listing', 'embedding-fetcher'),
    request('listings', 'embedding-fetcher'),
    request('index-table', 'embedding-fetcher'),
    request('embedding-fetcher', 'nn-service', 'listing embedding'),
    request('index-table', 'nn-service'),
    request('nn-service', 'reranking'),
    request('reranking', 'recommended'),
    stream('interactions', 'session-extraction'),
    batch('session-extraction', 'training-dataset'),
    batch('training-dataset', 'model-fine-tuning'),
    batch('model-fine-tuning', 'evaluator'),
    batch('evaluator', 'registry'),
    batch('registry', 'trained-model', 'deploy'),
    stream('recommended', 'browsing-logs', 'impressions, clicks, bookings'),
    stream('browsing-logs', 'interactions'),
    stream('embedding-fetcher', 'dashboard', 'latency'),
    stream('browsing-logs', 'dashboard', 'CTR, book rate'),
  ],
};
