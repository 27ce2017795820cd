/** A CloudTrail-shaped AwsServiceEvent for what ACM did on its own (issue, renew, expire). */
import { ACCOUNT_ID, uuid, type Random } from '../../core';
import type { TrailEvent } from '../../trail';
import type { AcmServiceEvent } from './index';

export function acmTrailEvent(e: AcmServiceEvent, random: Random): TrailEvent {
  return {
    eventVersion: '1.11',
    userIdentity: { type: 'AWSService', accountId: ACCOUNT_ID, invokedBy: 'acm.amazonaws.com' },
    eventTime: new Date(e.timeMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    eventSource: 'acm.amazonaws.com',
    eventName: e.eventName,
    awsRegion: e.region,
    sourceIPAddress: 'acm.amazonaws.com',
    userAgent: 'acm.amazonaws.com',
    requestParameters: null,
    responseElements: e.details ?? null,
    requestID: uuid(random),
    eventID: uuid(random),
    readOnly: false,
    resources: [{ accountId: ACCOUNT_ID, type: 'AWS::ACM::Certificate', ARN: e.certificateArn }],
    eventType: 'AwsServiceEvent',
    managementEvent: true,
    recipientAccountId: ACCOUNT_ID,
    eventCategory: 'Management',
  };
}
