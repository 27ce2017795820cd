export * from './create-cloud';
export * from './registry';
export * from './state';
export * from './types';
