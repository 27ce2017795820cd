/** The terminal's virtual file system: public API. */
export * from './errors';
export * from './path';
export * from './serialize';
export * from './starter';
export * from './vfs';
