/**
 * Names that are JavaScript's own property names (`__proto__`, `constructor`, `toString` ...)
 * are names like any other: each finding of the security probe, replayed through the engine.
 * The property test over every operation is hostile-names.property.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { AwsError, SimulatedClock, seededRandom, utf8 } from '@/core';
import { createCloud, type Cloud } from '@/cloud';
import { handleAwsJsonRequest } from '@/cloud/protocol/aws-json';
import { json, signedRequest } from '@/cloud/protocol/testing';
import { toBase64 } from '@/core';
import '@/cloud/registry';

const HOSTILE = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty'];

function newCloud(): Cloud {
  return createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(3) });
}

async function errorOf(p: Promise<unknown>): Promise<AwsError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AwsError);
  return e as AwsError;
}

describe('hostile names in KMS', () => {
  it.each(HOSTILE)('DisconnectCustomKeyStore %s is CustomKeyStoreNotFoundException and every key stays usable', async (name) => {
    const cloud = newCloud();
    const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey' });
    const e = await errorOf(cloud.call({ service: 'kms', operation: 'DisconnectCustomKeyStore', input: { CustomKeyStoreId: name } }));
    expect(e.code).toBe('CustomKeyStoreNotFoundException');
    expect(e.message).toBe(`Custom key store ${name} does not exist.`);
    const d = await cloud.call({ service: 'kms', operation: 'DescribeKey', input: { KeyId: KeyMetadata.KeyId } });
    expect(d.KeyMetadata.KeyState).toBe('Enabled');
    await cloud.call({ service: 'kms', operation: 'Encrypt', input: { KeyId: KeyMetadata.KeyId, Plaintext: utf8('x') } });
    expect(Object.prototype).not.toHaveProperty('connectionState');
    // Another service still works afterwards (it answered 500 until restart on the endpoint).
    await cloud.call({
      service: 'acm-pca',
      operation: 'CreateCertificateAuthority',
      input: {
        CertificateAuthorityType: 'ROOT',
        CertificateAuthorityConfiguration: { KeyAlgorithm: 'EC_prime256v1', SigningAlgorithm: 'SHA256WITHECDSA', Subject: { CommonName: 'Root' } },
      },
    });
  });

  it.each(HOSTILE)('an encryption context key %s is bound to the ciphertext (Encrypt, GenerateDataKey, the wire)', async (name) => {
    const cloud = newCloud();
    const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey' });
    const context = JSON.parse(`{"${name}":"must-be-bound"}`) as Record<string, string>;
    const { CiphertextBlob } = await cloud.call({
      service: 'kms',
      operation: 'Encrypt',
      input: { KeyId: KeyMetadata.KeyId, Plaintext: utf8('x'), EncryptionContext: context },
    });
    expect((await errorOf(cloud.call({ service: 'kms', operation: 'Decrypt', input: { CiphertextBlob } }))).code).toBe('InvalidCiphertextException');
    const ok = await cloud.call({
      service: 'kms',
      operation: 'Decrypt',
      input: { CiphertextBlob, EncryptionContext: JSON.parse(`{"${name}":"must-be-bound"}`) },
    });
    expect(new TextDecoder().decode(ok.Plaintext)).toBe('x');

    const dk = await cloud.call({
      service: 'kms',
      operation: 'GenerateDataKey',
      input: { KeyId: KeyMetadata.KeyId, KeySpec: 'AES_256', EncryptionContext: context },
    });
    expect((await errorOf(cloud.call({ service: 'kms', operation: 'Decrypt', input: { CiphertextBlob: dk.CiphertextBlob } }))).code).toBe(
      'InvalidCiphertextException',
    );

    // The same through the wire protocol: the JSON decoder keeps the member.
    const body = `{"KeyId":"${KeyMetadata.KeyId}","Plaintext":"${toBase64(utf8('x'))}","EncryptionContext":{"${name}":"must-be-bound"}}`;
    const res = await handleAwsJsonRequest(cloud, await signedRequest('TrentService.Encrypt', body));
    expect(res.status).toBe(200);
    const blob = json(res).CiphertextBlob as string;
    const plain = await handleAwsJsonRequest(cloud, await signedRequest('TrentService.Decrypt', { CiphertextBlob: blob }));
    expect(json(plain).__type).toBe('InvalidCiphertextException');
  });
});

describe('hostile names in IAM', () => {
  it.each(HOSTILE)('CreateUser %s creates the user; GetUser finds it; a group of that name is NoSuchEntity', async (name) => {
    const cloud = newCloud();
    const iam = (operation: string, input: Record<string, unknown>) => cloud.call({ service: 'iam', operation, input });
    const e = await errorOf(iam('GetUser', { UserName: name }));
    expect(e.code).toBe('NoSuchEntity');
    expect(e.message).toBe(`The user with name ${name} cannot be found.`);
    const created = await iam('CreateUser', { UserName: name });
    expect(created.User.UserName).toBe(name);
    expect((await iam('GetUser', { UserName: name })).User.UserName).toBe(name);
    const g = await errorOf(iam('AddUserToGroup', { GroupName: name, UserName: name }));
    expect(g.code).toBe('NoSuchEntity');
    expect(cloud.state.iam.users[name]!.groups).toEqual([]);
    expect((await errorOf(iam('RemoveUserFromGroup', { GroupName: name, UserName: name }))).code).toBe('NoSuchEntity');
    await iam('CreateGroup', { GroupName: name });
    await iam('AddUserToGroup', { GroupName: name, UserName: name });
    expect((await iam('ListGroupsForUser', { UserName: name })).Groups.map((x: { GroupName: string }) => x.GroupName)).toEqual([name]);
    await iam('RemoveUserFromGroup', { GroupName: name, UserName: name });
    const users = (await iam('ListUsers', {})).Users.map((u: { UserName: string }) => u.UserName);
    expect(users).toContain(name);
  });
});

describe('hostile names in ACM and Private CA', () => {
  it.each(HOSTILE)('a certificate or CA ARN ending in %s is not found', async (name) => {
    const cloud = newCloud();
    const cert = `arn:aws:acm:us-east-1:111122223333:certificate/${name}`;
    for (const operation of ['DescribeCertificate', 'GetCertificate', 'DeleteCertificate', 'ListTagsForCertificate']) {
      const e = await errorOf(cloud.call({ service: 'acm', operation, input: { CertificateArn: cert } }));
      expect(e.code, operation).toBe('ResourceNotFoundException');
    }
    const ca = `arn:aws:acm-pca:us-east-1:111122223333:certificate-authority/${name}`;
    const e = await errorOf(cloud.call({ service: 'acm-pca', operation: 'DescribeCertificateAuthority', input: { CertificateAuthorityArn: ca } }));
    expect(e.code).toBe('ResourceNotFoundException');
  });
});

describe('an account saved with the damage the old lookups left', () => {
  it('comes back with its keys usable and its users in real groups only', async () => {
    const cloud = newCloud();
    const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey' });
    const { CiphertextBlob } = await cloud.call({ service: 'kms', operation: 'Encrypt', input: { KeyId: KeyMetadata.KeyId, Plaintext: utf8('x') } });
    await cloud.call({ service: 'kms', operation: 'DisableKey', input: { KeyId: KeyMetadata.KeyId } });
    const { KeyMetadata: enabled } = await cloud.call({ service: 'kms', operation: 'CreateKey' });
    await cloud.call({ service: 'iam', operation: 'CreateGroup', input: { GroupName: 'admins' } });
    await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'alice' } });
    await cloud.call({ service: 'iam', operation: 'AddUserToGroup', input: { GroupName: 'admins', UserName: 'alice' } });
    // What DisconnectCustomKeyStore __proto__ and AddUserToGroup toString wrote before the fix.
    const snapshot = cloud.snapshot() as any;
    for (const key of Object.values(snapshot.kms['us-east-1'].keys) as any[]) {
      key.stateBeforeUnavailable = key.keyState;
      key.keyState = 'Unavailable';
    }
    snapshot.iam.users.alice.groups.push(null, 'toString');
    for (const restored of [createCloud({ state: structuredClone(snapshot) }), (() => (cloud.restore(snapshot), cloud))()]) {
      const states = await Promise.all(
        [KeyMetadata.KeyId, enabled.KeyId].map(
          async (KeyId) => (await restored.call({ service: 'kms', operation: 'DescribeKey', input: { KeyId } })).KeyMetadata.KeyState,
        ),
      );
      expect(states).toEqual(['Disabled', 'Enabled']);
      await restored.call({ service: 'kms', operation: 'EnableKey', input: { KeyId: KeyMetadata.KeyId } });
      await restored.call({ service: 'kms', operation: 'Decrypt', input: { CiphertextBlob } });
      const groups = await restored.call({ service: 'iam', operation: 'ListGroupsForUser', input: { UserName: 'alice' } });
      expect(groups.Groups.map((g: { GroupName: string }) => g.GroupName)).toEqual(['admins']);
    }
  });
});
