// Step 1, clarifying requirements: the Requirements card answers the book's question categories.
import { defineRule, type Rule } from './engine';
import { missingCardAnswer } from './cards';

export const checkBusinessObjective = defineRule({
  id: 'requirements-business-objective',
  step: 'requirements',
  severity: 'error',
  title: 'The business objective is stated',
  rationale:
    'The book opens every design by asking what the business wants; the ML objective and the online metrics are '
    + 'chosen to serve it, so an answer without it has nothing to be judged against.',
  find: (ctx) => missingCardAnswer(ctx, 'requirements', 'businessObjective', 'the business objective',
    'Ask what the business wants first (e.g. "increase ticket sales"): the ML objective and the online metrics are chosen to serve it.'),
});

export const checkScale = defineRule({
  id: 'requirements-scale',
  step: 'requirements',
  severity: 'warning',
  title: 'The scale of the system is stated',
  rationale:
    'How many users, items and requests the system handles decides candidate generation, ANN search, batch vs '
    + 'online prediction and the infrastructure; interviewers expect numbers.',
  find: (ctx) => missingCardAnswer(ctx, 'requirements', 'scale', 'the scale of the system',
    'Give numbers for users, items and growth (e.g. "1 B users, 10 B videos"): they decide whether you need candidate generation, ANN search or batch prediction.'),
});

export const checkPerformance = defineRule({
  id: 'requirements-performance',
  step: 'requirements',
  severity: 'warning',
  title: 'Performance needs (latency, real-time or not) are stated',
  rationale:
    'The latency budget and whether results must be real-time drive the serving design and the trade-off between '
    + 'a heavy accurate model and a fast one.',
  find: (ctx) => missingCardAnswer(ctx, 'requirements', 'performance', 'the performance needs',
    'Say how fast predictions must be (e.g. "< 200 ms, real-time"): the latency budget decides online vs batch prediction and how heavy the model can be.'),
});

export const checkConstraints = defineRule({
  id: 'requirements-constraints',
  step: 'requirements',
  severity: 'tip',
  title: 'Constraints are noted',
  rationale:
    'Compute budget, cloud vs on-device, privacy and whether the model must improve automatically are questions the '
    + 'book lists; noting them shows you scoped the problem.',
  find: (ctx) => missingCardAnswer(ctx, 'requirements', 'constraints', 'any constraints',
    'Note compute, cloud vs on-device, privacy and whether the model should keep learning: they rule designs in or out.'),
});

export const checkRequirementsData = defineRule({
  id: 'requirements-data',
  step: 'requirements',
  severity: 'tip',
  title: 'The data available is asked about',
  rationale:
    'Which data exists, how much, and whether it is labelled shapes the whole design; the book asks about it before '
    + 'any modelling.',
  find: (ctx) => missingCardAnswer(ctx, 'requirements', 'data', 'what data is available',
    'Ask about sources, size and whether labels exist: the answer decides how the training data will be built.'),
});

export const REQUIREMENTS_RULES: readonly Rule[] = [
  checkBusinessObjective, checkScale, checkPerformance, checkConstraints, checkRequirementsData,
];
