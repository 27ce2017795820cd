/** How the Certificate Manager console words statuses, types, key algorithms and dates. */
export const STATUS_TEXT: Record<string, string> = {
  PENDING_VALIDATION: 'Pending validation',
  ISSUED: 'Issued',
  INACTIVE: 'Inactive',
  EXPIRED: 'Expired',
  VALIDATION_TIMED_OUT: 'Validation timed out',
  REVOKED: 'Revoked',
  FAILED: 'Failed',
  SUCCESS: 'Success',
};
export const TYPE_TEXT: Record<string, string> = { AMAZON_ISSUED: 'Amazon Issued', PRIVATE: 'Private', IMPORTED: 'Imported' };
export const KEY_TEXT: Record<string, string> = { RSA_2048: 'RSA 2048', EC_prime256v1: 'ECDSA P 256', EC_secp384r1: 'ECDSA P 384' };
export const fmtDate = (d?: Date) =>
  d
    ? d
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d{3}Z$/, ' UTC')
    : '–';
