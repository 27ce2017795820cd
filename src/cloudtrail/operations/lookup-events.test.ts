import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { AwsError, SimulatedClock, seededRandom } from '@/core';
import { createCloud } from '@/cloud/create-cloud';
import { ADMIN_CREDENTIALS, labRequestHandler } from '@/cloud/protocol/testing';
import { shellLab } from '@/cli/testing';

const START = Date.UTC(2026, 0, 1);

async function account() {
  const cloud = createCloud({ clock: new SimulatedClock(START), random: seededRandom(23) });
  const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey' });
  await cloud.clock.advance(60_000);
  await cloud.call({ service: 'secretsmanager', operation: 'CreateSecret', input: { Name: 'db', SecretString: 'x', KmsKeyId: KeyMetadata.KeyId } });
  await cloud.clock.advance(60_000);
  await cloud.call({ service: 'secretsmanager', operation: 'GetSecretValue', input: { SecretId: 'db' } });
  await cloud.call({ service: 'kms', operation: 'ListKeys', region: 'eu-west-1' });
  return { cloud, keyArn: KeyMetadata.Arn as string };
}

const lookup = (cloud: Awaited<ReturnType<typeof account>>['cloud'], input: Record<string, unknown> = {}) =>
  cloud.call({ service: 'cloudtrail', operation: 'LookupEvents', input });
const names = (out: { Events: { EventName: string }[] }) => out.Events.map((e) => e.EventName);

