import { ask, kinds, point, rubric, rule, type ProblemSpec } from './spec';

export const similarListings: ProblemSpec = {
  id: 'similar-listings', title: 'Similar listings', kind: 'retrieval', difficulty: 'standard', caseStudy: 'similar-listings',
  summary: 'Recommend listings similar to the one a user is viewing on a rental site.',
  prompt: 'On a vacation rental site, design the "similar listings" carousel shown on a listing page.',
  questions: [
    ask('objective', 'businessObjective', 'What is the goal?', 'More bookings.'),
    ask('personal', 'features', 'Is it personalised?', 'Not per user; it depends on the listing being viewed and the session.'),
    ask('scale', 'scale', 'How many listings?', 'About 5 million listings; 100 million daily sessions.'),
    ask('data', 'data', 'What data do we have?', 'Browsing sessions: sequences of listings clicked, and which ended in a booking.'),
    ask('latency', 'performance', 'Latency?', 'The carousel loads with the page: under 100 ms.'),
    ask('new-listings', 'constraints', 'What about new listings?', 'Many listings are new each day and should appear in results.'),
  ],
  rubric: rubric(
    point('session-embeddings', 'model', 'Learns listing embeddings from click sessions (co-clicked = similar)',
      'Sessions say what people see as alternatives better than listing attributes do.', kinds('training'), kinds('trained-model')),
    point('ann', 'serving', 'Finds neighbours with ANN over a fresh index',
      'Millions of listings within 100 ms needs an index.', kinds('ann-service'), kinds('indexing-service'), rule('pattern-index-fed')),
  ),
  reference: { template: 'similar-listings' },
};
