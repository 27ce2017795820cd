/**
 * A CloudTrail AwsServiceEvent: what a service did on its own as simulated time passed
 * (KMS rotating or deleting a key, ACM issuing, renewing or expiring a certificate).
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/non-api-aws-service-events.html
 */
import { ACCOUNT_ID, uuid, type Random } from '@/core';
import type { TrailEvent } from './event';

export interface ServiceEventInput {
  /** `kms` or `acm`: the service that acted (its endpoint names the event source). */
  service: string;
  eventName: string;
  region: string;
  timeMs: number;
  /** The resource acted on, with its CloudTrail type (`AWS::KMS::Key` ...). */
  resource: { type: string; arn: string };
  details?: Record<string, unknown>;
  random: Random;
}

export function awsServiceEvent(o: ServiceEventInput): TrailEvent {
  const source = `${o.service}.amazonaws.com`;
  return {
    eventVersion: '1.11',
    userIdentity: { type: 'AWSService', accountId: ACCOUNT_ID, invokedBy: source },
    eventTime: new Date(o.timeMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    eventSource: source,
    eventName: o.eventName,
    awsRegion: o.region,
    sourceIPAddress: source,
    userAgent: source,
    requestParameters: null,
    responseElements: o.details ?? null,
    requestID: uuid(o.random),
    eventID: uuid(o.random),
    readOnly: false,
    resources: [{ accountId: ACCOUNT_ID, type: o.resource.type, ARN: o.resource.arn }],
    eventType: 'AwsServiceEvent',
    managementEvent: true,
    recipientAccountId: ACCOUNT_ID,
    eventCategory: 'Management',
  };
}
