/**
 * The grant operations: the Operations a grant may list, as the developer guide's "Grant
 * operations" states them. Small and eager for CreateGrant's input shape; which of them a key of
 * each type supports is in grants.ts, loaded on first use.
 * https://docs.aws.amazon.com/kms/latest/developerguide/grants.html#terms-grant-operations
 */
export const GRANT_OPERATIONS = [
  'Decrypt',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'ReEncryptFrom',
  'ReEncryptTo',
  'Sign',
  'Verify',
  'GetPublicKey',
  'CreateGrant',
  'RetireGrant',
  'DescribeKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateMac',
  'VerifyMac',
  'DeriveSharedSecret',
] as const;
export type GrantOperation = (typeof GRANT_OPERATIONS)[number];
