/**
 * How the event history reads a trail record, as the CloudTrail console does: the user name
 * (root, the IAM user, the role session, or the service that acted), the resources the call was
 * about, and the lookup attributes it can be searched by.
 */
import type { TrailEvent } from '@/trail/event';

export function userNameOf(e: TrailEvent): string {
  const id = e.userIdentity;
  if (id.type === 'Root') return 'root';
  if (id.type === 'IAMUser') return id.userName ?? id.arn?.split('/').pop() ?? '';
  if (id.type === 'AssumedRole') return id.arn?.split('/').pop() ?? '';
  return id.invokedBy ?? '';
}

/** Request members that name an IAM or KMS resource, in the order the console prefers them. */
const NAMED = ['userName', 'groupName', 'roleName', 'policyName', 'policyArn', 'accessKeyId', 'keyId', 'aliasName', 'targetKeyId'];

export function resourcesOf(e: TrailEvent): string[] {
  if (e.resources?.length) return e.resources.map((r) => r.ARN);
  const p = e.requestParameters ?? {};
  return NAMED.map((k) => p[k]).filter((v): v is string => typeof v === 'string');
}

export type LookupAttribute = 'eventName' | 'userName' | 'resourceName' | 'eventSource' | 'errorCode' | 'readOnly' | 'eventId';

export const LOOKUP_ATTRIBUTES: { value: LookupAttribute; label: string }[] = [
  { value: 'eventName', label: 'Event name' },
  { value: 'userName', label: 'User name' },
  { value: 'resourceName', label: 'Resource name' },
  { value: 'eventSource', label: 'Event source' },
  { value: 'errorCode', label: 'Error code' },
  { value: 'readOnly', label: 'Read-only' },
  { value: 'eventId', label: 'Event ID' },
];

const has = (text: string | undefined, q: string) => !!text && text.toLowerCase().includes(q);

/** Case-insensitive "contains" on the chosen attribute; Read-only compares true/false. */
export function matches(e: TrailEvent, attribute: LookupAttribute, value: string): boolean {
  const q = value.trim().toLowerCase();
  if (!q) return true;
  switch (attribute) {
    case 'eventName':
      return has(e.eventName, q);
    case 'userName':
      return has(userNameOf(e), q);
    case 'resourceName':
      return resourcesOf(e).some((r) => has(r, q));
    case 'eventSource':
      return has(e.eventSource, q);
    case 'errorCode':
      return has(e.errorCode, q);
    case 'readOnly':
      return String(e.readOnly) === q;
    case 'eventId':
      return has(e.eventID, q);
  }
}

/** Global services (IAM, STS) show in every Region, as the lab keeps one event history per account. */
const GLOBAL_SOURCES = ['iam.amazonaws.com', 'sts.amazonaws.com'];

/** The events of a Region (and the global services'), newest first, that match the lookup. */
export function lookupEvents(trail: readonly TrailEvent[], region: string, attribute: LookupAttribute, value: string): TrailEvent[] {
  const out: TrailEvent[] = [];
  for (let i = trail.length - 1; i >= 0; i--) {
    const e = trail[i]!;
    if ((e.awsRegion === region || GLOBAL_SOURCES.includes(e.eventSource)) && matches(e, attribute, value)) out.push(e);
  }
  return out;
}

/** The events as a Markdown table for notes (the Event history columns, newest first as shown). */
export function eventsMarkdown(events: readonly TrailEvent[], region: string, exportedAt: Date): string {
  const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const rows = events.map(
    (e) => `| ${[e.eventTime, userNameOf(e), e.eventName, e.eventSource, resourcesOf(e).join(', ') || '-', e.errorCode ?? '-'].map(esc).join(' | ')} |`,
  );
  return [
    '# CloudTrail event history',
    '',
    `Region ${region}, ${events.length} events, exported ${exportedAt.toISOString()} from KMS Lab (a simulation of AWS).`,
    '',
    '| Event time | User name | Event name | Event source | Resources | Error code |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
