import { box, request, batch, stream } from '../../src/spec';
import { ask, kinds, point, rubric, type ProblemSpec } from './spec';
import { skeleton } from './skeleton';

export const queryAutocomplete: ProblemSpec = {
  id: 'query-autocomplete', title: 'Query autocomplete', kind: 'ranking', difficulty: 'warm-up',
  summary: 'Suggest completions as a user types in a search box.',
  prompt: 'Design query autocomplete for the search box of a large e-commerce site: as the user types, suggest completions.',
  questions: [
    ask('objective', 'businessObjective', 'What is the goal?', 'Help users reach a good query faster; more searches that end in a purchase.'),
    ask('latency', 'performance', 'How fast?', 'Suggestions must appear within 50 ms of each keystroke.'),
    ask('scale', 'scale', 'How much traffic?', '10,000 keystroke requests per second at peak; a vocabulary of 50 million past queries.'),
    ask('data', 'data', 'What data do we have?', 'Search logs: prefixes typed, suggestions shown, which one was picked, and what happened after.'),
    ask('safety', 'constraints', 'Anything we must not suggest?', 'No offensive or legally risky suggestions; there is a blocklist.'),
    ask('personal', 'features', 'Personalised?', 'Lightly: recent searches of the user may be boosted.'),
  ],
  rubric: rubric(
    point('candidates', 'serving', 'Retrieves candidates by prefix from a precomputed index, then ranks a short list',
      'Scoring 50 M queries per keystroke is impossible; a prefix index gives the short list in microseconds.', kinds('candidate-generation'), kinds('ranking')),
    point('filters', 'serving', 'Filters suggestions against a blocklist after ranking',
      'One offensive suggestion is a headline; a rule layer is cheap insurance.', kinds('reranking')),
  ),
  reference: skeleton({
    cards: {
      requirements: {
        businessObjective: 'More searches that lead to a purchase, reached faster.',
        features: 'Up to 8 completions per keystroke; recent searches boosted; blocklisted terms never shown.',
        data: 'Search logs with prefixes, suggestions shown and picked, and purchases after.',
        constraints: 'Blocklist for offensive and legally risky terms.',
        scale: '10 K requests per second at peak; 50 M distinct past queries.',
        performance: '50 ms per keystroke end to end.',
      },
      framing: {
        mlObjective: 'Rank completions by the probability that the user picks them and the search converts.',
        input: 'The typed prefix and the user context',
        output: 'Top 8 completions',
        mlCategory: 'Learning to rank',
        problemKind: 'ranking',
      },
      data: {
        sources: 'Search logs, query catalogue, purchases',
        storage: 'Logs in a data lake; prefix index rebuilt hourly',
        labels: 'Natural labels: the picked suggestion is positive, the others shown are negatives',
      },
      features: {
        features: 'Query popularity (1 day, 30 days), prefix match length, conversion rate of the query, user recent searches',
        engineering: 'Log-scaled counts; trending score as short over long window ratio',
      },
      model: {
      baseline: 'Most popular completions of the prefix',
        model: 'Popularity baseline; then a GBDT ranker (LambdaMART)',
        dataset: 'One group per keystroke impression; time-based split',
        loss: 'LambdaRank (pairwise)',
        training: 'Daily retraining',
      },
      evaluation: {
        offlineMetrics: 'MRR of the picked suggestion, keystrokes saved',
        onlineMetrics: 'Suggestion pick rate, search conversion, time to search',
      },
      serving: {
        predictionMode: 'online',
        deployment: 'cloud',
        compression: 'Small tree ensemble to fit 50 ms',
        testing: 'A/B test on search conversion',
      },
      monitoring: {
        operationalMetrics: 'p99 latency, cache hit rate',
        mlMetrics: 'Pick rate, blocklist hits, popularity drift',
        retraining: 'Daily',
      },
    },
    sources: [
      box('search-logs', 'event-stream', 'Search log stream', { topic: 'prefixes, suggestions, picks' }),
      box('query-lake', 'data-lake', 'Query log lake'),
    ],
    preparation: [
      box('popularity', 'batch-feature-computation', 'Query popularity job', { features: 'counts and conversion per query, hourly' }),
    ],
    labels: 'picked suggestion = positive, other suggestions shown = negative',
    training: { approach: 'from scratch', schedule: 'daily' },
    offlineMetrics: 'MRR, keystrokes saved',
    model: box('model', 'trained-model', 'Completion ranker', { architecture: 'LambdaMART' }),
    serving: [
      box('search-box', 'client', 'Search box', { request: 'complete(prefix)' }),
      box('prefix-index', 'candidate-generation', 'Prefix index lookup', { strategy: 'trie of popular queries, top 100 per prefix' }),
      box('ranker', 'ranking', 'Completion ranker service', { model: 'LambdaMART' }),
      box('blocklist', 'reranking', 'Blocklist filter', { rules: 'drop blocklisted terms, dedupe' }),
      box('suggestions', 'results', 'Suggestions', { size: '8' }),
    ],
    servedBy: 'ranker',
    loggedFrom: 'suggestions',
    logEvents: 'suggestions shown, picks',
    dashboard: { operationalMetrics: 'latency, cache hits', mlMetrics: 'pick rate, popularity drift' },
    arrows: [
      request('search-box', 'prefix-index', 'prefix'),
      request('prefix-index', 'ranker'),
      request('ranker', 'blocklist'),
      request('blocklist', 'suggestions'),
      stream('search-logs', 'query-lake'),
      batch('query-lake', 'popularity'),
      batch('popularity', 'prefix-index', 'rebuild hourly'),
      batch('popularity', 'dataset-construction'),
      batch('search-logs', 'dataset-construction'),
    ],
  }),
};
