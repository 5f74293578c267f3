import { ask, kinds, point, rubric, rule, type ProblemSpec } from './spec';

export const videoRecommendation: ProblemSpec = {
  id: 'video-recommendation', title: 'Video recommendations', kind: 'ranking', difficulty: 'standard', caseStudy: 'video-recommendation',
  summary: 'Personalised videos on the homepage of a video platform.',
  prompt: 'Design the recommendation system for the homepage of a video platform: when a user opens the app, show videos they will want to watch.',
  questions: [
    ask('objective', 'businessObjective', 'What is the business objective?', 'Increase user engagement.'),
    ask('scale', 'scale', 'How many users and videos?', 'About 2 billion users and 10 billion videos.'),
    ask('latency', 'performance', 'How fast must the homepage load?', 'Recommendations in under 200 ms.'),
    ask('data', 'data', 'What data do we have?', 'User profiles, video metadata, and interactions: views, likes, watch time, searches.'),
    ask('new-users', 'features', 'Do we need to handle new users?', 'Yes, users who just signed up should get sensible recommendations.'),
    ask('retrain', 'constraints', 'How often can we retrain?', 'Daily is fine; new videos appear all the time.'),
  ],
  rubric: rubric(
    point('two-stage', 'serving', 'Uses candidate generation then ranking (then re-ranking)',
      'Scoring 10 B videos per request is impossible; a funnel keeps latency in budget.', kinds('candidate-generation'), kinds('ranking'), rule('pattern-candidates-ranked')),
    point('ann', 'serving', 'Retrieves candidates by embedding similarity with ANN',
      'Two-tower embeddings plus ANN make retrieval from billions fast.', kinds('ann-service')),
  ),
  reference: { template: 'video-recommendation' },
};
