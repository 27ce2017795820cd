export * from './event';
export * from './trail';
export * from './service-event';
