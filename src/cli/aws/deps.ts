/** Engine imports the aws command uses (one place, so the dependency rule is easy to check). */
export { fromBase64, fromUtf8Strict, isAwsError, kebab, toBase64, utf8 } from '@/core';
export type { AnyOperation } from '@/cloud';
