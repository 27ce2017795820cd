import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SimulatedClock, fromUtf8, seededRandom, utf8 } from '@/core';
import { createCloud, type Cloud } from '@/cloud/create-cloud';
import { SCHEMA_VERSION } from '@/cloud/state';
import { saveOnChange } from './saver';
import { StateFileError, decodeState, encodeState, loadStateFile, saveStateFile, STATE_FILE_FORMAT } from './state-file';

const newCloud = (keepRawMaterial = true) => createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(11), keepRawMaterial });

async function keyAndBlob(cloud: Cloud) {
  const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey', input: { Description: 'kept' } });
  const { CiphertextBlob } = await cloud.call({
    service: 'kms',
    operation: 'Encrypt',
    input: { KeyId: KeyMetadata.KeyId, Plaintext: utf8('survives a restart') },
  });
  return { keyId: KeyMetadata.KeyId as string, blob: CiphertextBlob as Uint8Array };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kmslab-state-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('round trip', () => {
  it('users, groups and aliases named like JavaScript property names come back as they were', async () => {
    const before = newCloud();
    const { keyId } = await keyAndBlob(before);
    for (const name of ['__proto__', 'toString', 'constructor']) {
      await before.call({ service: 'iam', operation: 'CreateUser', input: { UserName: name } });
      await before.call({ service: 'iam', operation: 'CreateGroup', input: { GroupName: name } });
      await before.call({ service: 'iam', operation: 'AddUserToGroup', input: { GroupName: name, UserName: name } });
      await before.call({ service: 'kms', operation: 'CreateAlias', input: { AliasName: `alias/${name}`, TargetKeyId: keyId } });
    }
    const after = createCloud({ keepRawMaterial: true, state: await decodeState(encodeState(before.state)) });
    for (const name of ['__proto__', 'toString', 'constructor']) {
      const groups = await after.call({ service: 'iam', operation: 'ListGroupsForUser', input: { UserName: name } });
      expect(groups.Groups.map((g: { GroupName: string }) => g.GroupName)).toEqual([name]);
      expect((await after.call({ service: 'kms', operation: 'DescribeKey', input: { KeyId: `alias/${name}` } })).KeyMetadata.KeyId).toBe(keyId);
    }
    await expect(after.call({ service: 'iam', operation: 'GetUser', input: { UserName: 'valueOf' } })).rejects.toMatchObject({ code: 'NoSuchEntity' });
  });

  it('a ciphertext made before saving decrypts after loading', async () => {
    const before = newCloud();
    const { keyId, blob } = await keyAndBlob(before);
    const text = encodeState(before.state);
    const after = createCloud({ keepRawMaterial: true, state: await decodeState(text) });
    const out = await after.call({ service: 'kms', operation: 'Decrypt', input: { CiphertextBlob: blob } });
    expect(fromUtf8(out.Plaintext)).toBe('survives a restart');
    expect(out.KeyId).toMatch(new RegExp(`key/${keyId}$`));
    expect(after.clock.nowMs()).toBe(Date.UTC(2026, 0, 1));
    const described = await after.call({ service: 'kms', operation: 'DescribeKey', input: { KeyId: keyId } });
    expect(described.KeyMetadata.Description).toBe('kept');
  });

  it('re-imports material as non-extractable AES-GCM keys and keeps the raw copy for the next save', async () => {
    const before = newCloud();
    const { keyId } = await keyAndBlob(before);
    const state = await decodeState(encodeState(before.state));
    const material = state.kms['us-east-1']!.keys[keyId]!.materials[0]!;
    expect(material.key!.extractable).toBe(false);
    expect(material.key!.algorithm.name).toBe('AES-GCM');
    expect(material.raw).toEqual(before.state.kms['us-east-1']!.keys[keyId]!.materials[0]!.raw);
  });

  it('writes raw material as base64 and no CryptoKey, and drops import tokens', async () => {
    const cloud = newCloud();
    const { keyId } = await keyAndBlob(cloud);
    const key = cloud.state.kms['us-east-1']!.keys[keyId]!;
    key.importTokens.push({
      token: 'ab',
      wrappingAlgorithm: 'RSAES_OAEP_SHA_256',
      wrappingKeySpec: 'RSA_2048',
      privateKey: key.materials[0]!.key!,
      validToMs: 0,
    });
    const file = JSON.parse(encodeState(cloud.state));
    expect(file.format).toBe(STATE_FILE_FORMAT);
    const saved = file.state.kms['us-east-1'].keys[keyId];
    expect(saved.importTokens).toEqual([]);
    expect(saved.materials[0].key).toBeUndefined();
    expect(saved.materials[0].raw['$kmslab:bytes']).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(key.importTokens).toHaveLength(1); // the live state is not changed
  });

  it('refuses to encode material without a raw copy (a cloud made without keepRawMaterial)', async () => {
    const cloud = newCloud(false);
    await keyAndBlob(cloud);
    expect(() => encodeState(cloud.state)).toThrow(/keepRawMaterial/);
  });
});

describe('HMAC and asymmetric key material', () => {
  /** A key of the cloud turned into another spec, with material as the endpoint keeps it (bytes only). */
  async function keyOfSpec(spec: string, usage: string, raw: Uint8Array) {
    const cloud = newCloud();
    const { keyId } = await keyAndBlob(cloud);
    const key = cloud.state.kms['us-east-1']!.keys[keyId]!;
    Object.assign(key, { keySpec: spec, keyUsage: usage });
    key.materials = [{ id: 'c'.repeat(64), createdMs: 0, raw }];
    return { cloud, keyId };
  }

  it('keeps HMAC and private-key bytes and makes their non-extractable keys again on load', async () => {
    const hmac = await keyOfSpec('HMAC_256', 'GENERATE_VERIFY_MAC', seededRandom(2).bytes(32));
    const loaded = await decodeState(encodeState(hmac.cloud.state));
    const m = loaded.kms['us-east-1']!.keys[hmac.keyId]!.materials[0]!;
    expect([m.handles?.HMAC?.algorithm.name, m.handles?.HMAC?.extractable, m.raw?.length]).toEqual(['HMAC', false, 32]);

    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ format: 'der', type: 'pkcs8' });
    const agreement = await keyOfSpec('ECC_NIST_P256', 'KEY_AGREEMENT', new Uint8Array(ec));
    const file = encodeState(agreement.cloud.state);
    expect(file).not.toContain('"handles"');
    const a = (await decodeState(file)).kms['us-east-1']!.keys[agreement.keyId]!.materials[0]!;
    expect([a.handles?.ECDH?.algorithm.name, a.handles?.ECDH?.extractable]).toEqual(['ECDH', false]);
    expect(Buffer.from(a.raw!).equals(ec)).toBe(true);
  });

  it('refuses HMAC bytes of the wrong length and a private key that is not one', async () => {
    const short = await keyOfSpec('HMAC_512', 'GENERATE_VERIFY_MAC', new Uint8Array(63));
    await expect(decodeState(encodeState(short.cloud.state))).rejects.toThrow(/has key material without its 64 bytes$/);
    const bad = await keyOfSpec('ECC_NIST_P384', 'KEY_AGREEMENT', new Uint8Array(100));
    await expect(decodeState(encodeState(bad.cloud.state))).rejects.toThrow(/has key material that is not a valid ECC_NIST_P384 key$/);
  });
});

