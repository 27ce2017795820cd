export * from './create-cloud';
export * from './registry';
export * from './state';
export * from './types';
/** Re-exported for the endpoint's state file, which may import only core and cloud. */
export { importAesKey } from '@/kms/crypto/symmetric';
export { rawLength, restoreKeys } from '@/kms/model/materials';
