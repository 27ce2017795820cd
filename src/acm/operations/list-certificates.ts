/**
 * ListCertificates: https://docs.aws.amazon.com/acm/latest/APIReference/API_ListCertificates.html
 * Certificates of the Region, optionally filtered by CertificateStatuses and Includes.keyTypes
 * (without keyTypes ACM lists only RSA_1024 and RSA_2048 certificates, as AWS does), paged
 * with MaxItems/NextToken. Simplified: Includes.extendedKeyUsage/keyUsage/managedBy/exportOption
 * are accepted and ignored; SortBy/SortOrder not modelled.
 */
import { AwsError, fromBase64, fromUtf8, int, list, str, struct, toBase64, utf8 } from '@/core';
import { defineAcmOperation } from '@/acm/context';
import { certificateSummary } from '@/acm/model/describe';

const STATUSES = ['PENDING_VALIDATION', 'ISSUED', 'INACTIVE', 'EXPIRED', 'VALIDATION_TIMED_OUT', 'REVOKED', 'FAILED'];
const KEY_TYPES = ['RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1'];

interface Input {
  CertificateStatuses?: string[];
  Includes?: { keyTypes?: string[]; extendedKeyUsage?: string[]; keyUsage?: string[]; exportOption?: string; managedBy?: string };
  NextToken?: string;
  MaxItems?: number;
}

export const listCertificates = defineAcmOperation<Input, { CertificateSummaryList: ReturnType<typeof certificateSummary>[]; NextToken?: string }>({
  name: 'ListCertificates',
  action: 'acm:ListCertificates',
  readOnly: true,
  summary: 'Lists the certificates of the Region, filtered by status and key type.',
  input: struct({
    CertificateStatuses: list(str({ enum: STATUSES })),
    Includes: struct({
      keyTypes: list(str({ enum: KEY_TYPES })),
      extendedKeyUsage: list(str()),
      keyUsage: list(str()),
      exportOption: str({ enum: ['ENABLED', 'DISABLED'] }),
      managedBy: str(),
    }),
    NextToken: str({ min: 1, max: 10000, pattern: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]*' }),
    MaxItems: int({ min: 1, max: 1000 }),
  }),
  async run(ctx, input) {
    const keyTypes = input.Includes?.keyTypes ?? ['RSA_1024', 'RSA_2048'];
    const all = Object.values(ctx.regionState.certificates)
      .filter((c) => !input.CertificateStatuses?.length || input.CertificateStatuses.includes(c.status))
      .filter((c) => keyTypes.includes(c.keyAlgorithm))
      .sort((a, b) => (a.createdAtMs ?? a.importedAtMs ?? 0) - (b.createdAtMs ?? b.importedAtMs ?? 0));
    let start = 0;
    if (input.NextToken !== undefined) {
      const m = /^n(\d+)$/.exec(fromUtf8(fromBase64(input.NextToken) ?? new Uint8Array()));
      if (!m) throw new AwsError('InvalidArgsException', 'The NextToken is not valid.');
      start = Number(m[1]);
    }
    const size = input.MaxItems ?? 1000;
    const page = all.slice(start, start + size);
    const next = start + size < all.length ? toBase64(utf8(`n${start + size}`)) : undefined;
    return { CertificateSummaryList: page.map(certificateSummary), NextToken: next };
  },
});
