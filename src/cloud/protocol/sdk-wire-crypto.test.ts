/**
 * Wire fidelity with the real @aws-sdk/client-kms: cryptographic operations and rotation.
 * Blobs must arrive as Uint8Array, dates as Date, errors as the SDK's exception classes.
 */
import {
  CreateKeyCommand,
  DecryptCommand,
  DisableKeyCommand,
  DisableKeyRotationCommand,
  DisabledException,
  EnableKeyRotationCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  GenerateDataKeyWithoutPlaintextCommand,
  GenerateRandomCommand,
  GetKeyRotationStatusCommand,
  IncorrectKeyException,
  InvalidCiphertextException,
  KMSServiceException,
  ListKeyRotationsCommand,
  NotFoundException,
  ReEncryptCommand,
  RotateKeyOnDemandCommand,
  type KMSClient,
} from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '@/core';
import { DAY, START, keyArn, rejects, sdkWireSetup } from './testing';

const setup = () => sdkWireSetup(22);

const newKey = async (kms: KMSClient) => (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;

describe('Encrypt / Decrypt', () => {
  it('round-trips bytes, with an encryption context', async () => {
    const { kms } = setup();
    const id = await newKey(kms);
    const context = { purpose: 'wire test' };
    const enc = await kms.send(new EncryptCommand({ KeyId: id, Plaintext: utf8('hello SDK'), EncryptionContext: context }));
    expect(enc.CiphertextBlob).toBeInstanceOf(Uint8Array);
    expect(enc).toMatchObject({ KeyId: keyArn(id), EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
    const dec = await kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext: context }));
    expect(dec.Plaintext).toBeInstanceOf(Uint8Array);
    expect(fromUtf8(dec.Plaintext!)).toBe('hello SDK');
    expect(dec.KeyId).toBe(keyArn(id));
  });

  it('binary plaintext of every byte value survives base64 both ways', async () => {
    const { kms } = setup();
    const id = await newKey(kms);
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) & 255);
    const enc = await kms.send(new EncryptCommand({ KeyId: id, Plaintext: bytes }));
    expect((await kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob }))).Plaintext).toEqual(bytes);
  });

  it('errors: unknown alias, disabled key, wrong context, wrong key, too long', async () => {
    const { kms } = setup();
    const id = await newKey(kms);
    const other = await newKey(kms);
    await rejects(
      kms.send(new EncryptCommand({ KeyId: 'alias/nope', Plaintext: utf8('x') })),
      NotFoundException,
      'Alias arn:aws:kms:us-east-1:111122223333:alias/nope is not found.',
    );
    const blob = (await kms.send(new EncryptCommand({ KeyId: id, Plaintext: utf8('x'), EncryptionContext: { a: '1' } }))).CiphertextBlob!;
    const e = await rejects(kms.send(new DecryptCommand({ CiphertextBlob: blob, EncryptionContext: { a: '2' } })), InvalidCiphertextException);
    expect(e.name).toBe('InvalidCiphertextException');
    await rejects(kms.send(new DecryptCommand({ CiphertextBlob: blob, EncryptionContext: { a: '1' }, KeyId: other })), IncorrectKeyException);
    const long = await rejects(kms.send(new EncryptCommand({ KeyId: id, Plaintext: new Uint8Array(4097) })), KMSServiceException);
    expect(long.name).toBe('ValidationException');
    expect(long.message).toBe(
      "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
    );
    await kms.send(new DisableKeyCommand({ KeyId: id }));
    await rejects(kms.send(new EncryptCommand({ KeyId: id, Plaintext: utf8('x') })), DisabledException, `${keyArn(id)} is disabled.`);
  });
});

describe('ReEncrypt', () => {
  it('moves a ciphertext to another key and context', async () => {
    const { kms } = setup();
    const a = await newKey(kms);
    const b = await newKey(kms);
    const blob = (await kms.send(new EncryptCommand({ KeyId: a, Plaintext: utf8('moving') }))).CiphertextBlob!;
    const out = await kms.send(new ReEncryptCommand({ CiphertextBlob: blob, DestinationKeyId: b, DestinationEncryptionContext: { to: 'b' } }));
    expect(out.CiphertextBlob).toBeInstanceOf(Uint8Array);
    expect(out).toMatchObject({
      SourceKeyId: keyArn(a),
      KeyId: keyArn(b),
      SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
    });
    const dec = await kms.send(new DecryptCommand({ CiphertextBlob: out.CiphertextBlob, EncryptionContext: { to: 'b' } }));
    expect(fromUtf8(dec.Plaintext!)).toBe('moving');
    expect(dec.KeyId).toBe(keyArn(b));
  });

  it('a tampered source is InvalidCiphertextException; a disabled destination DisabledException', async () => {
    const { kms } = setup();
    const a = await newKey(kms);
    const blob = (await kms.send(new EncryptCommand({ KeyId: a, Plaintext: utf8('x') }))).CiphertextBlob!;
    const tampered = blob.slice();
    tampered[tampered.length - 1]! ^= 1;
    await rejects(kms.send(new ReEncryptCommand({ CiphertextBlob: tampered, DestinationKeyId: a })), InvalidCiphertextException);
    const b = await newKey(kms);
    await kms.send(new DisableKeyCommand({ KeyId: b }));
    await rejects(kms.send(new ReEncryptCommand({ CiphertextBlob: blob, DestinationKeyId: b })), DisabledException, `${keyArn(b)} is disabled.`);
  });
});

