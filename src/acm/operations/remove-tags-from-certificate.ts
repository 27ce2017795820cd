/**
 * RemoveTagsFromCertificate: https://docs.aws.amazon.com/acm/latest/APIReference/API_RemoveTagsFromCertificate.html
 * Removes a tag when its key matches and, if the request gives a Value, the value matches too.
 */
import { struct, arnResource } from '@/core';
import { defineAcmOperation } from '@/acm/context';
import type { Tag } from '@/acm/model/certificate';
import { findCertificate } from '@/acm/model/resolve';
import { certificateArnShape, tagsShape } from './common-shapes';

export const removeTagsFromCertificate = defineAcmOperation<{ CertificateArn: string; Tags: Tag[] }, object>({
  name: 'RemoveTagsFromCertificate',
  action: 'acm:RemoveTagsFromCertificate',
  summary: 'Removes tags from a certificate.',
  resources: { target: arnResource((input) => input.CertificateArn) },
  input: struct({ CertificateArn: certificateArnShape, Tags: tagsShape }, ['CertificateArn', 'Tags']),
  async run(ctx, input) {
    const c = findCertificate(ctx, input.CertificateArn);
    c.tags = c.tags.filter((t) => !input.Tags.some((r) => r.Key === t.Key && (r.Value === undefined || r.Value === t.Value)));
    return {};
  },
});
