import { ask, concept, kinds, point, rubric, rule, type ProblemSpec } from './spec';

export const visualSearch: ProblemSpec = {
  id: 'visual-search', title: 'Visual search', kind: 'retrieval', difficulty: 'standard', caseStudy: 'visual-search',
  summary: 'Find images that look like the one a user gives, Pinterest style.',
  prompt: 'Design a visual search system: a user taps an image, or a region of it, and we show images that look similar, ranked by similarity.',
  questions: [
    ask('objective', 'businessObjective', 'What is the business goal?', 'Keep people engaged: more clicks and saves on the similar images we show.'),
    ask('scale', 'scale', 'How many images and users?', 'About 100 billion images in the catalogue; hundreds of millions of searches a day.'),
    ask('latency', 'performance', 'How fast must results come back?', 'Under 200 ms end to end; the results must feel instant.'),
    ask('data', 'data', 'What data and labels do we have?', 'The images themselves and user interactions: clicks, saves, shares on search results. No hand labels.'),
    ask('crop', 'features', 'Can users search with part of an image?', 'Yes, they can crop a region; text queries are out of scope.'),
    ask('personal', 'constraints', 'Should results be personalised?', 'No, the same query image gives the same results for everyone.'),
  ],
  rubric: rubric(
    point('embeddings', 'framing', 'Frames it as representation learning: images to embeddings, similar = close',
      'Ranking by embedding distance is what makes search over billions of images possible.', kinds('encoder', 'embedding-service')),
    point('ann', 'serving', 'Uses approximate nearest-neighbour search over an index kept fresh by an indexing service',
      'Exact search over 100 B vectors cannot meet 200 ms.', kinds('ann-service'), kinds('indexing-service'), rule('pattern-index-fed')),
    point('reindex', 'monitoring', 'Re-embeds the whole index when a new encoder ships',
      'Vectors from two encoder versions do not compare: a new encoder with an old index returns nonsense.', concept('index-refresh')),
    point('contrastive', 'model', 'Trains the encoder contrastively on positive and negative pairs',
      'Similarity has to be learned from pairs; a classification head would not order results.', kinds('training'), rule('model-loss')),
  ),
  reference: { template: 'visual-search' },
};
