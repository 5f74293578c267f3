export * from './types';
export * from './create';
export * from './serialize';
export * from './fields';
export * from './restore';
export { absolutePositions, parentsFirst } from './tree';
export { instantiatePattern } from './fragment';
export { migrate } from './migrate';
export { MAX_DATA_DEPTH, MAX_DATA_SIZE } from './plain-data';
