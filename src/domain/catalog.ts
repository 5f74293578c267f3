// Every node kind of MLSD Board, defined once. The UI, templates, validator and exporters all read this table.
import type { StepId } from './framework';
import { PROBLEM_KINDS } from './problem-kinds';

/** Icon names; the canvas maps each to a bundled SVG icon (src/canvas/icons.ts). */
export type IconName =
  | 'target' | 'compass' | 'table' | 'brain' | 'gauge' | 'rocket' | 'activity' | 'sticky-note' | 'group'
  | 'database' | 'hard-drive' | 'waves' | 'warehouse' | 'radio' | 'cog' | 'zap' | 'layers' | 'tag'
  | 'package' | 'wand' | 'shuffle' | 'crosshair' | 'dumbbell' | 'sliders' | 'box' | 'binary' | 'archive'
  | 'clipboard-check' | 'split' | 'ghost' | 'shield-check' | 'user' | 'server' | 'scan' | 'list-tree'
  | 'network' | 'filter' | 'bar-chart' | 'list-ordered' | 'merge' | 'search' | 'calendar-clock'
  | 'hard-drive-download' | 'memory-stick' | 'shrink' | 'smartphone' | 'eraser' | 'list' | 'scroll-text'
  | 'monitor' | 'trending-up' | 'bell' | 'users' | 'gavel' | 'workflow';

/** What a kind is for, in the validator's words. A kind may play several roles. */
export type Role =
  | 'source' | 'storage' | 'processing' | 'feature-computation' | 'feature-store' | 'features' | 'labels'
  | 'dataset' | 'training' | 'model' | 'registry' | 'deploy' | 'offline-eval' | 'online-eval' | 'client'
  | 'prediction' | 'retrieval' | 'ranking' | 'reranking' | 'ann' | 'index' | 'indexing' | 'embedding'
  | 'batch-prediction' | 'precomputed' | 'logging' | 'monitor' | 'drift' | 'alert' | 'review' | 'output'
  | 'llm' | 'prompt' | 'guardrail' | 'tool' | 'judge' | 'feedback' | 'gateway' | 'policy' | 'time-series'
  | 'backtest' | 'geo';

/** How a node is drawn: a pipeline component, an answer card, a free note or a pipeline group. */
export type NodeFamily = 'component' | 'card' | 'note' | 'group';

export interface FieldSpec {
  key: string;
  label: string;
  /** 'text' is one line, 'longtext' several; suggestions are offered but any text is allowed. 'select' stores
   *  one option's value ('' when not chosen). */
  type: 'text' | 'longtext' | 'select';
  placeholder?: string;
  suggestions?: readonly string[];
  options?: readonly { value: string; label: string }[];
}

export interface ComponentKind {
  id: string;
  label: string;
  /** null for notes and groups, which belong to no framework step. */
  step: StepId | null;
  family: NodeFamily;
  icon: IconName;
  description: string;
  roles: readonly Role[];
  fields: readonly FieldSpec[];
}

const text = (key: string, label: string, placeholder?: string, suggestions?: readonly string[]): FieldSpec => ({
  key, label, type: 'text', placeholder, suggestions,
});
const longtext = (key: string, label: string, placeholder?: string): FieldSpec => ({
  key, label, type: 'longtext', placeholder,
});

const select = (key: string, label: string, options: readonly { value: string; label: string }[], placeholder?: string): FieldSpec => ({
  key, label, type: 'select', options, placeholder,
});

const PREDICTION_MODES = ['online', 'batch'] as const;

