// Step 2, framing the problem as an ML task: ML objective, input and output, ML category.
import { defineRule, type Rule } from './engine';
import { missingAnswer, missingCardAnswer } from './cards';
import { isRestatement } from './text';

export const checkMlObjective = defineRule({
  id: 'framing-ml-objective',
  step: 'framing',
  severity: 'error',
  title: 'The ML objective is stated',
  rationale:
    'Translating the business objective into something a model can optimise is the first modelling decision the '
    + 'interviewer judges (Table 1.1: "increase ticket sales" becomes "maximise event registrations").',
  find: (ctx) => missingCardAnswer(ctx, 'framing', 'mlObjective', 'the ML objective',
    'Translate the business objective into something a model can optimise, e.g. "maximise the number of event registrations".'),
});

export const checkObjectiveTranslated = defineRule({
  id: 'framing-objective-differs',
  step: 'framing',
  severity: 'warning',
  title: 'The ML objective is not the business objective again',
  rationale:
    'Repeating the business goal ("increase revenue") is not an ML objective; the book expects a quantity a model '
    + 'can predict or maximise ("maximise click-through rate").',
  find(ctx) {
    const ml = ctx.cardField('framing', 'mlObjective');
    const business = ctx.cardField('requirements', 'businessObjective');
    if (!ml.text || !business.text || !isRestatement(ml.text, business.text)) return [];
    return [{
      message: `The ML objective ("${ml.text}") only repeats the business objective. State what the model predicts or maximises, e.g. "maximise click-through rate" for "increase revenue".`,
      nodeIds: [ml.nodeId, business.nodeId].filter((id): id is string => !!id),
    }];
  },
});

export const checkInputOutput = defineRule({
  id: 'framing-input-output',
  step: 'framing',
  severity: 'warning',
  title: "The system's input and output are specified",
  rationale:
    'Naming the input and the output (e.g. user → ranked list of events) fixes what each model sees and returns; '
    + 'the book treats it as its own sub-step.',
  find(ctx) {
    const input = ctx.cardField('framing', 'input');
    const output = ctx.cardField('framing', 'output');
    if (input.text && output.text) return [];
    const what = !input.text && !output.text ? "the system's input and output" : !input.text ? "the system's input" : "the system's output";
    return [missingAnswer('framing', input.nodeId ?? output.nodeId, what,
      'Say what goes in and what comes out (e.g. "user → top-k events ranked by relevance"): it defines what the model must learn.')];
  },
});

export const checkMlCategory = defineRule({
  id: 'framing-ml-category',
  step: 'framing',
  severity: 'warning',
  title: 'The ML category is chosen',
  rationale:
    'Classification, regression, learning to rank, representation learning: the category decides the labels, the '
    + 'loss and the metrics that follow.',
  find: (ctx) => missingCardAnswer(ctx, 'framing', 'mlCategory', 'the ML category',
    'Choose one (binary classification, learning to rank, representation learning…): it decides the labels, the loss and the metrics.'),
});

export const FRAMING_RULES: readonly Rule[] = [checkMlObjective, checkObjectiveTranslated, checkInputOutput, checkMlCategory];
