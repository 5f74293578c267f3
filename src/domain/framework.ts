// The seven steps of the ML system design framework (Aminian & Xu, ch. 1), with the book's sub-points.

export type StepId =
  | 'requirements'
  | 'framing'
  | 'data'
  | 'model'
  | 'evaluation'
  | 'serving'
  | 'monitoring';

export interface Step {
  id: StepId;
  number: number;
  title: string;
  short: string;
  subpoints: readonly string[];
}

export const STEPS: readonly Step[] = [
  {
    id: 'requirements',
    number: 1,
    title: 'Clarifying requirements',
    short: 'Requirements',
    subpoints: [
      'Business objective',
      'Features the system needs to support',
      'Data',
      'Constraints',
      'Scale of the system',
      'Performance',
    ],
  },
  {
    id: 'framing',
    number: 2,
    title: 'Framing the problem as an ML task',
    short: 'Framing',
    subpoints: [
      'Defining the ML objective',
      "Specifying the system's input and output",
      'Choosing the right ML category',
    ],
  },
  {
    id: 'data',
    number: 3,
    title: 'Data preparation',
    short: 'Data',
    subpoints: ['Data engineering', 'Feature engineering'],
  },
  {
    id: 'model',
    number: 4,
    title: 'Model development',
    short: 'Model',
    subpoints: ['Model selection', 'Constructing the dataset', 'Choosing the loss function'],
  },
  {
    id: 'evaluation',
    number: 5,
    title: 'Evaluation',
    short: 'Evaluation',
    subpoints: ['Offline metrics', 'Online metrics'],
  },
  {
    id: 'serving',
    number: 6,
    title: 'Deployment and serving',
    short: 'Serving',
    subpoints: [
      'Cloud vs. on-device deployment',
      'Model compression',
      'Test in production',
      'Prediction pipeline',
    ],
  },
  {
    id: 'monitoring',
    number: 7,
    title: 'Monitoring and infrastructure',
    short: 'Monitoring',
    subpoints: ['Why a system fails in production', 'What to monitor', 'Infrastructure'],
  },
];

export const STEP_IDS: readonly StepId[] = STEPS.map((s) => s.id);

const stepById = new Map(STEPS.map((s) => [s.id, s]));

export function getStep(id: StepId): Step {
  const step = stepById.get(id);
  if (!step) throw new Error(`Unknown framework step "${id}"`);
  return step;
}
