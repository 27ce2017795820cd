/**
 * CloudTrail-style records of every call, failures and console-initiated calls included
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html).
 * Secrets never enter the trail: blobs and members an operation marks sensitive are left out.
 */
import { ACCOUNT_ID, camel, sameKind, setOwn } from '@/core';

export interface TrailUserIdentity {
  type: 'Root' | 'IAMUser' | 'AssumedRole' | 'AWSService';
  principalId?: string;
  arn?: string;
  accountId: string;
  userName?: string;
  accessKeyId?: string;
  /** For events KMS itself performs (RotateKey, DeleteKey): `kms.amazonaws.com`. */
  invokedBy?: string;
}

export interface TrailEvent {
  eventVersion: '1.11';
  userIdentity: TrailUserIdentity;
  eventTime: string;
  eventSource: string;
  eventName: string;
  awsRegion: string;
  sourceIPAddress: string;
  userAgent: string;
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  errorCode?: string;
  errorMessage?: string;
  requestID: string;
  eventID: string;
  readOnly: boolean;
  resources?: { accountId: string; type: string; ARN: string }[];
  eventType: 'AwsApiCall' | 'AwsServiceEvent';
  managementEvent: boolean;
  recipientAccountId: string;
  eventCategory: 'Management';
}

/** Request or response members as CloudTrail shows them: camelCase, no blobs, no secrets, dates ISO. */
export function trailView(value: unknown, omit: readonly string[] = []): unknown {
  if (value instanceof Uint8Array) return undefined;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => trailView(v));
  if (value && typeof value === 'object') {
    // A map keyed by the caller (an encryption context) keeps its keys as they are, `__proto__` included.
    const map = Object.getPrototypeOf(value) === null;
    const out = sameKind<unknown>(value);
    for (const [k, v] of Object.entries(value)) {
      if (omit.includes(k) || v === undefined) continue;
      const t = trailView(v);
      if (t !== undefined) setOwn(out, !map && /^[A-Z]/.test(k) ? camel(k) : k, t);
    }
    return out;
  }
  return value;
}

export const RECIPIENT = ACCOUNT_ID;
