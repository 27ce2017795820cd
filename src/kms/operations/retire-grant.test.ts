import { RetireGrantCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { keyArn, rootArn, utf8 } from '@/core';
import { labKmsClient } from '@/cloud/protocol/testing';
import type { AccessDeniedError } from '@/cloud/authorize';
import { buildDefaultPolicy } from '@/kms/model/default-policy';
import { kmsLab, type KmsLab } from '@/kms/testing/harness';

const arn = (keyId: string) => keyArn('us-east-1', keyId);
const grantIds = (t: KmsLab, keyId: string) => t.kms('ListGrants', { KeyId: keyId }).then((r) => r.Grants.map((g: { GrantId: string }) => g.GrantId));
const inline = (t: KmsLab, user: string, effect: 'Allow' | 'Deny', action: string) =>
  t.iam('PutUserPolicy', {
    UserName: user,
    PolicyName: `${effect}-${action.replace(':', '-')}`,
    PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: effect, Action: action, Resource: '*' }] }),
  });

async function setup() {
  const t = kmsLab();
  const keyId = await t.createKey();
  const bob = await t.user('bob');
  const carol = await t.user('carol');
  return { t, keyId, bob, carol };
}

describe('RetireGrant', () => {
  it('retires a grant by its token or by key and grant ID; the grantee loses its access at once', async () => {
    const { t, keyId, bob } = await setup();
    const a = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Encrypt'] });
    const b = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Decrypt'] });
    await t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x') }, { as: bob });
    await expect(t.kms('RetireGrant', { GrantToken: a.GrantToken })).resolves.toEqual({});
    expect(await grantIds(t, keyId)).toEqual([b.GrantId]);
    await t.expectError(t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x') }, { as: bob }), 'AccessDeniedException');
    await t.kms('RetireGrant', { KeyId: arn(keyId), GrantId: b.GrantId });
    expect(await grantIds(t, keyId)).toEqual([]);
    await t.expectError(t.kms('RetireGrant', { GrantToken: a.GrantToken }), 'NotFoundException', 'The grant that this grant token identifies does not exist.');
  });

  it('may be called by the retiring principal, and by the grantee only if the grant allows RetireGrant, whatever the policies say', async () => {
    const { t, keyId, bob, carol } = await setup();
    const byRetirer = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, RetiringPrincipal: carol.arn, Operations: ['Encrypt'] });
    const call = await t.cloud.invoke({ service: 'kms', operation: 'RetireGrant', input: { GrantToken: byRetirer.GrantToken }, caller: carol });
    expect(call.ok).toBe(true);
    expect(call.trace.checks[0]!.decision).toMatchObject({ reason: 'allowed-by-grant', deciding: [{ sid: byRetirer.GrantId }] });

    const plain = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Encrypt'] });
    await t.expectError(
      t.kms('RetireGrant', { KeyId: keyId, GrantId: plain.GrantId }, { as: bob }),
      'AccessDeniedException',
      `User: ${bob.arn} is not authorized to perform: kms:RetireGrant on resource: ${arn(keyId)} because no identity-based policy allows the kms:RetireGrant action`,
    );
    const self = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Encrypt', 'RetireGrant'] });
    await t.kms('RetireGrant', { KeyId: keyId, GrantId: self.GrantId }, { as: bob });
    // Its RetireGrant operation lets the grantee retire that grant, not the key's other grants.
    await t.expectError(t.kms('RetireGrant', { KeyId: keyId, GrantId: plain.GrantId }, { as: bob }), 'AccessDeniedException');
    expect(await grantIds(t, keyId)).toEqual([plain.GrantId]);
  });

  it('is not allowed by the key policy; the account delegates it with IAM policies, and an IAM Deny wins', async () => {
    const t = kmsLab();
    const dave = await t.user('dave');
    const erin = await t.user('erin');
    const policy = JSON.parse(buildDefaultPolicy());
    policy.Statement.push({ Sid: 'KeyPolicyRetire', Effect: 'Allow', Principal: { AWS: dave.arn }, Action: 'kms:RetireGrant', Resource: '*' });
    const keyId = await t.createKey({ policy: JSON.stringify(policy) });
    const g = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: rootArn(), RetiringPrincipal: erin.arn, Operations: ['Encrypt'] });
    await t.expectError(t.kms('RetireGrant', { GrantToken: g.GrantToken }, { as: dave }), 'AccessDeniedException');
    await inline(t, 'dave', 'Allow', 'kms:RetireGrant');
    await t.expectError(t.kms('RetireGrant', { GrantToken: g.GrantToken, DryRun: true }, { as: dave }), 'DryRunOperationException');
    await inline(t, 'erin', 'Deny', 'kms:RetireGrant');
    const denied = (await t.expectError(t.kms('RetireGrant', { GrantToken: g.GrantToken }, { as: erin }), 'AccessDeniedException')) as AccessDeniedError;
    expect(denied.decision.reason).toBe('explicit-deny-identity');
    await t.kms('RetireGrant', { GrantToken: g.GrantToken }, { as: dave });
    expect(await grantIds(t, keyId)).toEqual([]);
  });

  it('answers AWS errors for a missing, invalid or unknown grant, and DryRun', async () => {
    const { t, keyId, bob } = await setup();
    const other = await t.createKey();
    const g = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Encrypt'] });
    await t.expectError(t.kms('RetireGrant', { KeyId: keyId }), 'ValidationException', 'Specify a GrantToken, or both a KeyId and a GrantId.');
    await t.expectError(t.kms('RetireGrant', { GrantToken: 'bm90IGEgdG9rZW4=' }), 'InvalidGrantTokenException', 'The grant token is not valid.');
    await t.expectError(
      t.kms('RetireGrant', { KeyId: other, GrantId: g.GrantId }),
      'InvalidGrantIdException',
      `Grant ID ${g.GrantId} is not a grant of ${arn(other)}.`,
    );
    await t.expectError(t.kms('RetireGrant', { GrantToken: g.GrantToken, DryRun: true }), 'DryRunOperationException');
    expect(await grantIds(t, keyId)).toEqual([g.GrantId]);
  });

  it('answers the real AWS SDK and is recorded against the key', async () => {
    const { t, keyId, bob } = await setup();
    const g = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Encrypt'] });
    await labKmsClient(t.cloud).send(new RetireGrantCommand({ KeyId: keyId, GrantId: g.GrantId }));
    expect(t.cloud.state.trail.at(-1)).toMatchObject({ eventName: 'RetireGrant', readOnly: false, resources: [{ ARN: arn(keyId) }] });
    expect(await grantIds(t, keyId)).toEqual([]);
  });
});