describe('bad files are refused', () => {
  const valid = async () => JSON.parse(encodeState((await keyAndBlobCloud()).state));
  const keyAndBlobCloud = async () => {
    const c = newCloud();
    await keyAndBlob(c);
    return c;
  };
  const refused = (text: string, message: RegExp) => expect(decodeState(text)).rejects.toThrow(message);

  it('not JSON (a truncated file)', async () => {
    const text = encodeState((await keyAndBlobCloud()).state);
    await refused(text.slice(0, text.length / 2), /^it is not valid JSON/);
    await expect(decodeState('')).rejects.toBeInstanceOf(StateFileError);
  });

  it('JSON of something else', async () => {
    await refused('{"hello": 1}', /^it is not a KMS Lab endpoint state file$/);
  });

  it('a newer file version', async () => {
    const file = await valid();
    file.version = 2;
    await refused(JSON.stringify(file), /^it was written by a newer KMS Lab \(file version 2; this endpoint reads version 1\)$/);
  });

  it('another account schema version', async () => {
    const file = await valid();
    file.state.schemaVersion = SCHEMA_VERSION + 1;
    await refused(JSON.stringify(file), new RegExp(`its account schema version is ${SCHEMA_VERSION + 1}`));
  });

  it('an incomplete account', async () => {
    const file = await valid();
    delete file.state.trail;
    await refused(JSON.stringify(file), /^its account state is incomplete$/);
  });

  it.each([
    ['IAM users that are null', (s: any) => (s.iam.users = null), 'account.iam.users must be an object'],
    ['a Region that is null', (s: any) => (s.kms['us-east-1'] = null), 'account.kms["us-east-1"] must be an object'],
    ['aliases that are null', (s: any) => (s.kms['us-east-1'].aliases = null), 'account.kms["us-east-1"].aliases must be an object'],
    ['a clock of 1e308', (s: any) => (s.clockMs = 1e308), 'account.clockMs must be a date between 1970-01-01 and 9999-12-31'],
    ['a key in a state KMS does not have', (s: any) => (Object.values(s.kms['us-east-1'].keys as object)[0].keyState = 'Broken'), '.keyState must be one of'],
    [
      'an alias naming no key',
      (s: any) => (s.kms['us-east-1'].aliases['alias/x'] = { aliasName: 'alias/x', targetKeyId: 'none', creationMs: 0, lastUpdatedMs: 0 }),
      'names a key that is not in the file',
    ],
    ['an event that is not one', (s: any) => s.trail.push('event'), 'account.trail[2] must be an object'],
  ])('a damaged account: %s, refused with where and why', async (_label, damage, reason) => {
    const file = await valid();
    damage(file.state);
    await expect(decodeState(JSON.stringify(file))).rejects.toThrow(/^it is damaged: /);
    await expect(decodeState(JSON.stringify(file))).rejects.toThrow(reason);
  });

  it('key material that is missing or damaged', async () => {
    const file = await valid();
    const key = Object.values(file.state.kms['us-east-1'].keys)[0] as any;
    key.materials[0].raw = { '$kmslab:bytes': 'AAAA' };
    await refused(JSON.stringify(file), /has key material without its 32 bytes$/);
    key.materials[0].raw = { '$kmslab:bytes': '!!' };
    await refused(JSON.stringify(file), /not valid base64/);
  });
});

