export * from './event';
export * from './trail';
