import { ask, concept, kinds, point, rubric, type ProblemSpec } from './spec';

export const adClickPrediction: ProblemSpec = {
  id: 'ad-click-prediction', title: 'Ad click prediction', kind: 'ranking', difficulty: 'hard', caseStudy: 'ad-click-prediction',
  summary: 'Rank timeline ads by the probability of a click.',
  prompt: "Design the system that chooses which ads to show in users' timelines on a social platform, by predicting whether they will click.",
  questions: [
    ask('objective', 'businessObjective', 'What is the business objective?', 'Maximise revenue from ads; every click earns the same.'),
    ask('freshness', 'constraints', 'How fresh must the model be?', 'Very: even a few minutes of delay in updating the model hurts.'),
    ask('scale', 'scale', 'What scale?', 'Hundreds of millions of users, millions of ads, a constant stream of impressions and clicks.'),
    ask('labels', 'data', 'What counts as a positive?', 'A click within a few seconds of the impression; no click or a hide is negative.'),
    ask('latency', 'performance', 'Latency?', 'Ads are ranked online for every timeline request, within tens of milliseconds.'),
    ask('hide', 'features', 'Can users hide ads?', 'Yes, and that is a strong negative signal.'),
  ],
  rubric: rubric(
    point('continual', 'model', 'Keeps the model fresh with continual learning',
      'Ad and user behaviour shift by the hour; a stale model loses money.', kinds('training'), kinds('event-stream')),
    point('feature-crossing', 'data', 'Handles sparse, high-cardinality features (embeddings, feature crosses)',
      'Ad and user IDs are the strongest signals, and the sparsest.', kinds('feature-store')),
    point('calibrated-ranking', 'serving', 'Ranks candidates that match targeting by predicted click probability',
      'Targeting narrows the pool; the model orders what is left.', kinds('candidate-generation'), kinds('ranking')),
    point('calibration', 'evaluation', 'Keeps the click probability calibrated, since it sets the bid',
      'An ad\'s price is its bid times the predicted click rate: a probability off by 20 % misprices every auction.', concept('calibration')),
  ),
  reference: { template: 'ad-click-prediction' },
};
