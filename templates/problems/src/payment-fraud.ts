import { box, request, batch, stream } from '../../src/spec';
import { ask, concept, kinds, point, rubric, type ProblemSpec } from './spec';
import { skeleton } from './skeleton';

export const paymentFraud: ProblemSpec = {
  id: 'payment-fraud', title: 'Payment fraud detection', kind: 'classification', difficulty: 'standard',
  summary: 'Score card payments for fraud before they are approved.',
  prompt: 'Design a system that decides, while a customer is paying, whether a card payment is fraudulent, for an online payments company.',
  questions: [
    ask('objective', 'businessObjective', 'What is the business objective?', 'Cut fraud losses without blocking good customers: every false decline loses a sale and often the customer.'),
    ask('rate', 'data', 'How common is fraud?', 'About 0.1% of payments. Chargebacks tell us which ones were fraud, but up to 60 days later.'),
    ask('scale', 'scale', 'What volume?', 'About 50 million payments a day, peaking at 3,000 per second on Black Friday.'),
    ask('latency', 'performance', 'How long can the decision take?', 'The whole authorisation has 300 ms; the model gets 50 ms of it.'),
    ask('actions', 'features', 'What can we do with a risky payment?', 'Approve, decline, or ask for extra verification (3-D Secure); analysts review some cases.'),
    ask('explain', 'constraints', 'Any regulatory constraints?', 'Declines must be explainable to the merchant, and card data is PCI-scoped.'),
  ],
  rubric: rubric(
    point('imbalance', 'model', 'Handles extreme class imbalance (resampling or weighting) and picks a threshold by cost',
      'At 0.1% fraud, accuracy is meaningless; the threshold trades lost sales against fraud losses.', concept('class-imbalance'), kinds('dataset-construction')),
    point('label-delay', 'data', 'Says how long a fraud label takes to arrive (chargebacks weeks later)',
      'The newest payments are not labelled yet: training on them as "not fraud" teaches the model that recent fraud is fine.', concept('label-delay')),
    point('velocity', 'data', 'Uses real-time aggregates (velocity features) from a feature store',
      'Fraud shows as bursts: many cards on one device, many payments in a minute.', kinds('online-feature-computation'), kinds('feature-store')),
    point('policy', 'serving', 'Turns the score into an action with a decision policy and a review queue',
      'A score alone does nothing; verification and analysts handle the grey zone.', kinds('enforcement'), kinds('human-review')),
  ),
  reference: skeleton({
    cards: {
      requirements: {
        businessObjective: 'Reduce fraud losses while keeping false declines low.',
        features: 'Approve, decline or step-up verification per payment; analysts review borderline cases.',
        data: 'Payment history, card, device and merchant data; chargebacks as labels (up to 60 days late).',
        constraints: 'Decisions explainable to merchants; PCI-scoped card data.',
        scale: '50 M payments a day, 3,000 per second at peak.',
        performance: 'Score within 50 ms inside a 300 ms authorisation.',
      },
      framing: {
        mlObjective: 'Predict the probability that a payment is fraudulent.',
        input: 'A payment with its card, device and merchant context',
        output: 'Fraud probability, then approve / verify / decline',
        mlCategory: 'Binary classification',
        problemKind: 'classification',
      },
      data: {
        sources: 'Payments, cards, devices, merchants, chargebacks',
        storage: 'Payments in a warehouse; streaming events for real-time aggregates',
        labels: 'Chargebacks and analyst decisions; a payment is labelled after a 60-day maturity window',
      },
      features: {
        features: 'Amount, merchant category, card age, device fingerprint, velocity counts (payments per card/device in 1 min, 1 h, 1 day), distance from usual location',
        engineering: 'Streaming aggregates over sliding windows; target encoding of merchants; log-scaled amounts',
      },
      model: {
      baseline: 'Logistic regression on the same features',
        model: 'Logistic regression baseline, then gradient-boosted trees',
        dataset: 'Payments older than 60 days; time-based split; fraud upweighted to handle 0.1% imbalance',
        loss: 'Weighted binary cross-entropy',
        training: 'Retrained weekly from scratch on the last 12 months',
      },
      evaluation: {
        offlineMetrics: 'PR-AUC, recall at 0.5% decline rate, cost-weighted loss',
        onlineMetrics: 'Fraud losses, false decline rate, approval rate',
      },
      serving: {
        predictionMode: 'online',
        deployment: 'cloud',
        compression: 'Not needed: trees score in under 5 ms',
        testing: 'Shadow deployment for two weeks, then A/B test on losses and approvals',
      },
      monitoring: {
        operationalMetrics: 'Scoring latency p99, timeouts, throughput',
        mlMetrics: 'Score distribution drift, decline rate, fraud caught per week',
        retraining: 'Weekly, and on drift',
      },
    },
    sources: [
      box('payments', 'database', 'Payments warehouse', { contents: 'payments, cards, merchants, chargebacks' }),
      box('payment-events', 'event-stream', 'Payment event stream', { topic: 'payments, logins, device events' }),
    ],
    preparation: [
      box('velocity', 'online-feature-computation', 'Velocity features', { features: 'counts per card/device over 1 min, 1 h, 1 day' }),
      box('feature-store', 'feature-store', 'Feature store', { features: 'card, device and merchant aggregates' }),
    ],
    labels: 'chargeback within 60 days = fraud',
    training: { approach: 'from scratch', schedule: 'weekly' },
    offlineMetrics: 'PR-AUC, recall at fixed decline rate',
    model: box('model', 'trained-model', 'Fraud model', { architecture: 'gradient-boosted trees' }),
    serving: [
      box('checkout', 'client', 'Checkout', { request: 'authorise(payment)' }),
      box('scoring', 'prediction-service', 'Fraud scoring service', { predictionMode: 'online', latency: '50 ms' }),
      box('policy', 'enforcement', 'Decision policy', { actions: 'approve, 3-D Secure, decline by score band' }),
      box('analysts', 'human-review', 'Analyst review queue', { volume: '~2 K cases a day' }),
    ],
    servedBy: 'scoring',
    loggedFrom: 'policy',
    logEvents: 'scores, decisions, chargebacks',
    dashboard: { operationalMetrics: 'latency, timeouts', mlMetrics: 'score drift, decline rate, caught fraud' },
    arrows: [
      request('checkout', 'scoring', 'authorise(payment)'),
      request('scoring', 'policy', 'fraud probability'),
      request('policy', 'analysts', 'borderline'),
      request('feature-store', 'scoring'),
      stream('payment-events', 'velocity'),
      batch('velocity', 'feature-store'),
      batch('payments', 'dataset-construction'),
      batch('feature-store', 'dataset-construction'),
      batch('analysts', 'dataset-construction', 'analyst labels'),
    ],
  }),
};
