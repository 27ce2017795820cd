export * from './authorize';
export * from './create-cloud';
export * from './registry';
export * from './service';
export * from './state';
export * from './typed';
export * from './types';
export { DEFAULT_SERVICES, SERVICE_NAMES, ServiceTable, defaultServices, loadAllOperations, loadOperations, loadedOperations } from './services';
/** Re-exported for the endpoint's state file, which may import only core and cloud. */
export { importAesKey } from '@/kms/crypto/symmetric';
export { rawLength, restoreKeys } from '@/kms/model/materials';
