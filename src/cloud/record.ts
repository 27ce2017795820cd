/** Builds the trail record of one call (success or failure). */
import { ACCOUNT_ID, isAwsError, uuid, type Random } from '@/core';
import type { Principal } from '@/iam/model';
import { awsServiceEvent, isReadOnly, trailView, type TrailEvent, type TrailUserIdentity } from '@/trail';
import { EVENT_SOURCES } from './services';
import type { AnyOperation, CallRequest } from './types';

export function userIdentity(p: Principal, accessKeyId?: string): TrailUserIdentity {
  const type = p.type === 'root' ? 'Root' : p.type === 'user' ? 'IAMUser' : 'AssumedRole';
  const id: TrailUserIdentity = { type, principalId: p.userId, arn: p.arn, accountId: p.accountId };
  if (p.type === 'user') id.userName = p.name;
  if (accessKeyId) id.accessKeyId = accessKeyId;
  return id;
}

/** Operations that return data blobs record no response elements, as CloudTrail does for KMS's cryptographic operations. */
const hasBlob = (o: unknown) => !!o && typeof o === 'object' && Object.values(o).some((v) => v instanceof Uint8Array);

export function callEvent(o: {
  req: CallRequest;
  op: AnyOperation | undefined;
  caller: Principal;
  region: string;
  timeMs: number;
  random: Random;
  output?: unknown;
  error?: unknown;
  resources: string[];
  accessKeyId?: string;
}): TrailEvent {
  const console = o.req.source === 'console';
  const event: TrailEvent = {
    eventVersion: '1.11',
    userIdentity: userIdentity(o.caller, o.accessKeyId),
    eventTime: new Date(o.timeMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    eventSource: EVENT_SOURCES[o.req.service],
    eventName: o.req.operation,
    awsRegion: o.region,
    sourceIPAddress: console ? 'AWS Internal' : '192.0.2.10',
    userAgent: o.req.userAgent ?? (console ? 'AWS Internal' : (o.req.source ?? 'kms-lab')),
    requestParameters: o.req.input && Object.keys(o.req.input).length ? (trailView(o.req.input) as Record<string, unknown>) : null,
    responseElements:
      o.output === undefined || hasBlob(o.output) || (o.output && typeof o.output === 'object' && Object.keys(o.output).length === 0)
        ? null
        : (trailView(o.output, o.op?.sensitiveOutput) as Record<string, unknown>),
    requestID: uuid(o.random),
    eventID: uuid(o.random),
    readOnly: isReadOnly(o.req.operation),
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: ACCOUNT_ID,
    eventCategory: 'Management',
  };
  if (o.error !== undefined) {
    event.errorCode = isAwsError(o.error) ? o.error.code : 'InternalError';
    event.errorMessage = o.error instanceof Error ? o.error.message : String(o.error);
    event.responseElements = null;
  }
  if (o.resources.length) event.resources = o.resources.map((ARN) => ({ accountId: ACCOUNT_ID, type: resourceType(ARN), ARN }));
  return event;
}

/** CloudTrail's resource type from an ARN (KMS keys unless another service's ARN). */
const resourceType = (arn: string) =>
  arn.includes(':acm:')
    ? 'AWS::ACM::Certificate'
    : arn.includes(':acm-pca:')
      ? 'AWS::ACMPCA::CertificateAuthority'
      : arn.includes(':cloudfront:')
        ? 'AWS::CloudFront::Distribution'
        : 'AWS::KMS::Key';

/** What KMS did on its own (RotateKey, DeleteKey ...), as CloudTrail records it. */
export const serviceEvent = (o: {
  eventName: string;
  keyArn: string;
  region: string;
  timeMs: number;
  random: Random;
  details?: Record<string, unknown>;
}): TrailEvent =>
  awsServiceEvent({
    service: 'kms',
    eventName: o.eventName,
    region: o.region,
    timeMs: o.timeMs,
    resource: { type: 'AWS::KMS::Key', arn: o.keyArn },
    details: o.details,
    random: o.random,
  });
