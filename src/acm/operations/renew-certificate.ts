/**
 * RenewCertificate: https://docs.aws.amazon.com/acm/latest/APIReference/API_RenewCertificate.html
 * Renews a PRIVATE certificate now (a new serial and validity from the private CA). Public
 * certificates renew on their own (managed renewal, lifecycle/renewal.ts) and imported ones
 * never; both are ValidationException here.
 */
import { AwsError, struct, arnResource } from '@/core';
import { defineAcmOperation } from '@/acm/context';
import { issue } from '@/acm/model/issue';
import { findCa, findCertificate } from '@/acm/model/resolve';
import { certificateArnShape } from './common-shapes';

export const renewCertificate = defineAcmOperation<{ CertificateArn: string }, object>({
  name: 'RenewCertificate',
  action: 'acm:RenewCertificate',
  summary: 'Renews a private certificate issued by a private CA.',
  resources: { target: arnResource((input) => input.CertificateArn) },
  input: struct({ CertificateArn: certificateArnShape }, ['CertificateArn']),
  async run(ctx, input) {
    const c = findCertificate(ctx, input.CertificateArn);
    if (c.type !== 'PRIVATE' || !c.certificateAuthorityArn) {
      throw new AwsError('ValidationException', `Certificate ${c.arn} is not a private certificate, so it is not eligible for the Renew Certificate API.`);
    }
    await issue(ctx.acm, c, ctx.random, ctx.clock.nowMs(), findCa(ctx, c.certificateAuthorityArn));
    c.renewal = { RenewalStatus: 'SUCCESS', UpdatedAtMs: ctx.clock.nowMs() };
    return {};
  },
});
