/** ListTagsForCertificate: https://docs.aws.amazon.com/acm/latest/APIReference/API_ListTagsForCertificate.html */
import { struct, arnResource } from '@/core';
import { defineAcmOperation } from '@/acm/context';
import type { Tag } from '@/acm/model/certificate';
import { findCertificate } from '@/acm/model/resolve';
import { certificateArnShape } from './common-shapes';

export const listTagsForCertificate = defineAcmOperation<{ CertificateArn: string }, { Tags: Tag[] }>({
  name: 'ListTagsForCertificate',
  action: 'acm:ListTagsForCertificate',
  readOnly: true,
  summary: 'Lists the tags of a certificate.',
  resources: { target: arnResource((input) => input.CertificateArn) },
  input: struct({ CertificateArn: certificateArnShape }, ['CertificateArn']),
  async run(ctx, input) {
    return { Tags: findCertificate(ctx, input.CertificateArn).tags.map((t) => ({ ...t })) };
  },
});