export const CATALOG = [
  // ── Answer cards: one per framework step ─────────────────────────────────────────────
  {
    id: 'requirements', label: 'Requirements', step: 'requirements', family: 'card', icon: 'target', roles: [],
    description: 'What the business wants, and the scale and speed the system must reach.',
    fields: [
      longtext('businessObjective', 'Business objective', 'e.g. Increase ticket sales'),
      longtext('features', 'Features to support', 'e.g. Users can like, hide and report'),
      longtext('data', 'Data', 'Sources, size, labelled or not'),
      longtext('constraints', 'Constraints', 'Compute, cloud vs on-device, privacy'),
      longtext('scale', 'Scale', 'Users, items, growth'),
      longtext('performance', 'Performance', 'Latency, real-time or batch'),
    ],
  },
  {
    id: 'framing', label: 'ML framing', step: 'framing', family: 'card', icon: 'compass', roles: [],
    description: 'The ML objective, the input and output, and the ML category.',
    fields: [
      longtext('mlObjective', 'ML objective', 'e.g. Maximize the number of event registrations'),
      text('input', 'Input', 'e.g. user'),
      text('output', 'Output', 'e.g. top-k events ranked by relevance'),
      text('mlCategory', 'ML category', 'e.g. pointwise learning to rank', [
        'Binary classification', 'Multiclass classification', 'Multi-label classification',
        'Multi-task classification', 'Regression', 'Learning to rank', 'Representation learning',
        'Object detection', 'Clustering', 'Recommendation', 'Edge prediction', 'Reinforcement learning',
      ]),
      select('problemKind', 'Problem kind', PROBLEM_KINDS.map((k) => ({ value: k.id, label: k.label })), 'Infer from the board'),
    ],
  },
  {
    id: 'data-card', label: 'Data', step: 'data', family: 'card', icon: 'table', roles: ['labels'],
    description: 'Data sources, how data is stored, and where labels come from.',
    fields: [
      longtext('sources', 'Data sources', 'e.g. Users, Events, Interactions'),
      longtext('storage', 'Storage and types', 'Structured / unstructured, where it lives'),
      longtext('labels', 'Labels', 'Hand labelling or natural labels'),
    ],
  },
  {
    id: 'features-card', label: 'Features', step: 'data', family: 'card', icon: 'layers', roles: ['features'],
    description: 'The predictive features and how they are engineered.',
    fields: [
      longtext('features', 'Features', 'e.g. user demographics, user-event affinity'),
      longtext('engineering', 'Feature engineering', 'Missing values, scaling, bucketing, encoding, embeddings'),
    ],
  },
  {
    id: 'model-card', label: 'Model', step: 'model', family: 'card', icon: 'brain', roles: [],
    description: 'The model chosen, how its training dataset is built, and its loss.',
    fields: [
      longtext('model', 'Model', 'e.g. baseline GBDT, then a neural network'),
      text('baseline', 'Baseline', 'e.g. last week\'s average, popularity, logistic regression'),
      longtext('dataset', 'Dataset construction', 'Labels, sampling, split, class imbalance'),
      text('loss', 'Loss', 'e.g. binary cross-entropy'),
      longtext('training', 'Training', 'From scratch or fine-tuning, distributed, continual'),
    ],
  },
  {
    id: 'evaluation-card', label: 'Evaluation', step: 'evaluation', family: 'card', icon: 'gauge', roles: [],
    description: 'Offline metrics to compare models, online metrics to judge the system.',
    fields: [
      text('offlineMetrics', 'Offline metrics', 'e.g. mAP, nDCG, ROC-AUC'),
      text('onlineMetrics', 'Online metrics', 'e.g. CTR, revenue lift'),
    ],
  },
  {
    id: 'serving-card', label: 'Serving', step: 'serving', family: 'card', icon: 'rocket', roles: [],
    description: 'Batch or online prediction, where the model runs, and how it is tested in production.',
    fields: [
      text('predictionMode', 'Prediction', 'online or batch', PREDICTION_MODES),
      text('deployment', 'Deployment', 'cloud or on-device', ['cloud', 'on-device']),
      text('compression', 'Model compression', 'distillation, pruning, quantization'),
      text('testing', 'Test in production', 'shadow deployment, A/B test'),
    ],
  },
  {
    id: 'monitoring-card', label: 'Monitoring', step: 'monitoring', family: 'card', icon: 'activity', roles: ['monitor'],
    description: 'What is watched in production, and when the model is retrained.',
    fields: [
      text('operationalMetrics', 'Operational metrics', 'latency, throughput, CPU/GPU'),
      text('mlMetrics', 'ML metrics', 'input/output drift, accuracy, model version'),
      text('retraining', 'Retraining', 'e.g. daily, on drift'),
    ],
  },

  // ── Step 3: data preparation ─────────────────────────────────────────────────────────
  {
    id: 'data-source', label: 'Data source', step: 'data', family: 'component', icon: 'database', roles: ['source'],
    description: 'Where raw data originates: users, items, logs, a partner team.',
    fields: [text('dataType', 'Data type', 'structured or unstructured', ['structured', 'unstructured']), text('volume', 'Volume')],
  },
  {
    id: 'object-storage', label: 'Object storage', step: 'data', family: 'component', icon: 'hard-drive', roles: ['storage'],
    description: 'Blob store for images, videos and files (S3-style).',
    fields: [text('contents', 'Contents')],
  },
  {
    id: 'data-lake', label: 'Data lake', step: 'data', family: 'component', icon: 'waves', roles: ['storage'],
    description: 'Raw data of every shape, kept cheaply for later processing.',
    fields: [text('contents', 'Contents')],
  },
  {
    id: 'database', label: 'Database / warehouse', step: 'data', family: 'component', icon: 'warehouse', roles: ['storage'],
    description: 'Structured tables: users, items, interactions; a data warehouse or data store.',
    fields: [text('engine', 'Engine', 'e.g. SQL, NoSQL, columnar'), text('contents', 'Contents')],
  },
  {
    id: 'event-stream', label: 'Event stream', step: 'data', family: 'component', icon: 'radio', roles: ['source', 'logging'],
    description: 'A Kafka-style log of new data and interactions, consumed in real time.',
    fields: [text('topic', 'Topic / events')],
  },
  {
    id: 'batch-feature-computation', label: 'Batch feature computation', step: 'data', family: 'component', icon: 'cog',
    roles: ['processing', 'feature-computation'],
    description: 'ETL jobs that compute static features on a schedule and write them to a feature store.',
    fields: [text('schedule', 'Schedule', 'e.g. hourly, daily'), longtext('features', 'Features computed')],
  },
  {
    id: 'online-feature-computation', label: 'Online feature computation', step: 'data', family: 'component', icon: 'zap',
    roles: ['processing', 'feature-computation'],
    description: 'Computes dynamic features at request time or from a stream.',
    fields: [longtext('features', 'Features computed')],
  },
  {
    id: 'feature-store', label: 'Feature store', step: 'data', family: 'component', icon: 'layers', roles: ['feature-store', 'storage', 'features'],
    description: 'One place that serves the same features to training and to online prediction.',
    fields: [longtext('features', 'Features')],
  },
  {
    id: 'features', label: 'Features / embeddings', step: 'data', family: 'component', icon: 'binary', roles: ['features'],
    description: 'A computed feature vector or embedding passed between components.',
    fields: [text('shape', 'Shape', 'e.g. 128-d float vector')],
  },
  {
    id: 'labeling', label: 'Labelling', step: 'data', family: 'component', icon: 'tag', roles: ['labels'],
    description: 'Where labels come from: hand labelling by annotators or natural labels from user actions.',
    fields: [
      text('method', 'Method', 'hand or natural', ['hand labelling', 'natural labelling']), text('volume', 'Labels per day'),
      text('labelDelay', 'Label delay', 'e.g. chargebacks arrive within 60 days'),
    ],
  },
  {
    id: 'dataset-construction', label: 'Dataset construction', step: 'data', family: 'component', icon: 'package', roles: ['processing', 'labels'],
    description: 'Builds training examples: labels, sampling, split, class balance.',
    fields: [text('labels', 'Labels'), text('sampling', 'Sampling'), text('split', 'Split'), text('imbalance', 'Class imbalance')],
  },
  {
    id: 'dataset', label: 'Dataset', step: 'data', family: 'component', icon: 'archive', roles: ['dataset', 'storage'],
    description: 'A stored, versioned set of training or evaluation examples.',
    fields: [text('size', 'Size'), text('split', 'Split', 'random, by time, by user', ['by time', 'by user', 'random'])],
  },
  {
    id: 'preprocessing', label: 'Preprocessing', step: 'data', family: 'component', icon: 'wand', roles: ['processing'],
    description: 'Cleans and normalises raw inputs: resize, scale, tokenize, normalise.',
    fields: [longtext('operations', 'Operations')],
  },
  {
    id: 'augmentation', label: 'Augmentation', step: 'data', family: 'component', icon: 'shuffle', roles: ['processing'],
    description: 'Makes more training examples by transforming existing ones (crop, flip, rotate).',
    fields: [longtext('operations', 'Operations'), text('mode', 'Mode', 'offline or online', ['offline', 'online'])],
  },
  {
    id: 'hard-negative-mining', label: 'Hard negative mining', step: 'data', family: 'component', icon: 'crosshair', roles: ['processing', 'labels'],
    description: 'Finds examples the model gets wrong and adds them to training.',
    fields: [text('source', 'Source of hard examples')],
  },

  {
    id: 'time-series-store', label: 'Time-series store', step: 'data', family: 'component', icon: 'calendar-clock',
    roles: ['storage', 'time-series'],
    description: 'Values indexed by time (sales, demand, sensor readings), kept for features, labels and backtests.',
    fields: [text('series', 'Series', 'e.g. daily sales per store'), text('granularity', 'Granularity')],
  },
  {
    id: 'geospatial-features', label: 'Geospatial features', step: 'data', family: 'component', icon: 'compass',
    roles: ['processing', 'feature-computation', 'geo'],
    description: 'Location features: distances, geohash or H3 cells, travel times, nearby supply and demand.',
    fields: [longtext('features', 'Features computed', 'e.g. H3 cell, route distance')],
  },

  // ── Step 4: model development ────────────────────────────────────────────────────────
  {
    id: 'training', label: 'Model training', step: 'model', family: 'component', icon: 'dumbbell', roles: ['training'],
    description: 'Trains or fine-tunes the model on the training dataset.',
    fields: [
      text('approach', 'Approach', 'from scratch or fine-tuning', ['from scratch', 'fine-tuning']),
      text('schedule', 'Schedule', 'e.g. daily, continual'),
      text('distributed', 'Distributed', 'data or model parallelism', ['data parallelism', 'model parallelism']),
    ],
  },
  {
    id: 'hyperparameter-tuning', label: 'Hyperparameter tuning', step: 'model', family: 'component', icon: 'sliders', roles: ['training'],
    description: 'Searches hyperparameters: grid, random or Bayesian search.',
    fields: [text('method', 'Method', 'grid, random, Bayesian', ['grid search', 'random search', 'Bayesian optimisation'])],
  },
  {
    id: 'trained-model', label: 'Trained model', step: 'model', family: 'component', icon: 'box', roles: ['model'],
    description: 'The model artefact used for prediction.',
    fields: [text('architecture', 'Architecture', 'e.g. two-tower NN, GBDT, DCN'), text('version', 'Version')],
  },
  {
    id: 'encoder', label: 'Encoder model', step: 'model', family: 'component', icon: 'binary', roles: ['model', 'embedding'],
    description: 'A network that maps an input (image, text, video, user) to an embedding.',
    fields: [text('architecture', 'Architecture', 'e.g. ViT, BERT, ResNet'), text('dimension', 'Embedding size')],
  },
  {
    id: 'llm', label: 'LLM', step: 'model', family: 'component', icon: 'brain', roles: ['model', 'llm'],
    description: 'A large language model, called through a hosted API or served on your own GPUs.',
    fields: [
      text('hosting', 'Hosting', 'hosted API or self-served', ['hosted API', 'self-served']),
      text('model', 'Model'),
      text('context', 'Context window'),
    ],
  },
  {
    id: 'prompt-template', label: 'Prompt template / registry', step: 'model', family: 'component', icon: 'scroll-text', roles: ['prompt'],
    description: 'Versioned prompts: instructions, few-shot examples and the slots retrieved context fills.',
    fields: [longtext('template', 'Template', 'instructions, examples, {context}'), text('version', 'Version')],
  },
  {
    id: 'model-registry', label: 'Model registry', step: 'model', family: 'component', icon: 'archive', roles: ['registry'],
    description: 'Stores versioned models and their metadata; serving pulls from here.',
    fields: [text('versioning', 'Versioning')],
  },

  // ── Step 5: evaluation ───────────────────────────────────────────────────────────────
  {
    id: 'offline-evaluation', label: 'Offline evaluation', step: 'evaluation', family: 'component', icon: 'clipboard-check', roles: ['offline-eval'],
    description: 'Scores a trained model on held-out data with offline metrics.',
    fields: [text('metrics', 'Metrics', 'e.g. mAP, nDCG, ROC-AUC')],
  },
  {
    id: 'backtesting', label: 'Backtesting', step: 'evaluation', family: 'component', icon: 'calendar-clock', roles: ['offline-eval', 'backtest'],
    description: 'Replays history: train up to a date, forecast the period after, roll the window forward.',
    fields: [text('metrics', 'Metrics', 'e.g. MAPE, WAPE'), text('windows', 'Windows')],
  },
  {
    id: 'llm-judge', label: 'LLM judge / graded evaluation', step: 'evaluation', family: 'component', icon: 'gavel', roles: ['offline-eval', 'judge'],
    description: 'Grades generated answers against a rubric or reference answers: an LLM as judge or human graders.',
    fields: [
      text('method', 'Method', 'LLM as judge or human graded', ['LLM as judge', 'human graded']),
      text('metrics', 'Metrics', 'e.g. faithfulness, win rate'),
    ],
  },
  {
    id: 'online-experiment', label: 'A/B test', step: 'evaluation', family: 'component', icon: 'split', roles: ['online-eval'],
    description: 'Online experiment that compares the new model with the current one on live traffic.',
    fields: [text('metrics', 'Online metrics', 'e.g. CTR, watch time'), text('traffic', 'Traffic split')],
  },

  // ── Step 6: deployment and serving ───────────────────────────────────────────────────
  {
    id: 'deploy', label: 'Validation & deploy', step: 'serving', family: 'component', icon: 'shield-check', roles: ['deploy'],
    description: 'Checks a new model and promotes it to serving.',
    fields: [text('checks', 'Checks before deploy')],
  },
  {
    id: 'shadow-deployment', label: 'Shadow deployment', step: 'serving', family: 'component', icon: 'ghost', roles: ['online-eval'],
    description: 'Runs the new model beside production on the same requests; only production answers.',
    fields: [text('traffic', 'Traffic mirrored')],
  },
  {
    id: 'api-gateway', label: 'API gateway', step: 'serving', family: 'component', icon: 'network', roles: ['gateway'],
    description: 'The entry point for requests: authentication, rate limits, routing to services.',
    fields: [text('limits', 'Limits')],
  },
  {
    id: 'client', label: 'Client / application', step: 'serving', family: 'component', icon: 'user', roles: ['client'],
    description: 'The user, app or query that asks the system for predictions.',
    fields: [text('request', 'Request', 'e.g. GET /feed?user_id')],
  },
  {
    id: 'prediction-service', label: 'Prediction service', step: 'serving', family: 'component', icon: 'server', roles: ['prediction'],
    description: 'API that answers prediction requests with a trained model.',
    fields: [
      text('predictionMode', 'Prediction', 'online or batch', PREDICTION_MODES),
      text('latency', 'Latency budget', 'e.g. < 200 ms'),
    ],
  },
  {
    id: 'embedding-service', label: 'Embedding service', step: 'serving', family: 'component', icon: 'scan', roles: ['prediction', 'embedding'],
    description: 'Turns an input into an embedding with the encoder (embedding generation / fetch).',
    fields: [text('encoder', 'Encoder')],
  },
  {
    id: 'indexing-service', label: 'Indexing service', step: 'serving', family: 'component', icon: 'list-tree', roles: ['indexing'],
    description: 'Embeds every item and keeps the index up to date as new items arrive.',
    fields: [text('schedule', 'Schedule', 'e.g. on new items, full rebuild on new model')],
  },
  {
    id: 'vector-index', label: 'Index table', step: 'serving', family: 'component', icon: 'table', roles: ['index', 'storage'],
    description: 'Stored item embeddings or an inverted index, read by search services.',
    fields: [text('quantization', 'Compression', 'e.g. product quantization')],
  },
  {
    id: 'ann-service', label: 'Nearest neighbour service', step: 'serving', family: 'component', icon: 'network', roles: ['ann', 'retrieval'],
    description: 'Finds the top-k nearest embeddings, usually approximately (ANN).',
    fields: [text('algorithm', 'Algorithm', 'e.g. LSH, tree-based, clustering (Faiss, ScaNN)'), text('k', 'k')],
  },
  {
    id: 'candidate-generation', label: 'Candidate generation', step: 'serving', family: 'component', icon: 'filter', roles: ['retrieval'],
    description: 'Narrows billions of items to thousands: retrieval, filtering, friends of friends.',
    fields: [text('strategy', 'Strategy', 'e.g. two-tower ANN, rules'), text('output', 'Output size', 'e.g. thousands')],
  },
  {
    id: 'ranking', label: 'Ranking service', step: 'serving', family: 'component', icon: 'bar-chart', roles: ['ranking', 'prediction'],
    description: 'Scores each candidate with a heavier model and sorts them.',
    fields: [text('model', 'Model'), text('output', 'Output size', 'e.g. hundreds')],
  },
  {
    id: 'reranking', label: 'Re-ranking service', step: 'serving', family: 'component', icon: 'list-ordered', roles: ['reranking'],
    description: 'Applies business rules: filters, diversity, freshness, de-duplication.',
    fields: [longtext('rules', 'Business rules', 'e.g. remove duplicates, boost fresh items')],
  },
  {
    id: 'fusion-layer', label: 'Fusion layer', step: 'serving', family: 'component', icon: 'merge', roles: ['ranking'],
    description: 'Merges results from several sources, e.g. by a weighted sum of scores.',
    fields: [text('method', 'Method', 'e.g. weighted sum of relevance scores')],
  },
  {
    id: 'search-engine', label: 'Search engine', step: 'serving', family: 'component', icon: 'search', roles: ['retrieval', 'index'],
    description: 'Text search over an inverted index (Elasticsearch-style), no ML.',
    fields: [text('fields', 'Indexed fields')],
  },
  {
    id: 'batch-prediction', label: 'Batch prediction job', step: 'serving', family: 'component', icon: 'calendar-clock',
    roles: ['batch-prediction', 'prediction'],
    description: 'Scores many inputs on a schedule and stores the results.',
    fields: [text('schedule', 'Schedule', 'e.g. every 7 days')],
  },
  {
    id: 'precomputed-store', label: 'Precomputed predictions', step: 'serving', family: 'component', icon: 'hard-drive-download',
    roles: ['precomputed', 'storage'],
    description: 'Predictions computed ahead of time, looked up at request time.',
    fields: [text('freshness', 'Refreshed')],
  },
  {
    id: 'cache', label: 'Cache', step: 'serving', family: 'component', icon: 'memory-stick', roles: ['storage'],
    description: 'Keeps hot results or features in memory to cut latency.',
    fields: [text('ttl', 'Time to live')],
  },
  {
    id: 'model-compression', label: 'Model compression', step: 'serving', family: 'component', icon: 'shrink', roles: [],
    description: 'Makes the model smaller and faster: distillation, pruning, quantization.',
    fields: [text('technique', 'Technique', '', ['knowledge distillation', 'pruning', 'quantization'])],
  },
  {
    id: 'on-device-model', label: 'On-device model', step: 'serving', family: 'component', icon: 'smartphone', roles: ['prediction', 'model'],
    description: 'A model that runs on the phone or browser: no network latency, private, constrained.',
    fields: [text('runtime', 'Runtime', 'e.g. TFLite, Core ML')],
  },
  {
    id: 'postprocessing', label: 'Post-processing', step: 'serving', family: 'component', icon: 'eraser', roles: ['processing'],
    description: 'Refines raw predictions: non-maximum suppression, thresholds, calibration.',
    fields: [text('method', 'Method')],
  },
  {
    id: 'results', label: 'Results', step: 'serving', family: 'component', icon: 'list', roles: ['output'],
    description: 'What the system returns: top-k items, a feed, a decision.',
    fields: [text('size', 'Size', 'e.g. top 10')],
  },
  {
    id: 'vector-database', label: 'Vector database', step: 'serving', family: 'component', icon: 'database',
    roles: ['index', 'ann', 'retrieval', 'storage'],
    description: 'Stores embeddings and answers nearest-neighbour queries (index and ANN search in one).',
    fields: [text('index', 'Index', 'e.g. HNSW, IVF-PQ'), text('k', 'k')],
  },
  {
    id: 'guardrails', label: 'Guardrails / safety filter', step: 'serving', family: 'component', icon: 'shield-check', roles: ['guardrail'],
    description: 'Checks inputs and outputs: prompt injection, unsafe or private content, off-topic answers.',
    fields: [longtext('checks', 'Checks', 'e.g. PII, toxicity, prompt injection')],
  },
  {
    id: 'tool-api', label: 'Tool / external API', step: 'serving', family: 'component', icon: 'cog', roles: ['tool'],
    description: 'A service the model or a service calls: search, a database query, a calculator, a partner API.',
    fields: [text('call', 'Call')],
  },
  {
    id: 'rules-engine', label: 'Rules engine / decision policy', step: 'serving', family: 'component', icon: 'list-ordered', roles: ['policy'],
    description: 'Turns scores into decisions: thresholds, business rules, approve / review / block.',
    fields: [longtext('rules', 'Rules', 'e.g. score > 0.9: block')],
  },
  {
    id: 'enforcement', label: 'Enforcement service', step: 'serving', family: 'component', icon: 'gavel', roles: ['prediction'],
    description: 'Acts on a prediction: removes, demotes or blocks, and notifies the user.',
    fields: [text('actions', 'Actions')],
  },

  // ── Step 7: monitoring and infrastructure ────────────────────────────────────────────
  {
    id: 'logging', label: 'Logging / feedback', step: 'monitoring', family: 'component', icon: 'scroll-text', roles: ['logging'],
    description: 'Records predictions and user interactions to feed monitoring and retraining.',
    fields: [text('events', 'Events logged')],
  },
  {
    id: 'human-feedback', label: 'Human feedback', step: 'monitoring', family: 'component', icon: 'users',
    roles: ['logging', 'labels', 'feedback'],
    description: 'What users say about an answer: thumbs up or down, ratings, corrections.',
    fields: [text('signal', 'Signal', 'e.g. thumbs, ratings')],
  },
  {
    id: 'monitoring-dashboard', label: 'Monitoring dashboard', step: 'monitoring', family: 'component', icon: 'monitor', roles: ['monitor'],
    description: 'Watches operational metrics (latency, throughput) and ML metrics (accuracy, outputs).',
    fields: [text('operationalMetrics', 'Operational metrics'), text('mlMetrics', 'ML metrics')],
  },
  {
    id: 'drift-detection', label: 'Drift detection', step: 'monitoring', family: 'component', icon: 'trending-up', roles: ['drift', 'monitor'],
    description: 'Detects data distribution shift in inputs and predictions.',
    fields: [text('signal', 'Signal watched')],
  },
  {
    id: 'alerting', label: 'Alerting', step: 'monitoring', family: 'component', icon: 'bell', roles: ['alert', 'monitor'],
    description: 'Pages a human or triggers retraining when a metric crosses a threshold.',
    fields: [text('condition', 'Condition')],
  },
  {
    id: 'human-review', label: 'Human review queue', step: 'monitoring', family: 'component', icon: 'users', roles: ['review', 'labels'],
    description: 'Low-confidence cases go to reviewers; their decisions become labels.',
    fields: [text('volume', 'Reviews per day')],
  },
  {
    id: 'orchestrator', label: 'Pipeline orchestrator', step: 'monitoring', family: 'component', icon: 'workflow', roles: [],
    description: 'Schedules and tracks the training, indexing and batch jobs (infrastructure).',
    fields: [text('tool', 'Tool')],
  },

  // ── Free elements ────────────────────────────────────────────────────────────────────
  {
    id: 'note', label: 'Note', step: null, family: 'note', icon: 'sticky-note', roles: [],
    description: 'A free text note on the board.',
    fields: [],
  },
  {
    id: 'group', label: 'Pipeline group', step: null, family: 'group', icon: 'group', roles: [],
    description: 'A named dashed box around a pipeline; moves with its components.',
    fields: [],
  },
] as const satisfies readonly ComponentKind[];

/** The id of every kind in the catalog: a rule, pattern or template naming a kind is checked by the compiler. */
export type KindId = (typeof CATALOG)[number]['id'];

const kindById = new Map<string, ComponentKind>(CATALOG.map((k) => [k.id, k]));

export function findKind(id: string): ComponentKind | undefined {
  return kindById.get(id);
}

export function isKindId(id: string): id is KindId {
  return kindById.has(id);
}

export function getKind(id: string): ComponentKind {
  const kind = kindById.get(id);
  if (!kind) throw new Error(`Unknown component kind "${id}"`);
  return kind;
}

export function hasRole(kindId: string, role: Role): boolean {
  return kindById.get(kindId)?.roles.includes(role) ?? false;
}
