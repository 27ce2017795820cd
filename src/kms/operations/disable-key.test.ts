import { describe, expect, it } from 'vitest';
import { keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const stateOf = async (t: ReturnType<typeof kmsLab>, keyId: string) => {
  const m = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata;
  return [m.KeyState, m.Enabled];
};

describe('DisableKey', () => {
  it('disables a key: it cannot encrypt or decrypt until enabled; disabling twice changes nothing', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const blob = await t.encrypt(keyId, 'secret');
    await expect(t.kms('DisableKey', { KeyId: keyId })).resolves.toEqual({});
    expect(await stateOf(t, keyId)).toEqual(['Disabled', false]);
    const arn = keyArn('us-east-1', keyId);
    await t.expectError(t.encrypt(keyId, 'x'), 'DisabledException', `${arn} is disabled.`);
    await t.expectError(t.decryptText(blob), 'DisabledException', `${arn} is disabled.`);
    await t.kms('DisableKey', { KeyId: arn });
    expect(await stateOf(t, keyId)).toEqual(['Disabled', false]);
    await t.kms('EnableKey', { KeyId: keyId });
    expect(await t.decryptText(blob)).toBe('secret');
  });

  it('refuses a key pending import or pending deletion', async () => {
    const t = kmsLab();
    const external = await t.createKey({ origin: 'EXTERNAL' });
    await t.expectError(t.kms('DisableKey', { KeyId: external }), 'KMSInvalidStateException', `${keyArn('us-east-1', external)} is pending import.`);
    const doomed = await t.createKey();
    await t.kms('ScheduleKeyDeletion', { KeyId: doomed });
    await t.expectError(t.kms('DisableKey', { KeyId: doomed }), 'KMSInvalidStateException', `${keyArn('us-east-1', doomed)} is pending deletion.`);
    expect(await stateOf(t, doomed)).toEqual(['PendingDeletion', false]);
  });

  it("accepts a key ID or key ARN only, in the caller's Region", async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/app' });
    await t.expectError(t.kms('DisableKey', { KeyId: 'alias/app' }), 'NotFoundException', "Invalid keyId 'alias/app'");
    await t.expectError(t.kms('DisableKey', { KeyId: keyArn('us-east-1', keyId) }, { region: 'eu-west-1' }), 'NotFoundException', 'Invalid arn us-east-1');
  });

  it('cannot disable an AWS managed key', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/ebs' })).KeyMetadata;
    await t.expectError(
      t.kms('DisableKey', { KeyId: managed.Arn }),
      'AccessDeniedException',
      `User: ${rootArn()} is not authorized to perform: kms:DisableKey on resource: ${managed.Arn} because no resource-based policy allows the kms:DisableKey action`,
    );
    expect(await stateOf(t, managed.KeyId)).toEqual(['Enabled', true]);
  });

  it('needs kms:DisableKey: IAM through the account statement, or the key policy naming the user', async () => {
    const t = kmsLab();
    const nobody = await t.user('nobody');
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('DisableKey', { KeyId: keyId }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:DisableKey on resource: ${keyArn('us-east-1', keyId)} because no identity-based policy allows the kms:DisableKey action`,
    );
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
        { Effect: 'Allow', Principal: { AWS: nobody.arn }, Action: 'kms:DisableKey', Resource: '*' },
      ],
    });
    const named = await t.createKey({ policy });
    await t.kms('DisableKey', { KeyId: named }, { as: nobody });
    expect(await stateOf(t, named)).toEqual(['Disabled', false]);
    const admin = await t.user('admin', ['AdministratorAccess']);
    await t.kms('DisableKey', { KeyId: keyId }, { as: admin });
  });
});
