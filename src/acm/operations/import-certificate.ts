/**
 * ImportCertificate: https://docs.aws.amazon.com/acm/latest/APIReference/API_ImportCertificate.html
 * A PEM certificate, its unencrypted private key and optional chain. The PEM must parse, hold
 * one certificate, be within its validity period, and the key must match the certificate's
 * public key; each failure is a ValidationException that says what is wrong. Re-import into
 * an existing ARN keeps the ARN and its associations. Imported certificates are not renewed.
 * The chain must certify the certificate: each certificate issued by the next (names and signatures).
 */
import { AwsError, blob, fromUtf8, struct, uuid } from '@/core';
import { defineAcmOperation } from '@/acm/context';
import { checkPrivateKey } from '@/acm/crypto/keys';
import { parseCertificate, verifyChain } from '@/acm/crypto/x509';
import type { AcmCertificate, Tag } from '@/acm/model/certificate';
import { certificateArn, findCertificate } from '@/acm/model/resolve';
import { certificateArnShape, tagsShape } from './common-shapes';

interface Input {
  CertificateArn?: string;
  Certificate: Uint8Array;
  PrivateKey: Uint8Array;
  CertificateChain?: Uint8Array;
  Tags?: Tag[];
}

export const importCertificate = defineAcmOperation<Input, { CertificateArn: string }>({
  name: 'ImportCertificate',
  action: 'acm:ImportCertificate',
  summary: 'Imports a certificate made outside ACM, with its private key and chain.',
  input: struct(
    {
      CertificateArn: certificateArnShape,
      Certificate: blob({ min: 1, max: 32768 }),
      PrivateKey: blob({ min: 1, max: 5120, sensitive: true }),
      CertificateChain: blob({ min: 1, max: 2097152 }),
      Tags: tagsShape,
    },
    ['Certificate', 'PrivateKey'],
  ),
  async run(ctx, input) {
    const existing = input.CertificateArn ? findCertificate(ctx, input.CertificateArn) : undefined;
    if (existing && existing.type !== 'IMPORTED')
      throw new AwsError('ValidationException', `Certificate ${existing.arn} was not imported, so it cannot be re-imported.`);
    if (existing && input.Tags) throw new AwsError('InvalidParameterException', 'Tags cannot be specified when reimporting a certificate.');
    const parsed = await parseCertificate(fromUtf8(input.Certificate));
    const keyPem = await checkPrivateKey(fromUtf8(input.PrivateKey), parsed.spkiJwk);
    const chain = input.CertificateChain ? fromUtf8(input.CertificateChain) : undefined;
    if (chain) await verifyChain(fromUtf8(input.Certificate), chain);
    const now = ctx.clock.nowMs();
    if (parsed.notAfter.getTime() < now)
      throw new AwsError('ValidationException', 'The certificate has expired. Import a certificate that is within its validity period.');
    if (parsed.notBefore.getTime() > now)
      throw new AwsError('ValidationException', 'The certificate is not yet valid. Import a certificate that is within its validity period.');
    const id = existing?.id ?? uuid(ctx.random);
    const cert: AcmCertificate = {
      id,
      arn: certificateArn(ctx.region, id),
      region: ctx.region,
      type: 'IMPORTED',
      status: 'ISSUED',
      domainName: parsed.domainName,
      sans: parsed.sans,
      keyAlgorithm: parsed.keyAlgorithm,
      validations: [],
      importedAtMs: now,
      notBeforeMs: parsed.notBefore.getTime(),
      notAfterMs: parsed.notAfter.getTime(),
      serial: parsed.serial.match(/../g)?.join(':'),
      subject: parsed.subject,
      issuer: /(?:^|,\s*)(?:CN|O)=([^,]+)/.exec(parsed.issuer)?.[1] ?? parsed.issuer,
      signatureAlgorithm: parsed.signatureAlgorithm,
      certificatePem: fromUtf8(input.Certificate).trim() + '\n',
      chainPem: chain,
      privateKeyPem: keyPem,
      exportOption: 'DISABLED',
      tags: existing?.tags ?? (input.Tags ? [...input.Tags] : []),
      inUseBy: existing?.inUseBy ?? [],
    };
    ctx.regionState.certificates[id] = cert;
    if (!ctx.resources.includes(cert.arn)) ctx.resources.push(cert.arn);
    return { CertificateArn: cert.arn };
  },
});
