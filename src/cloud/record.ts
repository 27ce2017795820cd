/**
 * Builds the trail record of one call (success or failure). CloudTrail truncates a field whose
 * content exceeds its maximum size and marks it `omitted`; request parameters and response
 * elements are at most 100 KB:
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 * Secret inputs (shapes marked `sensitive`) are never recorded, as AWS leaves them out.
 *
 * Simplified: a field over 100 KB is replaced by `{ "omitted": true }` as a whole, and an error
 * message is kept to its first 1,024 characters.
 */
import { ACCOUNT_ID, isAwsError, uuid, withoutSensitive, type Random } from '@/core';
import type { Principal } from '@/iam/model';
import { noteEventBytes, trailView, type TrailEvent, type TrailUserIdentity } from '@/trail';
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

/** The most a request parameters or response elements field holds, and an error message. */
export const FIELD_MAX = 100 * 1024;
export const MESSAGE_MAX = 1024;

const capped = (field: Record<string, unknown> | null): Record<string, unknown> | null =>
  field && JSON.stringify(field).length > FIELD_MAX ? { omitted: true } : field;

/** CloudTrail's eventTime (whole seconds); calls in the same millisecond share one text. */
let lastTime = { ms: NaN, text: '' };
function eventTime(ms: number): string {
  if (ms !== lastTime.ms) lastTime = { ms, text: new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z') };
  return lastTime.text;
}

const cappedMessage = (m: string) => (m.length > MESSAGE_MAX ? `${m.slice(0, MESSAGE_MAX)}…` : m);

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
  /** The input as the pipeline read it (maps rebuilt); the request's own when it never got that far. */
  input?: Record<string, unknown>;
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
    eventTime: eventTime(o.timeMs),
    eventSource: o.service?.eventSource ?? `${o.req.service}.amazonaws.com`,
    eventName: o.req.operation,
    awsRegion: o.region,
    sourceIPAddress: via ?? (console ? 'AWS Internal' : '192.0.2.10'),
    userAgent: via ?? o.req.userAgent ?? (console ? 'AWS Internal' : (o.req.source ?? 'kms-lab')),
    requestParameters: requestParameters(o.op, o.input ?? o.req.input),
    responseElements:
      o.output === undefined || hasBlob(o.output) || (o.output && typeof o.output === 'object' && Object.keys(o.output).length === 0)
        ? null
        : (trailView(withoutPaths(o.output, o.op?.sensitiveOutput ?? []), o.op?.sensitiveOutput) as Record<string, unknown>),
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
    event.errorMessage = cappedMessage(o.error instanceof Error ? o.error.message : String(o.error));
    event.responseElements = null;
  }
  if (o.resources.length) event.resources = o.resources.map((ARN) => ({ accountId: ACCOUNT_ID, type: o.resourceType(ARN), ARN }));
  // The event's JSON is measured once: the trail keeps its size (trail.ts), and when the whole event
  // is within FIELD_MAX neither field can be over it. Only a larger event has its fields measured.
  const bytes = JSON.stringify(event).length;
  if (bytes <= FIELD_MAX) noteEventBytes(event, bytes);
  else {
    event.requestParameters = capped(event.requestParameters);
    event.responseElements = capped(event.responseElements);
  }
  return event;
}

/** The output without its secret members: `Plaintext`, or a path such as `Distribution.DistributionConfig.Comment`. */
function withoutPaths(output: unknown, paths: readonly string[]): unknown {
  if (!paths.length || !output || typeof output !== 'object') return output;
  const copy = structuredClone(output) as Record<string, unknown>;
  for (const path of paths) {
    const steps = path.split('.');
    let at: unknown = copy;
    for (const step of steps.slice(0, -1)) at = at && typeof at === 'object' && Object.hasOwn(at, step) ? (at as Record<string, unknown>)[step] : undefined;
    if (at && typeof at === 'object') delete (at as Record<string, unknown>)[steps.at(-1)!];
  }
  return copy;
}

/** What the input's record holds: no blobs, no sensitive members, at most FIELD_MAX. */
function requestParameters(op: AnyOperation | undefined, input: Record<string, unknown> | undefined): Record<string, unknown> | null {
  // An unknown operation has no shape to say what is secret: nothing of its input is recorded.
  if (!op || !input || !Object.keys(input).length) return null;
  return trailView(withoutSensitive(op.input, input)) as Record<string, unknown>;
}
