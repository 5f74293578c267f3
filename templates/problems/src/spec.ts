// How a practice problem is written: its words (prompt, questions, rubric) and its reference, either the case
// study's template or a board spec of its own (the template format, so one builder lays out both).
import type { StepId } from '../../../src/domain/framework';
import type { ClarifyingQuestion, ProblemMeta, RequirementField, RubricCheck, RubricPoint } from '../../../src/domain/practice';
import type { CaseStudyId } from '../../../src/domain/case-studies';
import type { TemplateSpec } from '../../src/spec';
import type { ConceptId } from '../../../src/domain/validate/vocabulary';

export type ReferenceSpec = { template: CaseStudyId } | (Omit<TemplateSpec, 'id'>);

export type ProblemSpec = ProblemMeta & {
  prompt: string;
  questions: ClarifyingQuestion[];
  rubric: RubricPoint[];
  reference: ReferenceSpec;
};

export const ask = (id: string, field: RequirementField, question: string, answer: string): ClarifyingQuestion => ({
  id, field, question, answer,
});

export const rule = (id: string): RubricCheck => ({ rule: id });
export const kinds = (...ids: string[]): RubricCheck => ({ kinds: ids });
/** The board states a concept of the checklist's vocabulary, read by the checklist's own text reader. */
export const concept = (id: ConceptId): RubricCheck => ({ concept: id });

export const point = (id: string, step: StepId, text: string, why: string, ...checks: RubricCheck[]): RubricPoint => ({
  id, step, text, why, checks,
});

/**
 * The points every interviewer listens for, whatever the problem, each answered by the checklist's rules. A problem's
 * rubric is these plus its own points (the components and decisions that problem is about).
 */
export const COMMON_POINTS: readonly RubricPoint[] = [
  point('objective', 'requirements', 'Asks for the business objective before designing',
    'Everything after (ML objective, metrics) is judged against it; jumping to models first is the most common early mistake.',
    rule('requirements-business-objective')),
  point('scale-latency', 'requirements', 'Pins down scale and latency with numbers',
    'Numbers decide candidate generation, batch vs online and the model size you can afford.',
    rule('requirements-scale'), rule('requirements-performance')),
  point('ml-objective', 'framing', 'Turns the business goal into an ML objective a model can optimise',
    'Interviewers judge the translation, not the restatement of the goal.',
    rule('framing-ml-objective'), rule('framing-objective-differs')),
  point('io-category', 'framing', "States the input, the output and the ML category",
    'The category fixes the labels, the loss and the metrics that follow.',
    rule('framing-input-output'), rule('framing-ml-category')),
  point('data-flow', 'data', 'Shows raw data flowing through preparation into training',
    'A model is only as good as its data; the interviewer wants to see where examples come from.',
    rule('data-pipeline')),
  point('labels', 'data', 'Says where labels come from and how',
    'Hand vs natural labels sets the volume, the noise and the delay of the training data.',
    rule('data-labels')),
  point('features', 'data', 'Names the predictive features and how they are engineered',
    'Feature engineering is where most of the accuracy comes from in tabular and ranking problems.',
    rule('data-features')),
  point('model-choice', 'model', 'Chooses a baseline and a stronger model, with a loss',
    'A baseline shows judgement; the loss must fit the category.',
    concept('baseline'), rule('model-architecture'), rule('model-loss')),
  point('training', 'model', 'Shows training producing the served model and how the dataset is built',
    'Without it the design cannot be retrained when the data shifts.',
    rule('model-training'), rule('model-dataset')),
  point('offline-metric', 'evaluation', 'Picks an offline metric that fits the problem',
    'It is how candidate models are compared before launch.',
    rule('evaluation-offline-metric')),
  point('online-metric', 'evaluation', 'Ties an online metric to the business objective',
    'Offline gains that do not move the online metric are not wins.',
    rule('evaluation-online-metric')),
  point('serving-path', 'serving', 'Draws the request path from the client to a served model',
    'The prediction pipeline is what the user actually hits; it must reach the trained model.',
    rule('serving-request-path'), rule('serving-uses-model')),
  point('rollout', 'serving', 'Tests a new model in production before it takes all traffic',
    'A/B tests and shadow deployments catch what offline metrics miss.',
    rule('serving-test-in-production'), rule('serving-model-deployed')),
  point('monitoring', 'monitoring', 'Monitors operational and ML metrics, including drift',
    'Distribution shift is the main reason models degrade after launch.',
    rule('monitoring-watched'), rule('monitoring-drift')),
  point('feedback-loop', 'monitoring', 'Closes the loop from logged outcomes back to training',
    'Fresh labels and retraining keep the model current.',
    rule('monitoring-feedback-loop'), rule('monitoring-closed-loop')),
];

/** The common points followed by the problem's own. */
export const rubric = (...own: RubricPoint[]): RubricPoint[] => [...COMMON_POINTS, ...own];
