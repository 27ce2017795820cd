import { describe, expect, it } from 'vitest';
import { SimulatedClock, seededRandom } from '@/core';
import { accountConfiguration, rebuildAccount } from './account-config';
import { checkAccountConfiguration } from './account-config-check';
import { createCloud } from './create-cloud';
import '@/cloud/registry';
import { checkCloudState } from './state-check';

async function accountWithSecrets() {
  const cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(31) });
  const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey' });
  const call = (operation: string, input: Record<string, unknown>, region?: string) => cloud.call({ service: 'secretsmanager', operation, input, region });
  await call('CreateSecret', {
    Name: 'prod/db',
    SecretString: 'EXAMPLE-PW',
    KmsKeyId: KeyMetadata.Arn,
    Description: 'db',
    Tags: [{ Key: 'team', Value: 'blue' }],
  });
  await call('CreateSecret', { Name: 'empty' }, 'eu-west-1');
  await call('CreateSecret', { Name: 'old', SecretString: 'x' });
  await call('DeleteSecret', { SecretId: 'old', RecoveryWindowInDays: 7 });
  return { cloud, keyArn: KeyMetadata.Arn as string };
}

describe('secrets in the account file', () => {
  it('carries each secret without its value, and the imported account has it without versions', async () => {
    const { cloud, keyArn } = await accountWithSecrets();
    const text = JSON.stringify(accountConfiguration(cloud.snapshot()));
    expect(text).not.toContain('EXAMPLE-PW');
    expect(text).not.toContain('versions');
    const config = JSON.parse(text);
    expect(checkAccountConfiguration(config)).toBeUndefined();
    const { state, changes } = await rebuildAccount(config, { random: seededRandom(1) });
    expect(changes.secretValuesDropped).toEqual([
      { region: 'us-east-1', name: 'prod/db' },
      { region: 'us-east-1', name: 'old' },
    ]);
    const imported = createCloud({ state, clock: new SimulatedClock(Date.UTC(2026, 0, 2)), random: seededRandom(2) });
    expect(await imported.call({ service: 'secretsmanager', operation: 'DescribeSecret', input: { SecretId: 'prod/db' } })).toMatchObject({
      Name: 'prod/db',
      Description: 'db',
      KmsKeyId: keyArn,
      Tags: [{ Key: 'team', Value: 'blue' }],
    });
    const e = (await imported
      .call({ service: 'secretsmanager', operation: 'GetSecretValue', input: { SecretId: 'prod/db' } })
      .catch((x: unknown) => x)) as Error;
    expect(e.message).toBe("Secrets Manager can't find the specified secret value for staging label: AWSCURRENT");
    // A value put again is encrypted under the key's new material.
    await imported.call({ service: 'secretsmanager', operation: 'PutSecretValue', input: { SecretId: 'prod/db', SecretString: 'new' } });
    expect((await imported.call({ service: 'secretsmanager', operation: 'GetSecretValue', input: { SecretId: 'prod/db' } })).SecretString).toBe('new');
    // The scheduled deletion and the other Region came along.
    expect((await imported.call({ service: 'secretsmanager', operation: 'DescribeSecret', input: { SecretId: 'old' } })).DeletedDate).toEqual(
      new Date(Date.UTC(2026, 0, 8)),
    );
    expect((await imported.call({ service: 'secretsmanager', operation: 'ListSecrets', region: 'eu-west-1' })).SecretList).toHaveLength(1);
    expect(checkCloudState(imported.snapshot())).toBeUndefined();
  });

  it('refuses a file whose secrets break the rules, naming the place', async () => {
    const { cloud } = await accountWithSecrets();
    const base = () => JSON.parse(JSON.stringify(accountConfiguration(cloud.snapshot())));
    const arn = Object.keys(base().secrets['us-east-1'])[0]!;
    const at = `account.secrets["us-east-1"]["${arn}"]`;
    const bad = (change: (s: any, c: any) => void) => {
      const c = base();
      change(c.secrets['us-east-1'][arn], c);
      return checkAccountConfiguration(c);
    };
    expect(bad((s) => (s.name = ''))).toBe(`${at}.arn must be a secret ARN of us-east-1 named `);
    expect(bad((s) => (s.description = 'x'.repeat(2049)))).toMatch(
      new RegExp(
        `^${at.replace(/[[\]"/]/g, '\\$&')} is not valid: 1 validation error detected: Value '.*' at 'description' failed to satisfy constraint: Member must have length less than or equal to 2048$`,
      ),
    );
    expect(bad((s) => (s.tags = 'x'))).toBe(`${at}.tags must be a list`);
    expect(bad((s) => (s.createdMs = -1e20))).toBe(`${at}.createdMs must be a date between 1970-01-01 and 9999-12-31 (epoch milliseconds)`);
    expect(bad((s) => delete s.hadValue)).toBe(`${at}.hadValue must be true or false`);
    expect(bad((_s, c) => (c.secrets['nowhere-1'] = {}))).toBe('account.secrets["nowhere-1"] is not a Region');
    expect(bad((_s, c) => (c.secrets = []))).toBe('account.secrets must be an object');
  });

  it('refuses a saved account whose sealed values are damaged', async () => {
    const { cloud } = await accountWithSecrets();
    const state = cloud.snapshot() as any;
    expect(checkCloudState(state)).toBeUndefined();
    const secret = Object.values(state.secretsmanager.regions['us-east-1'].secrets)[0] as any;
    const version = Object.values(secret.versions)[0] as any;
    version.sealed.iv = 'not bytes';
    expect(checkCloudState(state)).toBe(
      `account.secretsmanager.regions["us-east-1"].secrets["${secret.arn}"].versions["${version.versionId}"].sealed.iv must be bytes`,
    );
  });
});
