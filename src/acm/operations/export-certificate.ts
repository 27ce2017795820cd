/**
 * ExportCertificate: https://docs.aws.amazon.com/acm/latest/APIReference/API_ExportCertificate.html
 * Private certificates, and public ones requested with Options.Export ENABLED, can be exported:
 * the certificate, its chain and the private key as PKCS#8 encrypted with the Passphrase
 * (PBES2, AES-256-CBC; `openssl pkey -passin` opens it). Imported and non-exportable public
 * certificates cannot. Simplified: AWS's export charge for public certificates is not shown.
 */
import { AwsError, blob, struct, arnResource } from '@/core';
import { defineAcmOperation } from '@/acm/context';
import { encryptPkcs8 } from '@/acm/crypto/encrypted-pkcs8';
import { findCertificate } from '@/acm/model/resolve';
import { certificateArnShape } from './common-shapes';

export const exportCertificate = defineAcmOperation<
  { CertificateArn: string; Passphrase: Uint8Array },
  { Certificate: string; CertificateChain?: string; PrivateKey: string }
>({
  name: 'ExportCertificate',
  action: 'acm:ExportCertificate',
  summary: 'Exports a private or exportable certificate with its passphrase-encrypted private key.',
  resources: { target: arnResource((input) => input.CertificateArn) },
  sensitiveOutput: ['PrivateKey'],
  input: struct({ CertificateArn: certificateArnShape, Passphrase: blob({ min: 4, max: 128, sensitive: true }) }, ['CertificateArn', 'Passphrase']),
  async run(ctx, input) {
    const c = findCertificate(ctx, input.CertificateArn);
    if (c.type === 'IMPORTED' || c.exportOption !== 'ENABLED') {
      throw new AwsError(
        'ValidationException',
        `Certificate ${c.arn} is not a private certificate and was not requested as exportable, so it cannot be exported.`,
      );
    }
    if (c.status !== 'ISSUED' || !c.privateKeyPem || !c.certificatePem)
      throw new AwsError('RequestInProgressException', `Certificate ${c.arn} is not yet issued.`);
    c.exported = true;
    return {
      Certificate: c.certificatePem.trimEnd(),
      CertificateChain: c.chainPem?.trimEnd(),
      PrivateKey: (await encryptPkcs8(c.privateKeyPem, input.Passphrase, ctx.random)).trimEnd(),
    };
  },
});
