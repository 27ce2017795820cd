/**
 * The blob layout against AWS's own recorded blobs: the AWS CLI's generate-data-key example
 * (a 32-byte data key in a 167-byte CiphertextBlob) and generate-data-key-pair example (an RSA_3072
 * PKCS#8 private key of 1793 bytes in a 1938-byte PrivateKeyCiphertextBlob, by its CMS length field)
 * give the lab's blobs their length and DER skeleton. A blob written by the previous layout, kept
 * by a learner, still decrypts.
 */
import { describe, expect, it } from 'vitest';
import { fromBase64, fromHex, keyArn, toHex, utf8 } from '@/core';
import { kmsLab } from '@/kms/testing/harness';
import { importAesKey } from './symmetric';
import { parseBlob } from './ciphertext-blob';

/** The AWS CLI v2 example of `aws kms generate-data-key --key-spec AES_256` (awscli/examples/kms/generate-data-key.rst). */
const AWS_DATA_KEY_BLOB = fromBase64(
  'AQEDAHjRYf5WytIc0C857tFSnBaPn2F8DgfmThbJlGfR8P3WlwAAAH4wfAYJKoZIhvcNAQcGoG8wbQIBADBoBgkqhkiG9w0BBwEwHgYJYIZIAWUDBAEuMBEEDEFogLqPWZconQhwHAIBEIA7d9AC7GeJJM34njQvg4Wf1d5sw0NIo1MrBqZa+YdhV8MrkBQPeac0ReRVNDt9qleAt+SHgIRF8P0H+7U=',
)!;

describe('layout 2 is as long as AWS blobs, with their DER skeleton', () => {
  it('wraps a 32-byte data key in 167 bytes, like the AWS CLI example, byte for byte outside the key reference, nonce and encrypted part', async () => {
    const t = kmsLab(31);
    const key = await t.createKey();
    const { CiphertextBlob: blob } = await t.kms('GenerateDataKey', { KeyId: key, KeySpec: 'AES_256' });
    expect(AWS_DATA_KEY_BLOB).toHaveLength(167);
    expect(blob).toHaveLength(167);
    // 5-byte prefix (AWS's version bytes differ: 01 01 03), 32-byte reference, 4-byte length, CMS up to the nonce.
    const skeleton = (b: Uint8Array) => toHex(b.subarray(37, 37 + 4 + 50)) + '|' + toHex(b.subarray(37 + 4 + 50 + 12, 37 + 4 + 50 + 12 + 5));
    expect(skeleton(blob)).toBe(skeleton(AWS_DATA_KEY_BLOB));
    expect(toHex(blob.subarray(0, 5))).toBe('0102020078');
  });

  it('wraps any plaintext in AWS’s length: 1 to 4096 bytes, and the 1793-byte RSA_3072 private key of AWS’s example in 1938', async () => {
    const t = kmsLab(32);
    const key = await t.createKey();
    for (const [n, aws] of [
      [32, 167],
      [1793, 1938],
    ] as const) {
      expect(await t.encrypt(key, new Uint8Array(n).fill(7))).toHaveLength(aws);
    }
    for (const n of [1, 100, 127, 128, 200, 255, 256, 1000, 4096]) {
      const blob = await t.encrypt(key, new Uint8Array(n).fill(1));
      const parsed = parseBlob(blob)!;
      expect(parsed.layout).toBe(2);
      expect(parsed.sealed).toHaveLength(n + 11 + 16);
      expect(await t.decryptText(blob)).toBe('\u0001'.repeat(n));
    }
  });
});

describe('layout 1 (blobs written before) still decrypts', () => {
  it('decrypts a layout-1 blob recorded from the previous code, under the same key and material', async () => {
    const t = kmsLab(2024);
    const made = await t.createKey();
    const region = t.cloud.state.kms['us-east-1']!;
    const id = '11111111-2222-4333-8444-555555555555';
    const key = { ...region.keys[made]!, keyId: id, arn: keyArn('us-east-1', id), currentMaterialId: 'ab'.repeat(32) };
    delete region.keys[made];
    key.materials = [{ id: 'ab'.repeat(32), key: await importAesKey(Uint8Array.from({ length: 32 }, (_, i) => i + 1)), createdMs: 0 }];
    region.keys[id] = key;
    const v1 = fromHex(
      '010202007811111111222243338444555555555555abababababababababababababababababababababababababababababababab66fa236a2d9b5ebad7f50efec145ae31a02821ea431518d7d0bf576097754974e9c1271a7eed736682838d9348da795526f2e47e461b4eed66783c473f7e04337cd4bf05eb04b27ecf',
    )!;
    expect(parseBlob(v1)!.layout).toBe(1);
    expect(await t.decryptText(v1, { dept: 'payroll' })).toBe('stored by a learner before the layout changed');
    await t.expectError(t.kms('Decrypt', { CiphertextBlob: v1, EncryptionContext: { dept: 'hr' } }), 'InvalidCiphertextException', '');
    const flipped = v1.slice();
    flipped[60] = flipped[60]! ^ 1;
    await t.expectError(t.kms('Decrypt', { CiphertextBlob: flipped, EncryptionContext: { dept: 'payroll' } }), 'InvalidCiphertextException');
    // ReEncrypt moves it to layout 2 under the current material.
    const { CiphertextBlob } = await t.kms('ReEncrypt', { CiphertextBlob: v1, SourceEncryptionContext: { dept: 'payroll' }, DestinationKeyId: id });
    expect(parseBlob(CiphertextBlob)!.layout).toBe(2);
    expect(await t.decryptText(CiphertextBlob)).toBe('stored by a learner before the layout changed');
    expect(utf8('x')).toHaveLength(1);
  });
});
