export * from './errors';
export * from './format';
export * from './frame-cipher';
export * from './keys';
export * from './stream';
export * from './kms-envelope';
export * from './memory';
export * from './storyboard';
