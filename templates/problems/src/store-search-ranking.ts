import { box, request, batch } from '../../src/spec';
import { ask, kinds, point, rubric, rule, type ProblemSpec } from './spec';
import { skeleton } from './skeleton';

export const storeSearchRanking: ProblemSpec = {
  id: 'store-search-ranking', title: 'Store search ranking', kind: 'retrieval', difficulty: 'standard',
  summary: 'Learning to rank the products returned by an online store search.',
  prompt: 'Design the ranking of search results for an online store: a shopper types "running shoes" and we order the matching products.',
  questions: [
    ask('objective', 'businessObjective', 'What is the business objective?', 'Revenue from search: more searches that end in a purchase.'),
    ask('catalogue', 'scale', 'How big is the catalogue and traffic?', '20 million products; 2,000 searches per second at peak.'),
    ask('latency', 'performance', 'Latency budget?', '150 ms for the whole search, of which ranking gets 50 ms.'),
    ask('data', 'data', 'What data do we have?', 'Search logs with impressions, clicks, add-to-cart and purchases by position; the catalogue.'),
    ask('position', 'constraints', 'Anything odd about the clicks?', 'Top results get clicked because they are on top (position bias); sponsored slots are fixed.'),
    ask('retrieval', 'features', 'Is there an existing search engine?', 'Yes, a keyword engine (BM25) that returns a thousand matches.'),
  ],
  rubric: rubric(
    point('funnel', 'serving', 'Keeps the keyword engine for retrieval and adds a learned ranker on top',
      'Ranking 20 M products per query is impossible; retrieval then ranking is the standard funnel.', kinds('search-engine'), kinds('ranking'), rule('pattern-candidates-ranked')),
    point('position-bias', 'data', 'Corrects position bias in click labels',
      'Otherwise the model learns to copy the old ranking.', kinds('dataset-construction')),
  ),
  reference: skeleton({
    cards: {
      requirements: {
        businessObjective: 'More revenue from search.',
        features: 'Ranked products for a text query; sponsored slots fixed; filters by size and brand.',
        data: 'Search logs with impressions, clicks, add-to-cart, purchases by position; catalogue.',
        constraints: 'Position bias in clicks; sponsored slots are not ranked by us.',
        scale: '20 M products, 2,000 searches per second at peak.',
        performance: '150 ms for search, 50 ms for ranking.',
      },
      framing: {
        mlObjective: 'Rank products by the probability of purchase given the query.',
        input: 'A query, the shopper context and the top 1,000 keyword matches',
        output: 'The top 50 products in order',
        mlCategory: 'Learning to rank (listwise)',
        problemKind: 'retrieval',
      },
      data: {
        sources: 'Search logs, product catalogue, orders',
        storage: 'Logs in a data lake; product features in a feature store',
        labels: 'Graded relevance from behaviour: purchase 3, add-to-cart 2, click 1, skip 0; reweighted for position bias',
      },
      features: {
        features: 'BM25 score, query-title embedding similarity, price, rating, sales rank, query-category match, personal brand affinity',
        engineering: 'Log-scaled counts; query and title embeddings from a pre-trained text encoder',
      },
      model: {
      baseline: 'BM25 order',
        model: 'Baseline: BM25 order; then LambdaMART on the features above',
        dataset: 'Query groups from logs; inverse propensity weights for position; time-based split',
        loss: 'LambdaRank (listwise nDCG)',
        training: 'Daily retraining',
      },
      evaluation: {
        offlineMetrics: 'nDCG@10 on held-out query groups',
        onlineMetrics: 'Search conversion rate, revenue per search',
      },
      serving: {
        predictionMode: 'online',
        deployment: 'cloud',
        compression: 'Tree count limited to meet 50 ms',
        testing: 'Interleaving test, then A/B test on revenue per search',
      },
      monitoring: {
        operationalMetrics: 'Ranking latency p99',
        mlMetrics: 'Conversion, null-result rate, feature drift',
        retraining: 'Daily; the product index is rebuilt when a new encoder version ships',
      },
    },
    sources: [
      box('search-logs', 'data-lake', 'Search log lake', { contents: 'impressions, clicks, carts, purchases' }),
      box('catalogue', 'database', 'Product catalogue'),
    ],
    preparation: [
      box('product-features', 'batch-feature-computation', 'Product features job', { features: 'sales rank, rating, price' }),
      box('feature-store', 'feature-store', 'Feature store'),
    ],
    labels: 'graded by behaviour, reweighted by position propensity',
    training: { approach: 'from scratch', schedule: 'daily' },
    offlineMetrics: 'nDCG@10',
    model: box('model', 'trained-model', 'Search ranker', { architecture: 'LambdaMART' }),
    serving: [
      box('shopper', 'client', 'Shopper', { request: 'search(query)' }),
      box('keyword', 'search-engine', 'Keyword search engine', { fields: 'title, brand, category (BM25, top 1,000)' }),
      box('ranker', 'ranking', 'Search ranking service', { model: 'LambdaMART' }),
      box('results', 'results', 'Search results', { size: '50' }),
    ],
    servedBy: 'ranker',
    loggedFrom: 'results',
    logEvents: 'impressions with positions, clicks, purchases',
    dashboard: { operationalMetrics: 'latency', mlMetrics: 'conversion, drift' },
    arrows: [
      request('shopper', 'keyword'),
      request('keyword', 'ranker', 'top 1,000'),
      request('feature-store', 'ranker'),
      request('ranker', 'results'),
      batch('catalogue', 'keyword', 'index'),
      batch('catalogue', 'product-features'),
      batch('search-logs', 'product-features'),
      batch('product-features', 'feature-store'),
      batch('feature-store', 'dataset-construction'),
      batch('search-logs', 'dataset-construction'),
    ],
  }),
};