describe('data keys and random bytes', () => {
  it('GenerateDataKey: a 32-byte plaintext key and its encrypted copy', async () => {
    const { kms } = setup();
    const id = await newKey(kms);
    const out = await kms.send(new GenerateDataKeyCommand({ KeyId: id, KeySpec: 'AES_256' }));
    expect(out.Plaintext).toBeInstanceOf(Uint8Array);
    expect(out.Plaintext).toHaveLength(32);
    expect(out.KeyId).toBe(keyArn(id));
    const dec = await kms.send(new DecryptCommand({ CiphertextBlob: out.CiphertextBlob }));
    expect(dec.Plaintext).toEqual(out.Plaintext);
    const e = await rejects(kms.send(new GenerateDataKeyCommand({ KeyId: id })), KMSServiceException);
    expect(e.name).toBe('ValidationException');
    expect(e.message).toBe('Please specify either number of bytes or key spec.');
  });

  it('GenerateDataKeyWithoutPlaintext: only the encrypted copy', async () => {
    const { kms } = setup();
    const id = await newKey(kms);
    const out = await kms.send(new GenerateDataKeyWithoutPlaintextCommand({ KeyId: id, NumberOfBytes: 16 }));
    expect(out.CiphertextBlob).toBeInstanceOf(Uint8Array);
    expect((out as unknown as Record<string, unknown>).Plaintext).toBeUndefined();
    expect((await kms.send(new DecryptCommand({ CiphertextBlob: out.CiphertextBlob }))).Plaintext).toHaveLength(16);
    await rejects(kms.send(new GenerateDataKeyWithoutPlaintextCommand({ KeyId: 'alias/none', KeySpec: 'AES_128' })), NotFoundException);
  });

  it('GenerateRandom', async () => {
    const { kms } = setup();
    const out = await kms.send(new GenerateRandomCommand({ NumberOfBytes: 64 }));
    expect(out.Plaintext).toBeInstanceOf(Uint8Array);
    expect(out.Plaintext).toHaveLength(64);
    const e = await rejects(kms.send(new GenerateRandomCommand({ NumberOfBytes: 1025 })), KMSServiceException);
    expect(e.name).toBe('ValidationException');
  });
});

describe('rotation', () => {
  it('EnableKeyRotation / GetKeyRotationStatus / DisableKeyRotation', async () => {
    const { kms } = setup();
    const id = await newKey(kms);
    expect(await kms.send(new GetKeyRotationStatusCommand({ KeyId: id }))).toMatchObject({ KeyRotationEnabled: false, KeyId: keyArn(id) });
    await kms.send(new EnableKeyRotationCommand({ KeyId: id, RotationPeriodInDays: 90 }));
    const on = await kms.send(new GetKeyRotationStatusCommand({ KeyId: id }));
    expect(on).toMatchObject({ KeyRotationEnabled: true, RotationPeriodInDays: 90 });
    expect(on.NextRotationDate).toBeInstanceOf(Date);
    expect(on.NextRotationDate!.getTime()).toBe(START + 90 * DAY);
    await kms.send(new DisableKeyRotationCommand({ KeyId: id }));
    expect((await kms.send(new GetKeyRotationStatusCommand({ KeyId: id }))).KeyRotationEnabled).toBe(false);
    await rejects(kms.send(new EnableKeyRotationCommand({ KeyId: 'alias/x' })), NotFoundException);
    await kms.send(new DisableKeyCommand({ KeyId: id }));
    await rejects(kms.send(new EnableKeyRotationCommand({ KeyId: id })), DisabledException, `${keyArn(id)} is disabled.`);
    await rejects(kms.send(new DisableKeyRotationCommand({ KeyId: id })), DisabledException, `${keyArn(id)} is disabled.`);
  });

  it('RotateKeyOnDemand / ListKeyRotations: old ciphertexts still decrypt', async () => {
    const { cloud, kms } = setup();
    const id = await newKey(kms);
    const before = (await kms.send(new EncryptCommand({ KeyId: id, Plaintext: utf8('old') }))).CiphertextBlob!;
    await cloud.clock.advanceDays(3);
    expect((await kms.send(new RotateKeyOnDemandCommand({ KeyId: id }))).KeyId).toBe(keyArn(id));
    const { Rotations } = await kms.send(new ListKeyRotationsCommand({ KeyId: id }));
    expect(Rotations).toHaveLength(1);
    expect(Rotations![0]).toMatchObject({ KeyId: id, RotationType: 'ON_DEMAND' });
    expect(Rotations![0]!.RotationDate).toBeInstanceOf(Date);
    expect(Rotations![0]!.RotationDate!.getTime()).toBe(START + 3 * DAY);
    expect(fromUtf8((await kms.send(new DecryptCommand({ CiphertextBlob: before }))).Plaintext!)).toBe('old');
    await kms.send(new DisableKeyCommand({ KeyId: id }));
    await rejects(kms.send(new RotateKeyOnDemandCommand({ KeyId: id })), DisabledException, `${keyArn(id)} is disabled.`);
    await rejects(kms.send(new ListKeyRotationsCommand({ KeyId: 'alias/x' })), NotFoundException);
  });
});
