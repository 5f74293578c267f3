import { box, request, batch, stream } from '../../src/spec';
import { ask, concept, kinds, point, rubric, type ProblemSpec } from './spec';
import { skeleton } from './skeleton';

export const toxicComments: ProblemSpec = {
  id: 'toxic-comments', title: 'Spam and toxic comment filtering', kind: 'classification', difficulty: 'warm-up',
  summary: 'Hide spam and toxic comments under videos before people see them.',
  prompt: 'Design a system that filters spam and toxic comments on a video platform.',
  questions: [
    ask('objective', 'businessObjective', 'What is the goal?', 'Healthier comment sections: fewer toxic and spam comments seen, without silencing normal users.'),
    ask('scale', 'scale', 'How many comments?', '100 million comments a day, in 20 languages.'),
    ask('latency', 'performance', 'When must we decide?', 'Before the comment is shown: under 150 ms.'),
    ask('labels', 'data', 'Do we have labels?', 'Moderators label about 20,000 comments a day; users report comments; spam campaigns are confirmed by the trust team.'),
    ask('adversarial', 'constraints', 'Do spammers adapt?', 'Yes, quickly: they change wording and accounts within days.'),
    ask('actions', 'features', 'What happens to a flagged comment?', 'Hidden pending review, or held for the creator to approve; clear spam is dropped.'),
  ],
  rubric: rubric(
    point('review', 'data', 'Uses moderator review both as an action and as the source of fresh labels',
      'Adversaries change weekly; reviewed decisions are the freshest labels there are.', kinds('human-review')),
    point('imbalance', 'model', 'Says how rare toxic comments are and how training handles it',
      'Most comments are fine: a model can look accurate while catching nothing.', concept('class-imbalance')),
    point('account-signals', 'data', 'Adds account and behaviour signals, not only the text',
      'Spam campaigns share accounts, links and timing even when the words change.', kinds('online-feature-computation')),
  ),
  reference: skeleton({
    cards: {
      requirements: {
        businessObjective: 'Fewer toxic and spam comments seen, with few false removals.',
        features: 'Drop clear spam, hide likely toxic comments for review, let creators approve held comments.',
        data: 'Comments, accounts, moderator labels (20 K/day), user reports.',
        constraints: 'Adversarial: spammers adapt within days; 20 languages.',
        scale: '100 M comments a day.',
        performance: 'Decide before the comment is shown, < 150 ms.',
      },
      framing: {
        mlObjective: 'Predict the probability that a comment is spam and that it is toxic.',
        input: 'A comment with its author and context',
        output: 'P(spam), P(toxic), then allow / hold / drop',
        mlCategory: 'Multi-label classification',
        problemKind: 'classification',
      },
      data: {
        sources: 'Comments, accounts, reports, moderator decisions',
        storage: 'Comments and decisions in the warehouse; events in a stream',
        labels: 'Hand labels from moderators; user reports confirmed by review, which arrive within 2 days',
      },
      features: {
        features: 'Comment text, links, account age, comments per account in the last hour, duplicate-text counts',
        engineering: 'Multilingual text embeddings; counts over sliding windows; URL domain reputation',
      },
      model: {
      baseline: 'Blocklists and a linear model on n-grams',
        model: 'Baseline: blocklists and a linear model on n-grams; then a fine-tuned multilingual transformer with account features',
        dataset: 'Moderator-labelled comments; time-based split; toxic and spam upsampled',
        loss: 'Binary cross-entropy per label',
        training: 'Fine-tuned weekly; spam head daily',
      },
      evaluation: {
        offlineMetrics: 'PR-AUC per label, precision at the hold threshold',
        onlineMetrics: 'Toxic comments seen per 1,000 views, report rate, appeal overturn rate',
      },
      serving: {
        predictionMode: 'online',
        deployment: 'cloud',
        compression: 'Distilled transformer to meet 150 ms',
        testing: 'Shadow scoring, then A/B test by channel',
      },
      monitoring: {
        operationalMetrics: 'Latency, throughput',
        mlMetrics: 'Hold rate, overturns, score drift by language',
        retraining: 'Weekly, daily for spam',
      },
    },
    sources: [
      box('comments', 'database', 'Comment warehouse', { contents: 'comments, accounts, decisions' }),
      box('comment-events', 'event-stream', 'Comment event stream', { topic: 'new comments, reports' }),
    ],
    preparation: [
      box('account-features', 'online-feature-computation', 'Account behaviour features', { features: 'comments per hour, duplicates, account age' }),
    ],
    labels: 'moderator decisions; confirmed reports',
    training: { approach: 'fine-tuning', schedule: 'weekly (spam head daily)' },
    offlineMetrics: 'PR-AUC per label',
    model: box('model', 'trained-model', 'Comment classifier', { architecture: 'distilled multilingual transformer' }),
    serving: [
      box('app', 'client', 'Comment box', { request: 'post_comment(text)' }),
      box('classifier', 'prediction-service', 'Comment classification service', { predictionMode: 'online', latency: '150 ms' }),
      box('moderation', 'enforcement', 'Moderation actions', { actions: 'drop spam, hold toxic for review' }),
      box('review', 'human-review', 'Moderator review queue', { volume: '20 K a day' }),
    ],
    servedBy: 'classifier',
    loggedFrom: 'moderation',
    logEvents: 'scores, actions, reports, appeals',
    dashboard: { operationalMetrics: 'latency', mlMetrics: 'hold rate, overturns, drift' },
    arrows: [
      request('app', 'classifier'),
      request('account-features', 'classifier'),
      request('classifier', 'moderation'),
      request('moderation', 'review', 'held'),
      stream('comment-events', 'account-features'),
      stream('comment-events', 'comments'),
      batch('comments', 'dataset-construction'),
      batch('review', 'dataset-construction', 'moderator labels'),
    ],
  }),
};
