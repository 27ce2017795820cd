/**
 * LookupEvents: https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html
 * The account's event history in the call's Region, newest first: every API call the lab recorded
 * (the console's, CloudShell's, the wire's, and the calls a service made on the caller's behalf,
 * with invokedBy) and the services' own events (rotation, deletion ...), within the last 90 days.
 * One lookup attribute at most (EventId, EventName, ReadOnly, Username, ResourceType, ResourceName,
 * EventSource, AccessKeyId; its value matched exactly), StartTime and EndTime (inclusive), pages of
 * MaxResults (1-50, default 50) with NextToken. Each event carries its whole record as the
 * CloudTrailEvent JSON string.
 * Simplified: the lab keeps one event history per account, so the global services' events (IAM,
 * STS) are found in every Region, as the lab's Event history shows them; no Insights events
 * (EventCategory insight finds none); a NextToken is not tied to the parameters it was issued with.
 */
import { AwsError, fromBase64, fromUtf8, int, list, str, struct, timestamp, toBase64, utf8 } from '@/core';
import type { TrailEvent } from '@/trail';
import { defineCloudTrailOperation } from '@/cloudtrail/context';

const KEYS = ['EventId', 'EventName', 'ReadOnly', 'Username', 'ResourceType', 'ResourceName', 'EventSource', 'AccessKeyId'] as const;
type Key = (typeof KEYS)[number];

interface Input {
  LookupAttributes?: { AttributeKey: Key; AttributeValue: string }[];
  StartTime?: Date;
  EndTime?: Date;
  EventCategory?: 'insight';
  MaxResults?: number;
  NextToken?: string;
}

interface LookedUpEvent {
  EventId: string;
  EventName: string;
  ReadOnly: string;
  AccessKeyId?: string;
  EventTime: Date;
  EventSource: string;
  Username?: string;
  Resources: { ResourceType: string; ResourceName: string }[];
  CloudTrailEvent: string;
}

const DAY_MS = 86_400_000;
/** IAM and STS are global: their events are found in every Region, as in the lab's Event history. */
const GLOBAL_SOURCES = ['iam.amazonaws.com', 'sts.amazonaws.com'];

/** CloudTrail's user name of a record: root, the IAM user, the role session, or the service that acted. */
export function usernameOf(e: TrailEvent): string | undefined {
  const id = e.userIdentity;
  if (id.type === 'Root') return 'root';
  if (id.type === 'IAMUser') return id.userName ?? id.arn?.split('/').pop();
  if (id.type === 'AssumedRole') return id.arn?.split('/').pop();
  return id.invokedBy;
}

function valueOf(e: TrailEvent, key: Key): string[] {
  switch (key) {
    case 'EventId':
      return [e.eventID];
    case 'EventName':
      return [e.eventName];
    case 'ReadOnly':
      return [String(e.readOnly)];
    case 'Username':
      return [usernameOf(e) ?? ''];
    case 'ResourceType':
      return (e.resources ?? []).map((r) => r.type);
    case 'ResourceName':
      return (e.resources ?? []).map((r) => r.ARN);
    case 'EventSource':
      return [e.eventSource];
    case 'AccessKeyId':
      return e.userIdentity.accessKeyId ? [e.userIdentity.accessKeyId] : [];
  }
}

const lookedUp = (e: TrailEvent): LookedUpEvent => ({
  EventId: e.eventID,
  EventName: e.eventName,
  ReadOnly: String(e.readOnly),
  AccessKeyId: e.userIdentity.accessKeyId,
  EventTime: new Date(e.eventTime),
  EventSource: e.eventSource,
  Username: usernameOf(e),
  Resources: (e.resources ?? []).map((r) => ({ ResourceType: r.type, ResourceName: r.ARN })),
  CloudTrailEvent: JSON.stringify(e),
});

export const lookupEvents = defineCloudTrailOperation<Input, { Events: LookedUpEvent[]; NextToken?: string }>({
  name: 'LookupEvents',
  action: 'cloudtrail:LookupEvents',
  readOnly: true,
  summary: 'Looks up the events of the Region’s event history (the last 90 days), newest first, by one attribute and a time range.',
  input: struct({
    LookupAttributes: list(struct({ AttributeKey: str({ enum: KEYS }), AttributeValue: str({ min: 1, max: 2000 }) }, ['AttributeKey', 'AttributeValue']), {
      doc: 'One attribute to match exactly: EventId, EventName, ReadOnly, Username, ResourceType, ResourceName, EventSource or AccessKeyId',
    }),
    StartTime: timestamp('Events at or after this time'),
    EndTime: timestamp('Events at or before this time'),
    EventCategory: str({ enum: ['insight'], doc: 'insight: Insights events instead of management events' }),
    MaxResults: int({ min: 1, max: 50, doc: 'Events per page (1-50, default 50)' }),
    NextToken: str({ doc: 'Where the previous page ended' }),
  }),
  check(input) {
    if ((input.LookupAttributes?.length ?? 0) > 1) throw new AwsError('InvalidLookupAttributesException', 'You cannot specify more than one lookup attribute.');
    if (input.StartTime && input.EndTime && input.StartTime.getTime() > input.EndTime.getTime())
      throw new AwsError('InvalidTimeRangeException', 'Start time must be before end time.');
  },
  async run(ctx, input) {
    if (input.EventCategory === 'insight') return { Events: [] };
    const now = ctx.clock.nowMs();
    const from = Math.max(input.StartTime?.getTime() ?? -Infinity, now - 90 * DAY_MS);
    const to = input.EndTime?.getTime() ?? Infinity;
    const attribute = input.LookupAttributes?.[0];
    const found: TrailEvent[] = [];
    for (let i = ctx.trail.length - 1; i >= 0; i--) {
      const e = ctx.trail[i]!;
      if (e.awsRegion !== ctx.region && !GLOBAL_SOURCES.includes(e.eventSource)) continue;
      const t = Date.parse(e.eventTime);
      if (t < from || t > to) continue;
      if (attribute && !valueOf(e, attribute.AttributeKey).includes(attribute.AttributeValue)) continue;
      found.push(e);
    }
    // A token names the first event of the next page, so events recorded since (this lookup's own) do not shift the pages.
    let start = 0;
    if (input.NextToken !== undefined) {
      const m = /^e:(.+)$/.exec(fromUtf8(fromBase64(input.NextToken) ?? new Uint8Array()));
      start = m ? found.findIndex((e) => e.eventID === m[1]) : -1;
      if (start < 0) throw new AwsError('InvalidNextTokenException', 'Invalid NextToken.');
    }
    const size = input.MaxResults ?? 50;
    const page = found.slice(start, start + size);
    const after = found[start + size];
    const next = after ? toBase64(utf8(`e:${after.eventID}`)) : undefined;
    return { Events: page.map(lookedUp), NextToken: next };
  },
});
