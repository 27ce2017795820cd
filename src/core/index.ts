export * from './bytes';
export * from './clock';
export * from './emitter';
export * from './errors';
export * from './ids';
export * from './operation';
export * from './random';
export * from './shapes';
