import { box, request, batch, stream } from '../../src/spec';
import { ask, concept, kinds, point, rubric, type ProblemSpec } from './spec';
import { skeleton } from './skeleton';

export const deliveryEta: ProblemSpec = {
  id: 'delivery-eta', title: 'Food delivery ETA', kind: 'regression', difficulty: 'standard',
  summary: 'Predict when an order will arrive, at checkout and while it is on its way.',
  prompt: 'Design the system that predicts the delivery time shown to a customer of a food delivery app when they order, and updates it while the order is on its way.',
  questions: [
    ask('objective', 'businessObjective', 'Why does the ETA matter?', 'Accurate ETAs build trust and reduce cancellations and support contacts; late orders cost refunds.'),
    ask('scale', 'scale', 'How many orders?', '5 million orders a day in 500 cities; each ETA is refreshed every 30 seconds while in flight.'),
    ask('latency', 'performance', 'Latency?', 'Under 100 ms at checkout; the refreshes can take a little longer.'),
    ask('data', 'data', 'What data do we have?', 'Order history with actual delivery times, restaurant preparation times, courier GPS traces, traffic and weather.'),
    ask('asymmetry', 'constraints', 'Is being early as bad as being late?', 'No, late is much worse for the customer; we prefer to slightly overestimate.'),
    ask('stages', 'features', 'Which stages make up the time?', 'Restaurant preparation, courier assignment and pickup, and the drive.'),
  ],
  rubric: rubric(
    point('asymmetric-loss', 'model', 'Chooses a loss that fits an asymmetric cost (quantile or weighted)',
      'Late is worse than early; squared error treats them the same.', kinds('training')),
    point('label-delay', 'data', 'Says when the true delivery time is known and how fresh training data can be',
      'The label exists only once the order is delivered; the newest orders are always unlabelled.', concept('label-delay')),
    point('real-time-features', 'data', 'Uses real-time signals (kitchen load, courier position, traffic)',
      'Most of the error is in the current state of the kitchen and the road.', kinds('online-feature-computation')),
  ),
  reference: skeleton({
    cards: {
      requirements: {
        businessObjective: 'Fewer cancellations, refunds and support contacts through accurate ETAs.',
        features: 'ETA at checkout, refreshed every 30 s until delivery.',
        data: 'Orders with actual delivery times, preparation times, courier GPS, traffic, weather.',
        constraints: 'Late is worse than early: prefer slight overestimates.',
        scale: '5 M orders a day in 500 cities.',
        performance: '< 100 ms at checkout.',
      },
      framing: {
        mlObjective: 'Predict the minutes from order to delivery, penalising late errors more.',
        input: 'An order: restaurant, customer location, time, current kitchen and courier state',
        output: 'Minutes to delivery (a point estimate and a 90% upper bound)',
        mlCategory: 'Regression',
        problemKind: 'regression',
      },
      data: {
        sources: 'Orders, restaurants, courier GPS traces, traffic and weather feeds',
        storage: 'Order history in the warehouse; live state in a stream',
        labels: 'Natural labels: actual delivery time of each completed order (each label arrives at delivery, within hours of the prediction)',
      },
      features: {
        features: 'Restaurant prep time by hour, open orders in the kitchen, courier distance, route travel time, weather, day and hour',
        engineering: 'Rolling means over 15 min and 7 days; route time from the maps service; cyclic hour encoding',
      },
      model: {
      baseline: 'Median preparation time of the restaurant plus the route time',
        model: 'Baseline: restaurant median prep + route time; then gradient-boosted trees',
        dataset: 'Completed orders, time-based split (train on past weeks, test on the next)',
        loss: 'Quantile loss (0.6 and 0.9 quantiles)',
        training: 'Daily retraining per region',
      },
      evaluation: {
        offlineMetrics: 'MAE, share of orders late by more than 5 minutes',
        onlineMetrics: 'Cancellation rate, late-order refunds, support contacts',
      },
      serving: {
        predictionMode: 'online',
        deployment: 'cloud',
        compression: 'Not needed',
        testing: 'Shadow mode first, then A/B test by city',
      },
      monitoring: {
        operationalMetrics: 'Latency, feature freshness',
        mlMetrics: 'MAE by city, late share, input drift',
        retraining: 'Daily',
      },
    },
    sources: [
      box('orders', 'database', 'Order warehouse', { contents: 'orders, actual delivery times' }),
      box('live-state', 'event-stream', 'Live order and courier stream', { topic: 'order status, courier GPS' }),
    ],
    preparation: [
      box('live-features', 'online-feature-computation', 'Live features', { features: 'kitchen load, courier distance, route time' }),
      box('feature-store', 'feature-store', 'Feature store', { features: 'restaurant prep time by hour' }),
    ],
    labels: 'actual delivery minutes of completed orders',
    training: { approach: 'from scratch', schedule: 'daily' },
    offlineMetrics: 'MAE, late share',
    model: box('model', 'trained-model', 'ETA model', { architecture: 'GBDT, quantile loss' }),
    serving: [
      box('app', 'client', 'Customer app', { request: 'eta(order)' }),
      box('eta-service', 'prediction-service', 'ETA service', { predictionMode: 'online', latency: '100 ms' }),
    ],
    servedBy: 'eta-service',
    loggedFrom: 'eta-service',
    logEvents: 'predicted and actual delivery times',
    dashboard: { operationalMetrics: 'latency, freshness', mlMetrics: 'MAE, late share, drift' },
    arrows: [
      request('app', 'eta-service'),
      request('live-features', 'eta-service'),
      request('feature-store', 'eta-service'),
      stream('live-state', 'live-features'),
      batch('orders', 'feature-store'),
      batch('orders', 'dataset-construction'),
      batch('feature-store', 'dataset-construction'),
    ],
  }),
};
