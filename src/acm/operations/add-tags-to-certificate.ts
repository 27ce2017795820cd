/**
 * AddTagsToCertificate: https://docs.aws.amazon.com/acm/latest/APIReference/API_AddTagsToCertificate.html
 * Adds tags (an existing key gets the new value); at most 50; `aws:` keys are reserved.
 */
import { AwsError, struct, arnResource } from '@/core';
import { defineAcmOperation } from '@/acm/context';
import type { Tag } from '@/acm/model/certificate';
import { findCertificate } from '@/acm/model/resolve';
import { certificateArnShape, tagsShape } from './common-shapes';

export const addTagsToCertificate = defineAcmOperation<{ CertificateArn: string; Tags: Tag[] }, object>({
  name: 'AddTagsToCertificate',
  action: 'acm:AddTagsToCertificate',
  summary: 'Adds or overwrites tags on a certificate.',
  resources: { target: arnResource((input) => input.CertificateArn) },
  input: struct({ CertificateArn: certificateArnShape, Tags: tagsShape }, ['CertificateArn', 'Tags']),
  async run(ctx, input) {
    const c = findCertificate(ctx, input.CertificateArn);
    if (input.Tags.some((t) => t.Key.toLowerCase().startsWith('aws:'))) throw new AwsError('InvalidTagException', 'Tags beginning with aws: are reserved.');
    const keys = input.Tags.map((t) => t.Key);
    if (new Set(keys).size !== keys.length) throw new AwsError('InvalidParameterException', 'The request contains duplicate tag keys.');
    const merged = [...c.tags.filter((t) => !keys.includes(t.Key)), ...input.Tags];
    if (merged.length > 50) throw new AwsError('TooManyTagsException', 'The request contains too many tags. A certificate can have at most 50 tags.');
    c.tags = merged;
    return {};
  },
});
