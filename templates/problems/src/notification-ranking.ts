import { box, request, batch, stream } from '../../src/spec';
import { ask, kinds, point, rubric, type ProblemSpec } from './spec';
import { skeleton } from './skeleton';

export const notificationRanking: ProblemSpec = {
  id: 'notification-ranking', title: 'Push notification ranking', kind: 'ranking', difficulty: 'standard',
  summary: 'Decide which push notifications to send, and when, without annoying users.',
  prompt: 'Our app can send many push notifications a day: new followers, posts from friends, reminders. Design the system that decides which ones each user gets.',
  questions: [
    ask('objective', 'businessObjective', 'What are we optimising for?', 'Daily active users coming back through notifications, without pushing people to disable them.'),
    ask('budget', 'constraints', 'Is there a limit per user?', 'Product caps it at 5 a day per user, and none at night in their time zone.'),
    ask('scale', 'scale', 'How many candidates?', '200 million users; about 2 billion candidate notifications a day, 30 per user.'),
    ask('latency', 'performance', 'Real time?', 'Time-sensitive ones (a message) within a minute; the rest can be batched every 15 minutes.'),
    ask('labels', 'data', 'What feedback do we get?', 'Opens within an hour, dismissals, and notification settings turned off.'),
    ask('types', 'features', 'Are all notifications the same?', 'No: social, content and reminder types, each with its own value to the business.'),
  ],
  rubric: rubric(
    point('negative-outcome', 'framing', 'Models the cost of a notification (disable or uninstall), not only the open',
      'Optimising opens alone spams users until they turn notifications off for good.', kinds('ranking')),
    point('volume-policy', 'serving', 'Applies a per-user budget and quiet hours after ranking',
      'The best 5 of 30 matter more than scoring them well; caps protect the channel.', kinds('reranking')),
  ),
  reference: skeleton({
    cards: {
      requirements: {
        businessObjective: 'Bring users back (DAU) without losing the notification channel.',
        features: 'Social, content and reminder notifications; at most 5 a day per user; quiet hours at night.',
        data: 'Notification sends, opens, dismissals, settings changes; user activity.',
        constraints: 'Per-user cap of 5 a day; local-time quiet hours.',
        scale: '200 M users, 2 B candidate notifications a day.',
        performance: 'Urgent ones within 1 minute; others in 15-minute batches.',
      },
      framing: {
        mlObjective: 'Predict P(open within 1 h) and P(disable notifications) for each candidate; send the best by expected value.',
        input: 'A user and a candidate notification',
        output: 'A send / hold decision per notification',
        mlCategory: 'Multi-task classification used for ranking',
        problemKind: 'ranking',
      },
      data: {
        sources: 'Notification logs, user activity, social graph, content',
        storage: 'Logs in the data lake; aggregates in the feature store',
        labels: 'Open within 1 hour = positive; disabling notifications within 24 h = negative outcome',
      },
      features: {
        features: 'Notification type, sender affinity, user open rate by type and hour, notifications already sent today, time since last visit',
        engineering: 'Counts over 1 and 7 days; hour of day in local time as cyclic features; embeddings for sender',
      },
      model: {
      baseline: 'Logistic regression on the same features',
        model: 'Logistic regression baseline; then a multi-task neural network with open and disable heads',
        dataset: 'One row per sent notification; time-based split; send logs sampled to balance types',
        loss: 'Sum of binary cross-entropy per head',
        training: 'Daily fine-tuning',
      },
      evaluation: {
        offlineMetrics: 'ROC-AUC per head, calibration',
        onlineMetrics: 'DAU from notifications, opens per user, disable rate',
      },
      serving: {
        predictionMode: 'online',
        deployment: 'cloud',
        compression: 'Not needed',
        testing: 'A/B test with holdout group that gets no ML ranking',
      },
      monitoring: {
        operationalMetrics: 'Send latency, queue depth',
        mlMetrics: 'Open rate, disable rate, score drift per type',
        retraining: 'Daily',
      },
    },
    sources: [
      box('notification-logs', 'event-stream', 'Notification event stream', { topic: 'sends, opens, dismissals, settings' }),
      box('activity', 'data-lake', 'User activity lake'),
    ],
    preparation: [
      box('aggregates', 'batch-feature-computation', 'Daily aggregates', { features: 'open rate by type and hour, sender affinity' }),
      box('feature-store', 'feature-store', 'Feature store'),
    ],
    labels: 'opened within 1 h = positive; notifications turned off = negative outcome',
    training: { approach: 'fine-tuning', schedule: 'daily' },
    offlineMetrics: 'ROC-AUC per head',
    model: box('model', 'trained-model', 'Notification model', { architecture: 'multi-task NN (open, disable)' }),
    serving: [
      box('producers', 'client', 'Notification producers', { request: 'candidate(user, notification)' }),
      box('scorer', 'ranking', 'Notification scorer', { model: 'multi-task NN' }),
      box('budget', 'reranking', 'Budget and quiet-hours policy', { rules: 'max 5 a day, no sends at night, one per type per hour' }),
      box('push', 'results', 'Push delivery'),
    ],
    servedBy: 'scorer',
    loggedFrom: 'push',
    logEvents: 'sends, opens, dismissals',
    dashboard: { operationalMetrics: 'latency, queue depth', mlMetrics: 'open rate, disable rate, score drift' },
    arrows: [
      request('producers', 'scorer'),
      request('feature-store', 'scorer'),
      request('scorer', 'budget'),
      request('budget', 'push'),
      stream('notification-logs', 'activity'),
      batch('activity', 'aggregates'),
      batch('aggregates', 'feature-store'),
      batch('feature-store', 'dataset-construction'),
      batch('notification-logs', 'dataset-construction'),
    ],
  }),
};
