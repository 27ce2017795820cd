/**
 * CreateCertificateAuthority (AWS Private CA): https://docs.aws.amazon.com/privateca/latest/APIReference/API_CreateCertificateAuthority.html
 * Creates a ROOT private CA with a real self-signed X.509 certificate (10 years).
 * Simplified: AWS leaves a new CA in PENDING_CERTIFICATE until its certificate is installed
 * (GetCertificateAuthorityCsr, IssueCertificate, ImportCertificateAuthorityCertificate); the lab
 * installs it at once, as the console's "Install CA certificate" step does, so the CA is ACTIVE.
 * SUBORDINATE CAs, CRLs, OCSP and the monthly charge are not modelled.
 */
import { AwsError, DAY_MS, list, str, struct, uuid } from '@/core';
import { defineAcmOperation } from '@/acm/context';
import { createRootCa, newSerial, type KeyAlgorithm } from '@/acm/crypto/x509';
import type { PrivateCa, Tag } from '@/acm/model/certificate';
import { caSubjectDn } from '@/acm/model/issue';
import { caArn } from '@/acm/model/resolve';

const s64 = str({ min: 0, max: 64 });
interface Input {
  CertificateAuthorityConfiguration: { KeyAlgorithm: string; SigningAlgorithm: string; Subject: Record<string, string> };
  CertificateAuthorityType: 'ROOT' | 'SUBORDINATE';
  IdempotencyToken?: string;
  Tags?: Tag[];
}
const SIGNING: Record<string, string> = { RSA_2048: 'SHA256WITHRSA', EC_prime256v1: 'SHA256WITHECDSA', EC_secp384r1: 'SHA384WITHECDSA' };

export const createCertificateAuthority = defineAcmOperation<Input, { CertificateAuthorityArn: string }>({
  name: 'CreateCertificateAuthority',
  action: 'acm-pca:CreateCertificateAuthority',
  summary: 'Creates a private root certificate authority.',
  input: struct(
    {
      CertificateAuthorityConfiguration: struct(
        {
          KeyAlgorithm: str({ enum: ['RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1'] }),
          SigningAlgorithm: str({ enum: ['SHA256WITHECDSA', 'SHA384WITHECDSA', 'SHA512WITHECDSA', 'SHA256WITHRSA', 'SHA384WITHRSA', 'SHA512WITHRSA'] }),
          Subject: struct({
            Country: str({ pattern: '[A-Za-z]{2}' }),
            Organization: s64,
            OrganizationalUnit: s64,
            State: str({ max: 128 }),
            Locality: str({ max: 128 }),
            CommonName: s64,
          }),
        },
        ['KeyAlgorithm', 'SigningAlgorithm', 'Subject'],
      ),
      CertificateAuthorityType: str({ enum: ['ROOT', 'SUBORDINATE'] }),
      IdempotencyToken: str({ min: 1, max: 36 }),
      Tags: list(struct({ Key: str({ min: 1, max: 128 }), Value: str({ max: 256 }) }, ['Key']), { min: 1, max: 50 }),
    },
    ['CertificateAuthorityConfiguration', 'CertificateAuthorityType'],
  ),
  async run(ctx, input) {
    const cfg = input.CertificateAuthorityConfiguration;
    if (input.CertificateAuthorityType !== 'ROOT') throw new AwsError('InvalidArgsException', 'The lab creates ROOT certificate authorities only.');
    if (!SIGNING[cfg.KeyAlgorithm])
      throw new AwsError('InvalidArgsException', `The lab supports the key algorithms RSA_2048, EC_prime256v1 and EC_secp384r1, not ${cfg.KeyAlgorithm}.`);
    if (SIGNING[cfg.KeyAlgorithm] !== cfg.SigningAlgorithm)
      throw new AwsError(
        'InvalidArgsException',
        `Signing algorithm ${cfg.SigningAlgorithm} is not compatible with key algorithm ${cfg.KeyAlgorithm}. Use ${SIGNING[cfg.KeyAlgorithm]}.`,
      );
    const dn = caSubjectDn(cfg.Subject);
    if (!dn) throw new AwsError('InvalidArgsException', 'The CA subject must have at least one field, for example CommonName.');
    const id = uuid(ctx.random);
    const now = ctx.clock.nowMs();
    const made = await createRootCa({
      subject: dn,
      keyAlgorithm: cfg.KeyAlgorithm as KeyAlgorithm,
      serial: newSerial(ctx.random),
      notBefore: new Date(now),
      notAfter: new Date(now + 3650 * DAY_MS),
    });
    const ca: PrivateCa = {
      id,
      arn: caArn(ctx.region, id),
      region: ctx.region,
      subject: { ...cfg.Subject },
      keyAlgorithm: cfg.KeyAlgorithm as KeyAlgorithm,
      signingAlgorithm: cfg.SigningAlgorithm,
      status: 'ACTIVE',
      createdAtMs: now,
      notBeforeMs: now,
      notAfterMs: now + 3650 * DAY_MS,
      serial: made.serial,
      certificatePem: made.certificatePem,
      privateKeyPem: made.privateKeyPem,
      tags: input.Tags ? [...input.Tags] : [],
    };
    ctx.regionState.cas[id] = ca;
    ctx.resources.push(ca.arn);
    return { CertificateAuthorityArn: ca.arn };
  },
});
