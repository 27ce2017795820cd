/** Builds the trail record of one call (success or failure). */
import { ACCOUNT_ID, isAwsError, uuid, type Random } from '@/core';
import type { Principal } from '@/iam/model';
import { trailView, type TrailEvent, type TrailUserIdentity } from '@/trail';
import type { ServiceDescriptor } from './service';
import type { AnyOperation, CallRequest } from './types';

export function userIdentity(p: Principal, accessKeyId?: string, invokedBy?: string): TrailUserIdentity {
  const type = p.type === 'root' ? 'Root' : p.type === 'user' ? 'IAMUser' : 'AssumedRole';
  const id: TrailUserIdentity = { type, principalId: p.userId, arn: p.arn, accountId: p.accountId };
  if (p.type === 'user') id.userName = p.name;
  if (accessKeyId) id.accessKeyId = accessKeyId;
  if (invokedBy) id.invokedBy = invokedBy;
  return id;
}

/** Operations that return data blobs record no response elements, as CloudTrail does for KMS's cryptographic operations. */
const hasBlob = (o: unknown) => !!o && typeof o === 'object' && Object.values(o).some((v) => v instanceof Uint8Array);

/**
 * A call another service made on the caller's behalf names that service as invokedBy, source
 * address and user agent, as CloudTrail does.
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html#cloudtrail-event-reference-user-identity-fields
 */
export function callEvent(o: {
  req: CallRequest;
  service: ServiceDescriptor | undefined;
  op: AnyOperation | undefined;
  /** CloudTrail's resource type of an ARN the call touched. */
  resourceType: (arn: string) => string;
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
  const via = o.req.invokedBy;
  const event: TrailEvent = {
    eventVersion: '1.11',
    userIdentity: userIdentity(o.caller, o.accessKeyId, via),
    eventTime: new Date(o.timeMs).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    eventSource: o.service?.eventSource ?? `${o.req.service}.amazonaws.com`,
    eventName: o.req.operation,
    awsRegion: o.region,
    sourceIPAddress: via ?? (console ? 'AWS Internal' : '192.0.2.10'),
    userAgent: via ?? o.req.userAgent ?? (console ? 'AWS Internal' : (o.req.source ?? 'kms-lab')),
    requestParameters: o.req.input && Object.keys(o.req.input).length ? (trailView(o.req.input) as Record<string, unknown>) : null,
    responseElements:
      o.output === undefined || hasBlob(o.output) || (o.output && typeof o.output === 'object' && Object.keys(o.output).length === 0)
        ? null
        : (trailView(o.output, o.op?.sensitiveOutput) as Record<string, unknown>),
    requestID: uuid(o.random),
    eventID: uuid(o.random),
    readOnly: o.op?.readOnly === true,
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
  if (o.resources.length) event.resources = o.resources.map((ARN) => ({ accountId: ACCOUNT_ID, type: o.resourceType(ARN), ARN }));
  return event;
}
