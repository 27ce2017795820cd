/** A CloudTrail-shaped AwsServiceEvent for what ACM did on its own (issue, renew, expire). */
import type { Random } from '@/core';
import { awsServiceEvent, type TrailEvent } from '@/trail';
import type { AcmServiceEvent } from './index';

export const acmTrailEvent = (e: AcmServiceEvent, random: Random): TrailEvent =>
  awsServiceEvent({
    service: 'acm',
    eventName: e.eventName,
    region: e.region,
    timeMs: e.timeMs,
    resource: { type: 'AWS::ACM::Certificate', arn: e.certificateArn },
    details: e.details,
    random,
  });
