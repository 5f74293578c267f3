import { box, request, batch } from '../../src/spec';
import { ask, concept, kinds, point, rubric, type ProblemSpec } from './spec';
import { skeleton } from './skeleton';

export const coldStartMarketplace: ProblemSpec = {
  id: 'cold-start-marketplace', title: 'Recommendations for a new marketplace', kind: 'ranking', difficulty: 'hard',
  summary: 'Recommend items on a marketplace that launched last month, with little interaction data.',
  prompt: 'We launched a second-hand furniture marketplace last month. Design the recommendations on its home page.',
  questions: [
    ask('objective', 'businessObjective', 'What is the goal?', 'More purchases, and enough sales for new sellers that they keep listing.'),
    ask('data', 'data', 'How much data do we have?', 'Very little: 40,000 users, 100,000 listings, a few hundred thousand views and 3,000 purchases.'),
    ask('listings', 'features', 'What is in a listing?', 'Photos, a title, a description, a price, a location; every item is unique and sells once.'),
    ask('scale', 'scale', 'Expected growth?', 'Ten times more users within a year.'),
    ask('latency', 'performance', 'Latency?', 'The home page within 300 ms.'),
    ask('constraints', 'constraints', 'Any constraints?', 'A small team, so the system must be simple to run; local pickup, so distance matters.'),
  ],
  rubric: rubric(
    point('content-based', 'framing', 'Starts content-based (embeddings of photos and text), not collaborative filtering',
      'With 3,000 purchases and single-sale items, interaction matrices are too sparse.', kinds('encoder')),
    point('exploration', 'serving', 'Mixes in new listings deliberately (exploration) and filters by distance',
      'New items need impressions to collect signal; local pickup makes far items useless.', concept('cold-start'), kinds('reranking')),
  ),
  reference: skeleton({
    cards: {
      requirements: {
        businessObjective: 'More purchases, and sales for new sellers so they keep listing.',
        features: 'Home page feed of listings near the user; new listings get exposure.',
        data: '40 K users, 100 K listings, a few hundred thousand views, 3 K purchases.',
        constraints: 'Small team; local pickup (distance matters); each item sells once.',
        scale: '10× growth in a year.',
        performance: 'Home page in < 300 ms.',
      },
      framing: {
        mlObjective: 'Predict the probability that a user views then contacts the seller for a listing.',
        input: 'A user (or a new visitor) and their location',
        output: 'Listings ranked by predicted engagement',
        mlCategory: 'Content-based recommendation, then learning to rank',
        problemKind: 'ranking',
      },
      data: {
        sources: 'Listings (photos, text, price, location), users, views, contacts, purchases',
        storage: 'One database; listing embeddings in an index',
        labels: 'Natural labels: contacting the seller is positive; views without contact are weak negatives',
      },
      features: {
        features: 'Listing image and text embeddings, price, distance, listing age; user history embedding (mean of viewed items)',
        engineering: 'Pre-trained image and text encoders; distance bucketed; cold users get location and popular categories',
      },
      model: {
      baseline: 'Newest listings near the user',
        model: 'Baseline: newest listings nearby; then embedding similarity to viewed items; then a small GBDT ranker once data grows',
        dataset: 'Views with contacts as positives; split by time',
        loss: 'Binary cross-entropy',
        training: 'Weekly retraining of the ranker; encoders pre-trained, not retrained',
      },
      evaluation: {
        offlineMetrics: 'Recall@20, nDCG on held-out contacts',
        onlineMetrics: 'Contacts per visit, purchases, share of new listings sold within 7 days',
      },
      serving: {
        predictionMode: 'online',
        deployment: 'cloud',
        compression: 'Not needed',
        testing: 'A/B test against newest-nearby baseline',
      },
      monitoring: {
        operationalMetrics: 'Latency',
        mlMetrics: 'Contact rate, catalogue coverage, embedding drift',
        retraining: 'Weekly',
      },
    },
    sources: [
      box('marketplace-db', 'database', 'Marketplace database', { contents: 'listings, users, views, contacts' }),
    ],
    preparation: [
      box('listing-embeddings', 'features', 'Listing embeddings', { shape: '512-d image + text embedding' }),
    ],
    labels: 'contact with seller = positive',
    training: { approach: 'from scratch (ranker); encoders pre-trained', schedule: 'weekly' },
    offlineMetrics: 'Recall@20, nDCG',
    model: box('model', 'trained-model', 'Listing ranker', { architecture: 'GBDT on embedding similarity and context' }),
    serving: [
      box('home', 'client', 'Home page', { request: 'feed(user, location)' }),
      box('encoder', 'encoder', 'Pre-trained image and text encoder', { architecture: 'CLIP-style' }),
      box('nearby', 'candidate-generation', 'Nearby similar listings', { strategy: 'embedding similarity to viewed items, within 30 km' }),
      box('ranker', 'ranking', 'Ranking service', { model: 'GBDT' }),
      box('explore', 'reranking', 'Exploration and distance filter', { rules: 'reserve 20% of slots for listings < 3 days old; drop > 30 km' }),
      box('feed', 'results', 'Home feed'),
    ],
    servedBy: 'ranker',
    loggedFrom: 'feed',
    logEvents: 'impressions, views, contacts',
    dashboard: { operationalMetrics: 'latency', mlMetrics: 'contact rate, coverage, drift' },
    arrows: [
      request('home', 'nearby'),
      request('nearby', 'ranker'),
      request('ranker', 'explore'),
      request('explore', 'feed'),
      batch('marketplace-db', 'encoder'),
      batch('encoder', 'listing-embeddings'),
      request('listing-embeddings', 'nearby'),
      batch('listing-embeddings', 'dataset-construction'),
      batch('marketplace-db', 'dataset-construction'),
    ],
  }),
};
