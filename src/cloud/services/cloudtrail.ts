/**
 * AWS CloudTrail, declared once (src/cloud/service.ts): LookupEvents over the account's event
 * history, the trail every call is recorded in (its state part is the trail itself). It loads on
 * its first call, so the browser's first screen does not carry it.
 */
import type { TrailEvent } from '@/trail';
import { defineService, type StatePart } from '@/cloud/service';

/** The account's trail (`CloudState.trail`, always there). */
export const trailPart: StatePart<TrailEvent[]> = { key: 'trail', empty: () => [] };

export const cloudTrailService = defineService({
  name: 'cloudtrail',
  title: 'AWS CloudTrail',
  eventSource: 'cloudtrail.amazonaws.com',
  validationCode: 'ValidationException',
  accessDenied: { code: 'AccessDeniedException' },
  // botocore (the AWS CLI) sends the model's long target prefix; the JS SDK v3 sends the service shape's name.
  wire: { targetPrefix: 'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101', targetAliases: ['CloudTrail_20131101'], signingName: 'cloudtrail' },
  cli: {
    tokens: { inputToken: 'NextToken', limitKey: 'MaxResults', outputToken: 'NextToken', moreResults: 'NextToken' },
    resultKeys: { LookupEvents: 'Events' },
  },
  state: trailPart,
  runtime: async () => {
    const { cloudTrailRegistry, cloudTrailContextOf } = await import('@/cloudtrail/operations/registry');
    return { registry: cloudTrailRegistry, context: cloudTrailContextOf };
  },
});