describe('files', () => {
  it('a missing file loads as nothing', async () => {
    expect(await loadStateFile(join(dir, 'none.json'))).toBeUndefined();
  });

  it('saves atomically and loads back', async () => {
    const cloud = newCloud();
    const { blob } = await keyAndBlob(cloud);
    const path = join(dir, 'lab.json');
    await saveStateFile(path, cloud.state);
    expect(await readdir(dir)).toEqual(['lab.json']);
    const again = createCloud({ keepRawMaterial: true, state: await loadStateFile(path) });
    const out = await again.call({ service: 'kms', operation: 'Decrypt', input: { CiphertextBlob: blob } });
    expect(fromUtf8(out.Plaintext)).toBe('survives a restart');
  });

  it('a bad file is a StateFileError, and stays as it was', async () => {
    const path = join(dir, 'bad.json');
    await writeFile(path, '{"not": "ours"}');
    await expect(loadStateFile(path)).rejects.toBeInstanceOf(StateFileError);
    expect(await readFile(path, 'utf8')).toBe('{"not": "ours"}');
  });

  it('saves after every change', async () => {
    const cloud = newCloud();
    const path = join(dir, 'auto.json');
    const saver = saveOnChange(cloud, path, {
      onError: (e) => {
        throw e;
      },
    });
    const { keyId } = await keyAndBlob(cloud);
    await saver.flush();
    const saved = await loadStateFile(path);
    expect(Object.keys(saved!.kms['us-east-1']!.keys)).toEqual([keyId]);
    expect(saved!.trail.map((e) => e.eventName)).toEqual(['CreateKey', 'Encrypt']);
    saver.stop();
    await cloud.call({ service: 'kms', operation: 'ListKeys' });
    await saver.flush();
    expect((await loadStateFile(path))!.trail).toHaveLength(2);
  });
});
