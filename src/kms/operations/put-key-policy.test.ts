import { describe, expect, it } from 'vitest';
import { keyArn, rootArn } from '@/core';
import { kmsLab } from '@/kms/testing/harness';

const doc = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const ROOT_ALL = { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: rootArn() }, Action: 'kms:*', Resource: '*' };

describe('PutKeyPolicy', () => {
  it('replaces the policy; GetKeyPolicy returns it re-serialized', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const bob = await t.user('bob');
    const policy = doc(ROOT_ALL, { Sid: 'Bob uses it', Effect: 'Allow', Principal: { AWS: bob.arn }, Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: '*' });
    await expect(t.kms('PutKeyPolicy', { KeyId: keyId, Policy: policy })).resolves.toEqual({});
    const stored = (await t.kms('GetKeyPolicy', { KeyId: keyId })).Policy;
    expect(stored).not.toBe(policy);
    expect(stored).toContain('"Sid" : "Bob uses it"');
    expect(JSON.parse(stored)).toEqual(JSON.parse(policy));
    // The new policy takes effect at once: Bob, with no IAM policy, can now encrypt.
    await t.kms('Encrypt', { KeyId: keyId, Plaintext: new Uint8Array([1]) }, { as: bob });
  });

  it('accepts PolicyName default, refuses other names', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.kms('PutKeyPolicy', { KeyId: keyId, PolicyName: 'default', Policy: doc(ROOT_ALL) });
    await t.expectError(t.kms('PutKeyPolicy', { KeyId: keyId, PolicyName: 'other', Policy: doc(ROOT_ALL) }), 'NotFoundException', 'No such policy exists');
    await t.expectError(
      t.kms('PutKeyPolicy', { KeyId: keyId, PolicyName: 'invalid-name', Policy: doc(ROOT_ALL) }),
      'ValidationException',
      "1 validation error detected: Value 'invalid-name' at 'policyName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w]+",
    );
    await t.expectError(
      t.kms('PutKeyPolicy', { KeyId: keyId }),
      'ValidationException',
      "1 validation error detected: Value null at 'policy' failed to satisfy constraint: Member must not be null",
    );
  });

  it('refuses malformed documents, unknown principals and lockouts (unless bypassed)', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    await t.expectError(t.kms('PutKeyPolicy', { KeyId: keyId, Policy: '{ not json' }), 'MalformedPolicyDocumentException');
    await t.expectError(
      t.kms('PutKeyPolicy', {
        KeyId: keyId,
        Policy: doc(ROOT_ALL, { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:user/ghost' }, Action: 'kms:*', Resource: '*' }),
      }),
      'MalformedPolicyDocumentException',
      'Policy contains a statement with one or more invalid principals.',
    );
    const bob = await t.user('bob');
    const lockout = doc({ Effect: 'Allow', Principal: { AWS: bob.arn }, Action: 'kms:*', Resource: '*' });
    await t.expectError(
      t.kms('PutKeyPolicy', { KeyId: keyId, Policy: lockout }),
      'MalformedPolicyDocumentException',
      'The new key policy will not allow you to update the key policy in the future.',
    );
    expect(JSON.parse((await t.kms('GetKeyPolicy', { KeyId: keyId })).Policy).Id).toBe('key-default-1');
    await t.kms('PutKeyPolicy', { KeyId: keyId, Policy: lockout, BypassPolicyLockoutSafetyCheck: true });
    // Locked out: root is no longer allowed anything on the key.
    await t.expectError(
      t.kms('PutKeyPolicy', { KeyId: keyId, Policy: doc(ROOT_ALL) }),
      'AccessDeniedException',
      `User: ${rootArn()} is not authorized to perform: kms:PutKeyPolicy on resource: ${keyArn('us-east-1', keyId)} because no resource-based policy allows the kms:PutKeyPolicy action`,
    );
  });

  it('refuses a policy over 32 KB', async () => {
    const t = kmsLab();
    const keyId = await t.createKey();
    const big = doc({ ...ROOT_ALL, Sid: 'x'.repeat(33_000) });
    await t.expectError(t.kms('PutKeyPolicy', { KeyId: keyId, Policy: big }), 'LimitExceededException');
  });

  it('works in every key state', async () => {
    const t = kmsLab();
    const doomed = await t.createKey();
    await t.kms('ScheduleKeyDeletion', { KeyId: doomed });
    const external = await t.createKey({ origin: 'EXTERNAL' });
    const disabled = await t.createKey();
    await t.kms('DisableKey', { KeyId: disabled });
    for (const keyId of [doomed, external, disabled]) await t.kms('PutKeyPolicy', { KeyId: keyArn('us-east-1', keyId), Policy: doc(ROOT_ALL) });
  });

  it('accepts a key ID or key ARN only', async () => {
    const t = kmsLab();
    await t.createKey({ alias: 'alias/app' });
    await t.expectError(t.kms('PutKeyPolicy', { KeyId: 'alias/app', Policy: doc(ROOT_ALL) }), 'NotFoundException', "Invalid keyId 'alias/app'");
  });

  it('cannot change the policy of an AWS managed key', async () => {
    const t = kmsLab();
    const managed = (await t.kms('DescribeKey', { KeyId: 'alias/aws/s3' })).KeyMetadata;
    await t.expectError(
      t.kms('PutKeyPolicy', { KeyId: managed.KeyId, Policy: doc(ROOT_ALL) }),
      'AccessDeniedException',
      `User: ${rootArn()} is not authorized to perform: kms:PutKeyPolicy on resource: ${managed.Arn} because no resource-based policy allows the kms:PutKeyPolicy action`,
    );
    expect(JSON.parse((await t.kms('GetKeyPolicy', { KeyId: managed.KeyId })).Policy).Id).toBe('auto-s3-2');
  });

  it('needs kms:PutKeyPolicy: IAM through the account statement, or the key policy naming the user', async () => {
    const t = kmsLab();
    const nobody = await t.user('nobody');
    const keyId = await t.createKey();
    await t.expectError(
      t.kms('PutKeyPolicy', { KeyId: keyId, Policy: doc(ROOT_ALL) }, { as: nobody }),
      'AccessDeniedException',
      `User: ${nobody.arn} is not authorized to perform: kms:PutKeyPolicy on resource: ${keyArn('us-east-1', keyId)} because no identity-based policy allows the kms:PutKeyPolicy action`,
    );
    const named = doc(ROOT_ALL, { Effect: 'Allow', Principal: { AWS: nobody.arn }, Action: 'kms:PutKeyPolicy', Resource: '*' });
    await t.kms('PutKeyPolicy', { KeyId: keyId, Policy: named });
    // The lockout check runs for the caller: nobody keeps PutKeyPolicy under the new policy.
    await t.kms('PutKeyPolicy', { KeyId: keyId, Policy: named }, { as: nobody });
    await t.expectError(
      t.kms('PutKeyPolicy', { KeyId: keyId, Policy: doc(ROOT_ALL) }, { as: nobody }),
      'MalformedPolicyDocumentException',
      'The new key policy will not allow you to update the key policy in the future.',
    );
  });
});
