import { describe, expect, it } from 'vitest';
import { DAY_MS, keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);
const START = Date.UTC(2026, 0, 1);

describe('EnableKeyRotation', () => {
  it('turns rotation on with the default period: next rotation one year after the call', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.days(10);
    expect(await t.kms('EnableKeyRotation', { KeyId: keyId })).toEqual({});
    expect(await t.kms('GetKeyRotationStatus', { KeyId: keyId })).toEqual({
      KeyRotationEnabled: true,
      KeyId: arn(keyId),
      RotationPeriodInDays: 365,
      NextRotationDate: new Date(START + (10 + 365) * DAY_MS),
    });
  });

  it('takes a period of 90-2560 days, and can be called again to change it', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('EnableKeyRotation', { KeyId: arn(keyId), RotationPeriodInDays: 90 });
    expect((await t.kms('GetKeyRotationStatus', { KeyId: keyId })).NextRotationDate).toEqual(new Date(START + 90 * DAY_MS));
    await t.days(30);
    await t.kms('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 2560 });
    const status = await t.kms('GetKeyRotationStatus', { KeyId: keyId });
    expect([status.RotationPeriodInDays, status.NextRotationDate]).toEqual([2560, new Date(START + (30 + 2560) * DAY_MS)]);
    for (const [days, rule] of [
      [89, 'greater than or equal to 90'],
      [2561, 'less than or equal to 2560'],
    ] as const) {
      await t.expectError(
        t.kms('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: days }),
        'ValidationException',
        `1 validation error detected: Value '${days}' at 'rotationPeriodInDays' failed to satisfy constraint: Member must have value ${rule}`,
      );
    }
  });

  it('follows the key-state table: disabled, pending deletion', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(t.kms('EnableKeyRotation', { KeyId: keyId }), 'DisabledException', `${arn(keyId)} is disabled.`);
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.expectError(t.kms('EnableKeyRotation', { KeyId: keyId }), 'KMSInvalidStateException', `${arn(keyId)} is pending deletion.`);
  });

  it('refuses keys with imported material, aliases, and AWS managed keys', async () => {
    const t = kmsLab();
    const external = await t.createKey({ origin: 'EXTERNAL', alias: 'alias/byok' });
    await t.expectError(
      t.kms('EnableKeyRotation', { KeyId: external }),
      'UnsupportedOperationException',
      `${arn(external)} origin is EXTERNAL which is not valid for this operation.`,
    );
    await t.expectError(t.kms('EnableKeyRotation', { KeyId: 'alias/byok' }), 'NotFoundException', "Invalid keyId 'alias/byok'");
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    await t.expectError(
      t.kms('EnableKeyRotation', { KeyId: managed.KeyId }),
      'AccessDeniedException',
      `User: ${rootArn()} is not authorized to perform: kms:EnableKeyRotation on resource: ${managed.Arn} because no resource-based policy allows the kms:EnableKeyRotation action`,
    );
  });

  it('needs kms:EnableKeyRotation; kms:RotationPeriodInDays can limit the period', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const nobody = await t.user('nobody');
    await t.expectError(
      t.kms('EnableKeyRotation', { KeyId: keyId }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:EnableKeyRotation on resource: ${arn(keyId)} because no identity-based policy allows the kms:EnableKeyRotation action`,
    );
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' },
        {
          Effect: 'Allow',
          Principal: { AWS: nobody.arn },
          Action: 'kms:EnableKeyRotation',
          Resource: '*',
          Condition: { NumericLessThanEquals: { 'kms:RotationPeriodInDays': '180' } },
        },
      ],
    });
    await t.kms('PutKeyPolicy', { KeyId: keyId, Policy: policy });
    await t.expectError(t.kms('EnableKeyRotation', { KeyId: keyId }, { as: nobody }), 'AccessDeniedException');
    await t.kms('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 180 }, { as: nobody });
    expect((await t.kms('GetKeyRotationStatus', { KeyId: keyId })).RotationPeriodInDays).toBe(180);
  });

  it('refuses asymmetric and HMAC keys: automatic rotation is for symmetric encryption keys; the status stays false', async () => {
    const t = kmsLab();
    for (const [KeySpec, KeyUsage] of [
      ['ECC_NIST_P256', 'SIGN_VERIFY'],
      ['RSA_3072', 'ENCRYPT_DECRYPT'],
      ['ECC_NIST_P256', 'KEY_AGREEMENT'],
      ['ML_DSA_65', 'SIGN_VERIFY'],
      ['HMAC_384', 'GENERATE_VERIFY_MAC'],
    ]) {
      const keyId = (await t.kms('CreateKey', { KeySpec, KeyUsage })).KeyMetadata.KeyId;
      const e = await t.expectError(t.kms('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 90 }), 'UnsupportedOperationException');
      expect(e.message).toBe('');
      expect(await t.kms('GetKeyRotationStatus', { KeyId: keyId }), KeySpec).toEqual({ KeyRotationEnabled: false, KeyId: arn(keyId) });
      await t.days(400);
      expect((await t.kms('ListKeyRotations', { KeyId: keyId })).Rotations).toEqual([]);
    }
  });
});
