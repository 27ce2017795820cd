import { describe, expect, it } from 'vitest';
import { isAwsError, toHex } from '@/core';
import { disabledStoryboard, rotationStoryboard, runDisabled, runRotation, type VariantOptions } from './story-variants';
import { envelopeLab, randomBytes } from './testing';

async function variant(): Promise<VariantOptions & { lab: Awaited<ReturnType<typeof envelopeLab>> }> {
  const lab = await envelopeLab();
  return {
    lab,
    kms: lab.kms,
    admin: (operation, input) => lab.call('kms', operation, input),
    keyId: 'alias/files',
    context: { purpose: 'demo' },
    data: randomBytes(5000),
    frameLength: 4096,
  };
}

/** Whether an encrypted data key names a key material: the lab's blobs carry (a prefix of) its id (kms/crypto/ciphertext-blob.ts). */
const names = (edk: Uint8Array, materialId: string) => toHex(edk).includes(materialId.slice(0, 32));

describe('after rotation', () => {
  it("a new file's encrypted data key names the new key material while the old file still decrypts with the old one", async () => {
    const v = await variant();
    const r = await runRotation(v);
    expect(r.before.keyMaterialId).toMatch(/^[0-9a-f]{64}$/);
    expect(r.after.keyMaterialId).toMatch(/^[0-9a-f]{64}$/);
    expect(r.after.keyMaterialId).not.toBe(r.before.keyMaterialId);
    expect(names(r.before.encryptedDataKey, r.before.keyMaterialId!)).toBe(true);
    expect(names(r.after.encryptedDataKey, r.after.keyMaterialId!)).toBe(true);
    expect(names(r.after.encryptedDataKey, r.before.keyMaterialId!)).toBe(false);
    expect(r.oldAgain.keyMaterialId).toBe(r.before.keyMaterialId);
    expect(r.oldAgain.plaintextBytes).toBe(5000);
    const { Rotations } = await v.lab.call('kms', 'ListKeyRotations', { KeyId: v.lab.keyId });
    expect(Rotations.map((x: { KeyMaterialId: string }) => x.KeyMaterialId)).toContain(r.after.keyMaterialId);

    const steps = rotationStoryboard(r);
    expect(steps.map((s) => s.id)).toEqual(['rotation-old-file', 'rotation-rotate', 'rotation-new-file', 'rotation-old-decrypts']);
    const [m1, m2] = [r.before.keyMaterialId!.slice(0, 8), r.after.keyMaterialId!.slice(0, 8)];
    expect(steps[1]!.caption).toContain(`new key material ${m2}… becomes current`);
    expect(steps[2]!.caption).toMatch(new RegExp(`names ${m2}….*still names ${m1}…`));
    expect(steps[3]!.caption).toContain(`finds key material ${m1}…`);
    for (const s of steps) expect(s.objects.find((o) => o.kind === 'kms-key')!.place).toBe('kms');
    expect(steps[2]!.objects.find((o) => o.id === 'edk-new')!.detail).toContain(`material ${m2}…`);
    expect(steps[2]!.objects.find((o) => o.id === 'edk-old')!.detail).toContain(`material ${m1}…`);
    const gdk = [r.before.traffic[0]!, r.after.traffic[0]!];
    const dec = r.oldAgain.traffic[0]!;
    expect(steps.at(-1)!.tally).toEqual({
      sentToKms: gdk[0]!.requestBytes + gdk[1]!.requestBytes + dec.requestBytes,
      receivedFromKms: gdk[0]!.responseBytes + gdk[1]!.responseBytes + dec.responseBytes,
      local: 15000,
    });
  });
});

describe('with the key disabled', () => {
  it("decrypting stops at the KMS step with KMS's own error, and no data key comes back", async () => {
    const v = await variant();
    const r = await runDisabled(v);
    // What KMS answers the same Decrypt directly.
    const direct = await v.lab.call('kms', 'Decrypt', { CiphertextBlob: r.before.encryptedDataKey, EncryptionContext: v.context }).catch((e) => e);
    expect(isAwsError(direct) && direct.code).toBe('DisabledException');
    expect(r.refused.error).toEqual({ code: 'DisabledException', message: direct.message });
    expect(r.refused.responseBytes).toBe(JSON.stringify({ __type: 'DisabledException', message: direct.message }).length);
    expect(r.refused.requestBytes).toBeGreaterThan(r.before.encryptedDataKey.length);

    const steps = disabledStoryboard(r);
    expect(steps.map((s) => s.id)).toEqual(['disabled-file', 'disabled-disable', 'disabled-ask', 'disabled-refused']);
    const last = steps.at(-1)!;
    expect(last.caption).toContain(`KMS answers DisabledException: "${direct.message}"`);
    expect(last.crossing).toEqual({ direction: 'from-kms', operation: 'Decrypt error', bytes: r.refused.responseBytes, error: 'DisabledException' });
    expect(last.objects.find((o) => o.kind === 'refusal')).toMatchObject({ place: 'browser', from: 'kms', label: 'DisabledException' });
    for (const s of steps.slice(1)) {
      expect(s.objects.find((o) => o.kind === 'kms-key')!.state).toBe('disabled');
      expect(
        s.objects.some((o) => o.kind === 'data-key' || o.kind === 'frames'),
        s.id,
      ).toBe(false);
    }
    expect(last.tally.local).toBe(5000); // only the encryption, before the key was disabled
  });

  it('reports a failure that is not KMS refusing as it is', async () => {
    const v = await variant();
    const broken = { ...v, admin: async () => undefined }; // the key is never disabled
    await expect(runDisabled(broken)).rejects.toThrow('KMS decrypted the data key of a disabled key');
  });
});
