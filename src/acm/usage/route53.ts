/**
 * Route 53, just what certificate validation needs: one simulated public hosted zone that
 * holds any name (the lab owns every domain), ChangeResourceRecordSets and
 * ListResourceRecordSets. https://docs.aws.amazon.com/Route53/latest/APIReference/API_ChangeResourceRecordSets.html
 * A change that completes ACM's validation records issues the certificate right away
 * (AWS takes minutes). Simplified: one zone, no alias records, no weighted/latency routing.
 */
import { AwsError, int, list, str, struct, toHex } from '@/core';
import { defineAcmOperation, type AcmOperation } from '@/acm/context';
import { issueValidated } from '@/acm/lifecycle';

export const HOSTED_ZONE_ID = 'Z0KMSLABEXAMPLE';
const fqdn = (n: string) => n.toLowerCase().replace(/\.?$/, '.');

interface Change {
  Action: 'CREATE' | 'DELETE' | 'UPSERT';
  ResourceRecordSet: { Name: string; Type: string; TTL?: number; ResourceRecords?: { Value: string }[] };
}

const zone = (id: string) => {
  if (id.replace(/^\/hostedzone\//, '') !== HOSTED_ZONE_ID) throw new AwsError('NoSuchHostedZone', `No hosted zone found with ID: ${id}`);
};

export const changeResourceRecordSets = defineAcmOperation<
  { HostedZoneId: string; ChangeBatch: { Changes: Change[]; Comment?: string } },
  { ChangeInfo: Record<string, unknown> }
>({
  name: 'ChangeResourceRecordSets',
  action: 'route53:ChangeResourceRecordSets',
  summary: 'Creates, changes or deletes DNS records in the hosted zone.',
  input: struct(
    {
      HostedZoneId: str({ max: 32 }),
      ChangeBatch: struct(
        {
          Comment: str({ max: 256 }),
          Changes: list(
            struct(
              {
                Action: str({ enum: ['CREATE', 'DELETE', 'UPSERT'] }),
                ResourceRecordSet: struct(
                  {
                    Name: str({ max: 1024 }),
                    Type: str({ enum: ['SOA', 'A', 'TXT', 'NS', 'CNAME', 'MX', 'NAPTR', 'PTR', 'SRV', 'SPF', 'AAAA', 'CAA', 'DS'] }),
                    TTL: int({ min: 0, max: 2147483647 }),
                    ResourceRecords: list(struct({ Value: str({ max: 4000 }) }, ['Value']), { min: 1 }),
                  },
                  ['Name', 'Type'],
                ),
              },
              ['Action', 'ResourceRecordSet'],
            ),
            { min: 1 },
          ),
        },
        ['Changes'],
      ),
    },
    ['HostedZoneId', 'ChangeBatch'],
  ),
  async run(ctx, input) {
    zone(input.HostedZoneId);
    const hz = ctx.acm.hostedZone;
    for (const { Action, ResourceRecordSet: r } of input.ChangeBatch.Changes) {
      const name = fqdn(r.Name);
      const existing = hz[name];
      const label = `[name='${name}', type='${r.Type}']`;
      if (Action === 'CREATE' && existing) throw new AwsError('InvalidChangeBatch', `[Tried to create resource record set ${label} but it already exists]`);
      if (Action === 'DELETE') {
        if (!existing || existing.Type !== r.Type)
          throw new AwsError('InvalidChangeBatch', `[Tried to delete resource record set ${label} but it was not found]`);
        delete hz[name];
        continue;
      }
      const value = r.ResourceRecords?.[0]?.Value;
      if (!value)
        throw new AwsError(
          'InvalidInput',
          'Invalid request: Expected exactly one of [AliasTarget, all of [TTL, and ResourceRecords], or TrafficPolicyInstanceId], but found none in Change with [Action=' +
            Action +
            ', Name=' +
            r.Name +
            ', Type=' +
            r.Type +
            ', SetIdentifier=null]',
        );
      hz[name] = { Name: name, Type: r.Type, TTL: r.TTL ?? 300, Value: value };
    }
    const now = ctx.clock.nowMs();
    await issueValidated(ctx.acm, ctx.random, now);
    return {
      ChangeInfo: {
        Id: `/change/C${toHex(ctx.random.bytes(10)).toUpperCase()}`,
        Status: 'INSYNC',
        SubmittedAt: new Date(now),
        Comment: input.ChangeBatch.Comment,
      },
    };
  },
});

export const listResourceRecordSets = defineAcmOperation<{ HostedZoneId: string }, { ResourceRecordSets: unknown[]; IsTruncated: boolean; MaxItems: string }>({
  name: 'ListResourceRecordSets',
  action: 'route53:ListResourceRecordSets',
  readOnly: true,
  summary: 'Lists the DNS records of the hosted zone.',
  input: struct({ HostedZoneId: str({ max: 32 }) }, ['HostedZoneId']),
  async run(ctx, input) {
    zone(input.HostedZoneId);
    const sets = Object.values(ctx.acm.hostedZone)
      .sort((a, b) => a.Name.localeCompare(b.Name))
      .map((r) => ({ Name: r.Name, Type: r.Type, TTL: r.TTL, ResourceRecords: [{ Value: r.Value }] }));
    return { ResourceRecordSets: sets, IsTruncated: false, MaxItems: '300' };
  },
});

/** The operations by name, one row each (docs/adding-an-operation.md); `cloud.call` is typed from it. */
export const route53Registry = {
  ChangeResourceRecordSets: changeResourceRecordSets,
  ListResourceRecordSets: listResourceRecordSets,
} satisfies Record<string, AcmOperation>;

export const route53Operations: AcmOperation[] = Object.values(route53Registry);
