/**
 * RequestCertificate: https://docs.aws.amazon.com/acm/latest/APIReference/API_RequestCertificate.html
 * A public certificate starts PENDING_VALIDATION with one validation per name (a CNAME record
 * for DNS, approval addresses for EMAIL); a private one (CertificateAuthorityArn) is issued at
 * once by the account's private CA. Options.Export ENABLED makes a public certificate exportable.
 * Simplified: no DomainValidationOptions (ValidationDomain), no IdempotencyToken deduplication,
 * no ManagedBy; issuing is immediate where AWS takes seconds.
 */
import { AwsError, list, str, struct, uuid } from '@/core';
import { defineAcmOperation } from '@/acm/context';
import type { KeyAlgorithm } from '@/acm/crypto/x509';
import type { AcmCertificate, Tag } from '@/acm/model/certificate';
import { issue } from '@/acm/model/issue';
import { certificateArn, findCa } from '@/acm/model/resolve';
import { newValidation } from '@/acm/model/validation';
import { caArnShape, domainNameShape, keyAlgorithmShape, tagsShape } from './common-shapes';

interface Input {
  DomainName: string;
  ValidationMethod?: 'DNS' | 'EMAIL' | 'HTTP';
  SubjectAlternativeNames?: string[];
  IdempotencyToken?: string;
  Options?: { CertificateTransparencyLoggingPreference?: string; Export?: 'ENABLED' | 'DISABLED' };
  CertificateAuthorityArn?: string;
  Tags?: Tag[];
  KeyAlgorithm?: string;
}

const SUPPORTED: readonly string[] = ['RSA_2048', 'EC_prime256v1', 'EC_secp384r1'];

export const requestCertificate = defineAcmOperation<Input, { CertificateArn: string }>({
  name: 'RequestCertificate',
  action: 'acm:RequestCertificate',
  summary: 'Requests a public certificate (validated by DNS or email) or a private certificate from a private CA.',
  input: struct(
    {
      DomainName: domainNameShape,
      ValidationMethod: str({ enum: ['EMAIL', 'DNS', 'HTTP'] }),
      SubjectAlternativeNames: list(domainNameShape, { min: 1, max: 100 }),
      IdempotencyToken: str({ min: 1, max: 32, pattern: '\\w+' }),
      Options: struct({ CertificateTransparencyLoggingPreference: str({ enum: ['ENABLED', 'DISABLED'] }), Export: str({ enum: ['ENABLED', 'DISABLED'] }) }),
      CertificateAuthorityArn: caArnShape,
      Tags: tagsShape,
      KeyAlgorithm: keyAlgorithmShape,
    },
    ['DomainName'],
  ),
  async run(ctx, input) {
    const keyAlgorithm = input.KeyAlgorithm ?? 'RSA_2048';
    if (!SUPPORTED.includes(keyAlgorithm))
      throw new AwsError(
        'ValidationException',
        `The key algorithm ${keyAlgorithm} is not supported for certificate requests. Choose RSA_2048, EC_prime256v1 or EC_secp384r1.`,
      );
    const priv = input.CertificateAuthorityArn !== undefined;
    if (priv && input.Options?.Export)
      throw new AwsError('ValidationException', 'One or more of the options specified in the request are not supported for PRIVATE certificate types');
    if (!priv && input.ValidationMethod === 'HTTP')
      throw new AwsError('ValidationException', 'HTTP validation is only available for certificates managed by CloudFront.');
    const ca = priv ? findCa(ctx, input.CertificateAuthorityArn!) : undefined;
    if (ca && ca.status !== 'ACTIVE') throw new AwsError('RequestFailedException', `The certificate authority ${ca.arn} is not in the ACTIVE state.`);
    const names = [input.DomainName, ...(input.SubjectAlternativeNames ?? [])].filter(
      (n, i, all) => all.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i,
    );
    const id = uuid(ctx.random);
    const now = ctx.clock.nowMs();
    const method = input.ValidationMethod === 'EMAIL' ? 'EMAIL' : 'DNS';
    const cert: AcmCertificate = {
      id,
      arn: certificateArn(ctx.region, id),
      region: ctx.region,
      type: priv ? 'PRIVATE' : 'AMAZON_ISSUED',
      status: 'PENDING_VALIDATION',
      domainName: input.DomainName,
      sans: names,
      keyAlgorithm: keyAlgorithm as KeyAlgorithm,
      validationMethod: priv ? undefined : method,
      validations: [],
      createdAtMs: now,
      exportOption: priv ? 'ENABLED' : (input.Options?.Export ?? 'DISABLED'),
      certificateAuthorityArn: ca?.arn,
      tags: input.Tags ? [...input.Tags] : [],
      inUseBy: [],
    };
    if (!priv) for (const n of names) cert.validations.push(newValidation(n, method, ctx.random, cert.validations));
    if (ca) await issue(ctx.acm, cert, ctx.random, now, ca);
    ctx.regionState.certificates[id] = cert;
    ctx.resources.push(cert.arn);
    return { CertificateArn: cert.arn };
  },
});
