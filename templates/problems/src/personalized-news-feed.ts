import { ask, kinds, point, rubric, type ProblemSpec } from './spec';

export const personalizedNewsFeed: ProblemSpec = {
  id: 'personalized-news-feed', title: 'Personalised news feed', kind: 'ranking', difficulty: 'standard', caseStudy: 'personalized-news-feed',
  summary: "Rank the unseen posts in a user's feed by predicted engagement.",
  prompt: "Design the ranking of a social network's news feed: when a user opens the app, order the posts they have not seen yet.",
  questions: [
    ask('objective', 'businessObjective', 'What is the objective?', 'Increase engagement: daily active users and time spent.'),
    ask('reactions', 'features', 'Which reactions matter?', 'Clicks, likes, comments, shares, hides and time spent; each is worth something different.'),
    ask('scale', 'scale', 'What scale?', 'About 3 billion users; each opens the feed several times a day.'),
    ask('latency', 'performance', 'Latency?', 'The feed must render in under 200 ms.'),
    ask('data', 'data', 'What data do we have?', 'Users, posts (text, images, video), the social graph and all reactions.'),
    ask('freshness', 'constraints', 'Do new posts need to appear fast?', 'Yes, friends\' posts within minutes.'),
  ],
  rubric: rubric(
    point('multi-task', 'model', 'Predicts several reactions with one multi-task model, combined into a score',
      'Likes, shares and hides mean different things; one head per reaction and weights per business value.', kinds('trained-model')),
    point('rerank', 'serving', 'Re-ranks for diversity and freshness',
      'A feed of near-duplicates hurts engagement even if each post scores well.', kinds('reranking')),
  ),
  reference: { template: 'personalized-news-feed' },
};
