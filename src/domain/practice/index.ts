export * from './types';
export * from './bank';
export * from './rubric';
export * from './calculator';
export * from './pacing';
export * from './questions';
export * from './progress';
export * from './ghost';
