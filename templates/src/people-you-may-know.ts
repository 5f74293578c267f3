// Chapter 11, People You May Know. Figure 11.19, plus the GNN training side and the feedback loop.
import { batch, both, box, group, request, stream, type TemplateSpec } from './spec';

export const peopleYouMayKnow: TemplateSpec = {
  id: 'people-you-may-know',
  cards: {
    requirements: {
      businessObjective: 'Help users discover potential connections and grow their networks.',
      features: 'Recommend people from education, work and social context; connections are symmetric (request, then accept).',
      data: 'Users (demographics, education, work, skills), connections, interactions (requests, accepts, follows, searches, profile views, reactions).',
      constraints: 'The social graph changes slowly, so recommendations can be pre-computed.',
      scale: '~1 billion users, 300 million daily active; ~1,000 connections per user.',
      performance: 'PYMK served from pre-computed lists; recomputed e.g. every 7 days, faster for new users.',
    },
    framing: {
      mlObjective: 'Maximize the number of formed connections.',
      input: 'A user',
      output: 'Potential connections ranked by relevance',
      mlCategory: 'Edge prediction on the social graph (GNN)',
      problemKind: 'ranking',
    },
    data: {
      sources: 'Users (demographics, education, work, skills), Connections (user1, user2, timestamp), Interactions (request, accept, follow, search, profile view, reaction)',
      storage: 'Raw data in a data lake; graph snapshots; pre-computed PYMK lists in a key-value store',
      labels: 'From the graph at time t+1: a new edge is positive, no edge is negative',
    },
    features: {
      features: 'User: demographics, connections, followers, pending requests, account age, reactions. User-user affinity: schools and companies in common, same major or industry, profile visits, (time-discounted) mutual connections',
      engineering: 'Standardize education and work attributes (predefined lists, heuristics, clustering); user features on nodes, affinities on edges',
    },
    model: {
      model: 'Graph neural network (GCN, GraphSAGE, GAT or GIT by experiment) producing node embeddings; edge probability = dot product',
      baseline: 'Friends of friends ranked by number of mutual connections',
      dataset: 'Graph snapshot at time t with node and edge features; labels from the graph at t+1',
      loss: 'Not specified by the book (GNN training out of scope); e.g. binary cross-entropy on edge labels',
      training: 'Retrain on new graph snapshots',
    },
    evaluation: {
      offlineMetrics: 'GNN model: ROC-AUC; PYMK ranking: mAP',
      onlineMetrics: 'Connection requests sent, and accepted (preferred), in the last X days',
    },
    serving: {
      predictionMode: 'batch (pre-computed PYMK; one-time request when no list exists)',
      deployment: 'cloud',
      compression: 'Not needed: batch scoring, pre-computed only for active users',
      testing: 'A/B test on accepted connection requests',
    },
    monitoring: {
      operationalMetrics: 'Batch job duration, PYMK service latency, coverage',
      mlMetrics: 'Requests sent and accepted; ROC-AUC on new edges; feature drift',
      retraining: 'Recompute PYMK e.g. weekly; retrain the GNN on new snapshots',
    },
  },
  groups: [
    group('prediction-pipeline', 'Prediction pipeline', [
      box('user', 'client', 'User'),
      box('pymk-service', 'prediction-service', 'PYMK service', { predictionMode: 'batch, with a one-time online request' }),
      box('precomputed', 'precomputed-store', 'Pre-computed PYMK', { freshness: 'every 7 days; faster for new users' }),
    ]),
    group('pymk-generation-pipeline', 'PYMK generation pipeline', [
      box('graph-data', 'data-source', 'Users, connections, interactions', { dataType: 'structured' }),
      box('data-lake', 'data-lake', 'Data lake'),
      box('feature-computation', 'batch-feature-computation', 'Feature computation', { features: 'user features, user-user affinities' }),
      box('scoring-service', 'batch-prediction', 'Scoring service', { schedule: 'every 7 days, active users' }),
      box('gnn-model', 'trained-model', 'GNN Model', { architecture: 'GNN (GraphSAGE, GAT...)' }),
      box('fof-service', 'candidate-generation', 'FoF Service', { strategy: 'friends of friends', output: '~1 M of 1 B users' }),
    ]),
    group('training-pipeline', 'Training pipeline', [
      box('dataset-construction', 'dataset-construction', 'Dataset construction', {
        labels: 'new edges at t+1 = positive',
      }),
      box('graph-dataset', 'dataset', 'Graph snapshot dataset', { split: 'snapshot t, labels t+1' }),
      box('gnn-training', 'training', 'GNN training'),
      box('evaluator', 'offline-evaluation', 'Evaluator', { metrics: 'ROC-AUC, mAP' }),
      box('registry', 'model-registry', 'Model registry'),
    ]),
    group('monitoring-group', 'Monitoring and feedback', [
      box('pymk-logs', 'logging', 'PYMK impression logs', { events: 'impressions, requests sent and accepted' }),
      box('dashboard', 'monitoring-dashboard', 'Monitoring dashboard', {
        operationalMetrics: 'latency, batch duration', mlMetrics: 'requests accepted',
      }),
    ]),
  ],
  arrows: [
    both('user', 'pymk-service'),
    request('precomputed', 'pymk-service'),
    // The book's dashed arrow points at the whole PYMK generation pipeline: it runs the pipeline for one user.
    request('pymk-service', 'pymk-generation-pipeline', 'one-time request'),
    batch('graph-data', 'data-lake'),
    batch('data-lake', 'feature-computation'),
    batch('feature-computation', 'scoring-service'),
    both('scoring-service', 'gnn-model'),
    request('fof-service', 'scoring-service'),
    batch('data-lake', 'fof-service', 'connections'),
    batch('scoring-service', 'precomputed'),
    batch('data-lake', 'dataset-construction'),
    batch('dataset-construction', 'graph-dataset'),
    batch('graph-dataset', 'gnn-training'),
    batch('gnn-training', 'evaluator'),
    batch('evaluator', 'registry'),
    batch('registry', 'gnn-model', 'deploy'),
    stream('pymk-service', 'pymk-logs', 'impressions, requests'),
    batch('pymk-logs', 'data-lake'),
    stream('pymk-service', 'dashboard', 'latency'),
    stream('pymk-logs', 'dashboard', 'requests accepted'),
  ],
};