describe('LookupEvents', () => {
  it('returns the Region’s events newest first, with their CloudTrail records, including the KMS calls a service made', async () => {
    const { cloud, keyArn } = await account();
    const out = await lookup(cloud);
    expect(names(out)).toEqual(['GetSecretValue', 'Decrypt', 'CreateSecret', 'GenerateDataKey', 'CreateKey']);
    const decrypt = out.Events[1]!;
    expect(decrypt).toMatchObject({
      EventSource: 'kms.amazonaws.com',
      ReadOnly: 'false', // the lab records KMS's Decrypt as a write
      Username: 'root',
      Resources: [{ ResourceType: 'AWS::KMS::Key', ResourceName: keyArn }],
    });
    expect(JSON.parse(decrypt.CloudTrailEvent)).toMatchObject({ userIdentity: { invokedBy: 'secretsmanager.amazonaws.com' }, eventName: 'Decrypt' });
    // The lookup is itself recorded, after it answered.
    expect(cloud.state.trail.at(-1)).toMatchObject({ eventSource: 'cloudtrail.amazonaws.com', eventName: 'LookupEvents', readOnly: true });
    expect(names(await cloud.call({ service: 'cloudtrail', operation: 'LookupEvents', region: 'eu-west-1' }))).toEqual(['ListKeys']);
  });

  it('matches one attribute exactly, and a time range', async () => {
    const { cloud, keyArn } = await account();
    const by = (AttributeKey: string, AttributeValue: string) => lookup(cloud, { LookupAttributes: [{ AttributeKey, AttributeValue }] }).then(names);
    expect(await by('EventName', 'Decrypt')).toEqual(['Decrypt']);
    expect(await by('EventName', 'decrypt')).toEqual([]);
    expect(await by('EventSource', 'secretsmanager.amazonaws.com')).toEqual(['GetSecretValue', 'CreateSecret']);
    expect(await by('ResourceName', keyArn)).toEqual(['Decrypt', 'GenerateDataKey', 'CreateKey']);
    expect(await by('ResourceType', 'AWS::SecretsManager::Secret')).toEqual(['GetSecretValue', 'CreateSecret']);
    // The five lookups before this one, then the read of the secret.
    expect(await by('ReadOnly', 'true')).toEqual(['LookupEvents', 'LookupEvents', 'LookupEvents', 'LookupEvents', 'LookupEvents', 'GetSecretValue']);
    expect(await by('Username', 'root')).toHaveLength(5 + 6); // the Region's five calls and the six lookups before
    const windowed = await lookup(cloud, { StartTime: new Date(START + 60_000), EndTime: new Date(START + 60_000) });
    expect(names(windowed)).toEqual(['CreateSecret', 'GenerateDataKey']);
    // Older than 90 days: gone from the event history.
    await cloud.clock.advance(91 * 86_400_000);
    expect(names(await lookup(cloud, { LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'CreateKey' }] }))).toEqual([]);
  });

  it('pages with MaxResults and NextToken, and answers CloudTrail’s errors', async () => {
    const { cloud } = await account();
    const first = await lookup(cloud, { MaxResults: 2 });
    expect(names(first)).toEqual(['GetSecretValue', 'Decrypt']);
    const second = await lookup(cloud, { MaxResults: 2, NextToken: first.NextToken });
    expect(names(second)).toEqual(['CreateSecret', 'GenerateDataKey']);
    const error = (input: Record<string, unknown>) =>
      lookup(cloud, input).then(
        () => [],
        (e: AwsError) => [e.code, e.message],
      );
    expect(await error({ NextToken: 'nope' })).toEqual(['InvalidNextTokenException', 'Invalid NextToken.']);
    expect(await error({ StartTime: new Date(START + 1), EndTime: new Date(START) })).toEqual([
      'InvalidTimeRangeException',
      'Start time must be before end time.',
    ]);
    const two = [
      { AttributeKey: 'EventName', AttributeValue: 'a' },
      { AttributeKey: 'EventName', AttributeValue: 'b' },
    ];
    expect(await error({ LookupAttributes: two })).toEqual(['InvalidLookupAttributesException', 'You cannot specify more than one lookup attribute.']);
    expect((await error({ MaxResults: 51 }))[0]).toBe('ValidationException');
    expect((await lookup(cloud, { EventCategory: 'insight' })).Events).toEqual([]);
  });

  it('needs cloudtrail:LookupEvents', async () => {
    const { cloud } = await account();
    await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'eve' } });
    const eve = cloud.access.principalForUser(cloud.state.iam, 'eve')!;
    const e = (await cloud.call({ service: 'cloudtrail', operation: 'LookupEvents', caller: eve }).catch((x: unknown) => x)) as AwsError;
    expect([e.code, e.message]).toEqual([
      'AccessDeniedException',
      'User: arn:aws:iam::111122223333:user/eve is not authorized to perform: cloudtrail:LookupEvents on resource: * because no identity-based policy allows the cloudtrail:LookupEvents action',
    ]);
  });

  it('is served on the wire to the real @aws-sdk/client-cloudtrail, and by aws cloudtrail lookup-events in CloudShell', async () => {
    const { cloud } = await account();
    const ct = new CloudTrailClient({
      region: 'us-east-1',
      endpoint: 'http://cloudtrail.lab.local',
      credentials: ADMIN_CREDENTIALS,
      maxAttempts: 1,
      requestHandler: labRequestHandler(cloud),
    });
    const out = await ct.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'GenerateDataKey' }] }));
    expect(out.Events?.map((e) => [e.EventName, e.EventTime])).toEqual([['GenerateDataKey', new Date(START + 60_000)]]);

    const lab = shellLab({ cloud });
    const r = await lab.exec(
      'aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventSource,AttributeValue=kms.amazonaws.com --start-time 2026-01-01T00:01:00Z --query "Events[].[EventName,Username]" --output text',
    );
    expect([r.status, r.stderr, r.stdout]).toEqual([0, '', 'Decrypt\troot\nGenerateDataKey\troot\n']);
    const paged = await lab.exec('aws cloudtrail lookup-events --max-items 1 --query "[Events[].EventName, NextToken]" --output json');
    const [page, token] = JSON.parse(paged.stdout) as [string[], string];
    expect(page).toEqual(['LookupEvents']);
    const next = await lab.exec(`aws cloudtrail lookup-events --max-items 1 --starting-token ${token} --query "Events[].EventName" --output json`);
    expect(JSON.parse(next.stdout)).toEqual(['LookupEvents']);
  });
});
