export * from './aws-json';
export * from './sigv4';
