import { box, request, batch } from '../../src/spec';
import { ask, concept, kinds, point, rubric, type ProblemSpec } from './spec';
import { skeleton } from './skeleton';

export const demandForecasting: ProblemSpec = {
  id: 'demand-forecasting', title: 'Grocery demand forecasting', kind: 'forecasting', difficulty: 'standard',
  summary: 'Forecast daily sales per product and store to plan orders.',
  prompt: 'A grocery chain wants to forecast how many units of each product every store will sell each day for the next two weeks, to place orders with suppliers. Design it.',
  questions: [
    ask('objective', 'businessObjective', 'What is the business objective?', 'Less waste of fresh food and fewer empty shelves.'),
    ask('scale', 'scale', 'How many series?', '2,000 stores × 30,000 products = 60 million store-product series.'),
    ask('latency', 'performance', 'When are forecasts needed?', 'Every night by 4 a.m., before orders are sent. No online latency.'),
    ask('data', 'data', 'What data do we have?', 'Three years of daily sales, prices, promotions, holidays, weather, and stock-outs.'),
    ask('stockouts', 'constraints', 'Are sales the same as demand?', 'No: when a shelf is empty, sales are zero although demand was not.'),
    ask('horizon', 'features', 'What horizon and granularity?', 'Daily, 1 to 14 days ahead, per store and product.'),
  ],
  rubric: rubric(
    point('batch', 'serving', 'Forecasts nightly in batch and serves the precomputed results',
      'There is no request-time need; batch is simpler and cheaper at 60 M series.', kinds('batch-prediction'), kinds('precomputed-store')),
    point('backtest', 'evaluation', 'Evaluates on a time-based holdout (backtesting), never a random split',
      'A random split leaks the future into training and flatters the model.', concept('time-split'), concept('backtest'), kinds('offline-evaluation')),
  ),
  reference: skeleton({
    cards: {
      requirements: {
        businessObjective: 'Less fresh-food waste and fewer stock-outs.',
        features: 'Daily forecasts per store and product, 1-14 days ahead, feeding supplier orders.',
        data: '3 years of daily sales, prices, promotions, holidays, weather, stock-out flags.',
        constraints: 'Sales under-count demand when a shelf is empty.',
        scale: '60 M store-product series.',
        performance: 'Nightly, ready by 4 a.m.; no online latency.',
      },
      framing: {
        mlObjective: 'Predict units demanded per store, product and day for the next 14 days.',
        input: 'Store, product, date, planned price and promotions',
        output: 'Forecast units per day (median and 90th percentile)',
        mlCategory: 'Time-series forecasting (regression)',
        problemKind: 'forecasting',
      },
      data: {
        sources: 'Point-of-sale transactions, price and promotion calendar, weather, stock levels',
        storage: 'Daily aggregates in the warehouse',
        labels: 'Natural labels: units sold per day, with stock-out days masked; a day is labelled once it closes (delayed by one day)',
      },
      features: {
        features: 'Lags (7, 14, 28 days), rolling means, day of week, holidays, price, promotion flags, weather forecast',
        engineering: 'Lags computed relative to the forecast date to avoid leakage; log1p of units',
      },
      model: {
      baseline: 'Seasonal naive: the same day last week',
        model: 'Baseline: seasonal naive (same day last week); then one global gradient-boosted model across series',
        dataset: 'Rolling origin: train up to day t, predict t+1..t+14; time-based split',
        loss: 'Tweedie loss for median; quantile loss for the 90th percentile',
        training: 'Retrained weekly',
      },
      evaluation: {
        offlineMetrics: 'WAPE and bias on a 3-month backtest',
        onlineMetrics: 'Waste (kg), stock-out rate, inventory cost',
      },
      serving: {
        predictionMode: 'batch',
        deployment: 'cloud',
        compression: 'Not needed',
        testing: 'Pilot in 50 stores against the old forecast',
      },
      monitoring: {
        operationalMetrics: 'Job duration, on-time completion',
        mlMetrics: 'WAPE and bias by category, feature drift',
        retraining: 'Weekly',
      },
    },
    sources: [
      box('sales', 'database', 'Sales warehouse', { contents: 'daily sales, prices, promotions, stock' }),
      box('external', 'data-source', 'Calendar and weather feeds'),
    ],
    preparation: [
      box('lag-features', 'batch-feature-computation', 'Lag and calendar features', { features: 'lags, rolling means, holidays, promotions' }),
    ],
    labels: 'units sold per day; stock-out days masked',
    training: { approach: 'from scratch', schedule: 'weekly' },
    offlineMetrics: 'WAPE, bias (backtest)',
    model: box('model', 'trained-model', 'Forecast model', { architecture: 'global GBDT, Tweedie loss' }),
    serving: [
      box('forecast-job', 'batch-prediction', 'Nightly forecast job', { schedule: 'nightly, by 4 a.m.' }),
      box('forecasts', 'precomputed-store', 'Forecast table'),
      box('forecast-api', 'prediction-service', 'Forecast API', { predictionMode: 'batch (reads the forecast table)' }),
      box('ordering', 'client', 'Ordering system', { request: 'forecast(store, product, day)' }),
    ],
    servedBy: 'forecast-job',
    loggedFrom: 'forecast-job',
    logEvents: 'forecasts, orders, actual sales',
    dashboard: { operationalMetrics: 'job duration', mlMetrics: 'WAPE, bias, drift' },
    arrows: [
      batch('forecast-job', 'forecasts'),
      request('ordering', 'forecast-api'),
      request('forecasts', 'forecast-api'),
      batch('sales', 'lag-features'),
      batch('external', 'lag-features'),
      batch('lag-features', 'dataset-construction'),
      batch('lag-features', 'forecast-job'),
    ],
  }),
};
