import { describe, expect, it } from 'vitest';
import { DAY_MS, keyArn } from '@/core';
import { importMaterial, keyMaterial } from '@/kms/testing/byok';
import { kmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);
const START = Date.UTC(2026, 0, 1);

describe('ListKeyRotations', () => {
  it('a never-rotated key lists nothing; ALL_KEY_MATERIAL shows its first material', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    expect(await t.kms('ListKeyRotations', { KeyId: keyId })).toEqual({ Rotations: [], Truncated: false });
    const first = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.CurrentKeyMaterialId;
    const all = await t.kms('ListKeyRotations', { KeyId: arn(keyId), IncludeKeyMaterial: 'ALL_KEY_MATERIAL' });
    expect(all.Rotations).toEqual([{ KeyId: keyId, KeyMaterialId: first, KeyMaterialState: 'CURRENT' }]);
  });

  it('lists automatic and on-demand rotations oldest first, with dates, types and which material is current', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const first = (await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.CurrentKeyMaterialId;
    await t.kms('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 90 });
    await t.days(90);
    await t.days(5);
    await t.kms('RotateKeyOnDemand', { KeyId: keyId });
    const { Rotations } = await t.kms('ListKeyRotations', { KeyId: keyId });
    expect(Rotations.map((r: any) => [r.RotationType, r.RotationDate, r.KeyMaterialState])).toEqual([
      ['AUTOMATIC', new Date(START + 90 * DAY_MS), 'NON_CURRENT'],
      ['ON_DEMAND', new Date(START + 95 * DAY_MS), 'CURRENT'],
    ]);
    expect(Rotations[1].KeyMaterialId).toBe((await t.kms('DescribeKey', { KeyId: keyId })).KeyMetadata.CurrentKeyMaterialId);
    const all = (await t.kms('ListKeyRotations', { KeyId: keyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' })).Rotations;
    expect(all.map((r: any) => r.KeyMaterialId)).toEqual([first, Rotations[0].KeyMaterialId, Rotations[1].KeyMaterialId]);
  });

  it('pages with Limit and Marker', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    for (let i = 0; i < 3; i++) await t.kms('RotateKeyOnDemand', { KeyId: keyId });
    const page1 = await t.kms('ListKeyRotations', { KeyId: keyId, Limit: 2 });
    expect([page1.Rotations.length, page1.Truncated, typeof page1.NextMarker]).toEqual([2, true, 'string']);
    const page2 = await t.kms('ListKeyRotations', { KeyId: keyId, Limit: 2, Marker: page1.NextMarker });
    expect([page2.Rotations.length, page2.Truncated, page2.NextMarker]).toEqual([1, false, undefined]);
    await t.expectError(t.kms('ListKeyRotations', { KeyId: keyId, Marker: 'bogus' }), 'InvalidMarkerException');
    await t.expectError(
      t.kms('ListKeyRotations', { KeyId: keyId, IncludeKeyMaterial: 'SOME' }),
      'ValidationException',
      "1 validation error detected: Value 'SOME' at 'includeKeyMaterial' failed to satisfy constraint: Member must satisfy enum value set: [ALL_KEY_MATERIAL, ROTATIONS_ONLY]",
    );
  });

  it('shows imported material with its import details under ALL_KEY_MATERIAL', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ origin: 'EXTERNAL' });
    const { KeyMaterialId } = await importMaterial(t, keyId, keyMaterial(9));
    expect((await t.kms('ListKeyRotations', { KeyId: keyId })).Rotations).toEqual([]);
    expect((await t.kms('ListKeyRotations', { KeyId: keyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' })).Rotations).toEqual([
      { KeyId: keyId, KeyMaterialId, ImportState: 'IMPORTED', KeyMaterialState: 'CURRENT', ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' },
    ]);
  });

  it('works in any key state and needs kms:ListKeyRotations', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('RotateKeyOnDemand', { KeyId: keyId });
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    expect((await t.kms('ListKeyRotations', { KeyId: keyId })).Rotations).toHaveLength(1);
    const nobody = await t.user('nobody');
    await t.expectError(
      t.kms('ListKeyRotations', { KeyId: keyId }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:ListKeyRotations on resource: ${arn(keyId)} because no identity-based policy allows the kms:ListKeyRotations action`,
    );
  });
});
