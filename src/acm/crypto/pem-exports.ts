/** Re-exports so the crypto files import one place. */
export { AwsError } from '@/core';
export { toPem } from './pem';
