import { CreateGrantCommand, EncryptCommand } from '@aws-sdk/client-kms';
import { describe, expect, it } from 'vitest';
import { keyArn, rootArn, utf8 } from '@/core';
import { labKmsClient } from '@/cloud/protocol/testing';
import type { AccessDeniedError } from '@/cloud/authorize';
import { buildDefaultPolicy } from '@/kms/model/default-policy';
import { kmsLab, type KmsLab } from '@/kms/testing/harness';
import { GRANTS_PER_KEY } from './create-grant';

const arn = (keyId: string) => keyArn('us-east-1', keyId);

/** A key and a user that no policy lets use it. */
async function setup(t: KmsLab = kmsLab()) {
  const keyId = await t.createKey();
  const bob = await t.user('bob');
  return { t, keyId, bob };
}

const encryptAs = (t: KmsLab, keyId: string, as: Awaited<ReturnType<KmsLab['user']>>, context?: Record<string, string>) =>
  t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x'), EncryptionContext: context }, { as });

describe('CreateGrant', () => {
  it('lets the grantee use the key in the granted operations, shown in the trace as a grant', async () => {
    const { t, keyId, bob } = await setup();
    await t.expectError(encryptAs(t, keyId, bob), 'AccessDeniedException');
    const out = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Encrypt', 'Decrypt'], Name: 'app' });
    expect(out.GrantId).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof out.GrantToken).toBe('string');
    const call = await t.cloud.invoke({ service: 'kms', operation: 'Encrypt', input: { KeyId: keyId, Plaintext: utf8('secret') }, caller: bob });
    expect(call.ok).toBe(true);
    const decision = call.trace.checks[0]!.decision;
    expect(decision).toMatchObject({
      allowed: true,
      reason: 'allowed-by-grant',
      deciding: [{ source: `Grant ${out.GrantId} (app)`, sid: out.GrantId, effect: 'Allow' }],
    });
    expect(decision.deciding[0]!.statement).toMatchObject({ GrantId: out.GrantId, GranteePrincipal: bob.arn, Operations: ['Encrypt', 'Decrypt'] });
    // An operation the grant does not list stays denied, and the denial's trace says which grant refused and why.
    const denied = await t.expectError(t.kms('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' }, { as: bob }), 'AccessDeniedException');
    expect((denied as AccessDeniedError).decision.refusedBy).toEqual([{ source: `Grant ${out.GrantId} (app)`, why: 'does not allow GenerateDataKey' }]);
  });

  it('never wins over an explicit Deny of the key policy', async () => {
    const { t, keyId, bob } = await setup();
    await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Encrypt'] });
    const policy = JSON.parse(buildDefaultPolicy());
    policy.Statement.push({ Sid: 'NoBob', Effect: 'Deny', Principal: { AWS: bob.arn }, Action: 'kms:Encrypt', Resource: '*' });
    await t.kms('PutKeyPolicy', { KeyId: keyId, PolicyName: 'default', Policy: JSON.stringify(policy) });
    const e = (await t.expectError(encryptAs(t, keyId, bob), 'AccessDeniedException')) as AccessDeniedError;
    expect(e.decision.reason).toBe('explicit-deny-resource');
  });

  it('applies an encryption context constraint to the operations that take a context', async () => {
    const { t, keyId, bob } = await setup();
    await t.kms('CreateGrant', {
      KeyId: keyId,
      GranteePrincipal: bob.arn,
      Operations: ['Encrypt', 'DescribeKey'],
      Constraints: { EncryptionContextSubset: { Dept: 'IT' } },
    });
    await encryptAs(t, keyId, bob, { dept: 'IT', extra: '1' }); // the key of a pair is not case-sensitive
    const e = (await t.expectError(encryptAs(t, keyId, bob, { Dept: 'it' }), 'AccessDeniedException')) as AccessDeniedError;
    expect(e.decision.refusedBy?.[0]?.why).toBe('its encryption context constraint is not met by the request');
    await t.expectError(encryptAs(t, keyId, bob), 'AccessDeniedException');
    // DescribeKey takes no encryption context: the constraint does not apply to it.
    await expect(t.kms('DescribeKey', { KeyId: keyId }, { as: bob })).resolves.toBeTruthy();
  });

  it('answers the same grant for a retried request with the same Name, a new grant otherwise', async () => {
    const { t, keyId, bob } = await setup();
    const req = { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Decrypt'], Name: 'retry-me' };
    const a = await t.kms('CreateGrant', req);
    const b = await t.kms('CreateGrant', { ...req, Operations: ['Decrypt'] });
    expect(b.GrantId).toBe(a.GrantId);
    expect(b.GrantToken).not.toBe(a.GrantToken);
    const c = await t.kms('CreateGrant', { ...req, Operations: ['Encrypt'] });
    expect(c.GrantId).not.toBe(a.GrantId);
    const d = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Decrypt'] });
    expect(d.GrantId).not.toBe(a.GrantId);
    expect((await t.kms('ListGrants', { KeyId: keyId })).Grants).toHaveLength(3);
  });

  it('refuses operations the key does not support, and context constraints on other keys than symmetric encryption keys', async () => {
    const { t, keyId, bob } = await setup();
    await t.expectError(
      t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Sign'] }),
      'ValidationException',
      'Grant operations Sign are not supported on a key with KeySpec SYMMETRIC_DEFAULT and KeyUsage ENCRYPT_DECRYPT.',
    );
    const { KeyMetadata } = await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    await t.kms('CreateGrant', { KeyId: KeyMetadata.KeyId, GranteePrincipal: bob.arn, Operations: ['Sign', 'Verify', 'GetPublicKey'] });
    await t.expectError(
      t.kms('CreateGrant', { KeyId: KeyMetadata.KeyId, GranteePrincipal: bob.arn, Operations: ['Sign'], Constraints: { EncryptionContextEquals: { a: 'b' } } }),
      'ValidationException',
      'Encryption context grant constraints apply only to symmetric encryption KMS keys.',
    );
    await t.expectError(
      t.kms('CreateGrant', {
        KeyId: keyId,
        GranteePrincipal: bob.arn,
        Operations: ['Encrypt'],
        Constraints: { EncryptionContextEquals: Object.fromEntries([...'abcdefghi'].map((k) => [k, 'v'])) },
      }),
      'ValidationException',
      'The EncryptionContextEquals constraint has 9 pairs; a constraint takes at most 8.',
    );
    await t.expectError(
      t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['ENCRYPT'] }),
      'ValidationException',
      /Member must satisfy enum value set/,
    );
  });

  it('needs exactly one grantee, a principal ARN, and a SourceArn and retiring principal for a service grantee', async () => {
    const { t, keyId, bob } = await setup();
    const both = { KeyId: keyId, GranteePrincipal: bob.arn, GranteeServicePrincipal: 'logs.amazonaws.com', Operations: ['Encrypt'] };
    await t.expectError(t.kms('CreateGrant', both), 'ValidationException', 'Specify either GranteePrincipal or GranteeServicePrincipal, but not both.');
    await t.expectError(
      t.kms('CreateGrant', { KeyId: keyId, Operations: ['Encrypt'] }),
      'ValidationException',
      'Specify either GranteePrincipal or GranteeServicePrincipal, but not both.',
    );
    await t.expectError(
      t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: 'bob', Operations: ['Encrypt'] }),
      'ValidationException',
      'GranteePrincipal bob is not a valid principal ARN (an account, user, role or assumed-role ARN).',
    );
    await t.expectError(
      t.kms('CreateGrant', { KeyId: keyId, GranteeServicePrincipal: 'logs.amazonaws.com', Operations: ['Encrypt'] }),
      'ValidationException',
      'A grant for a GranteeServicePrincipal needs a SourceArn constraint.',
    );
    const service = {
      KeyId: keyId,
      GranteeServicePrincipal: 'logs.amazonaws.com',
      RetiringPrincipal: rootArn(),
      Operations: ['Encrypt'],
      Constraints: { SourceArn: 'arn:aws:logs:us-east-1:111122223333:log-group:app' },
    };
    const { GrantId } = await t.kms('CreateGrant', service);
    expect(
      (await t.kms('ListGrants', { KeyId: keyId, GranteeServicePrincipal: 'logs.amazonaws.com' })).Grants.map((g: { GrantId: string }) => g.GrantId),
    ).toEqual([GrantId]);
  });

  it('takes a key ID or key ARN of an enabled key (or one of a disconnected key store)', async () => {
    const t = kmsLab();
    const keyId = await t.createKey({ alias: 'alias/app' });
    const req = (KeyId: string) => t.kms('CreateGrant', { KeyId, GranteePrincipal: rootArn(), Operations: ['Encrypt'] });
    await t.expectError(req('alias/app'), 'NotFoundException', "Invalid keyId 'alias/app'");
    await expect(req(arn(keyId))).resolves.toBeTruthy();
    await t.kms('DisableKey', { KeyId: keyId });
    await t.expectError(req(keyId), 'DisabledException', `${arn(keyId)} is disabled.`);
    await t.kms('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 });
    await t.expectError(req(keyId), 'KMSInvalidStateException', `${arn(keyId)} is pending deletion.`);
  });

  it('is refused to key users of the default policy (kms:GrantIsForAWSResource) and allowed to key administrators', async () => {
    const t = kmsLab();
    const admin = await t.user('admin');
    const user = await t.user('user');
    const policy = buildDefaultPolicy({ administrators: [admin.arn], users: [user.arn] });
    const keyId = await t.createKey({ policy });
    const req = { KeyId: keyId, GranteePrincipal: user.arn, Operations: ['Decrypt'] };
    const e = (await t.expectError(t.kms('CreateGrant', req, { as: user }), 'AccessDeniedException')) as AccessDeniedError;
    expect(e.message).toBe(
      `User: ${user.arn} is not authorized to perform: kms:CreateGrant on resource: ${arn(keyId)} because no identity-based policy allows the kms:CreateGrant action`,
    );
    await expect(t.kms('CreateGrant', req, { as: admin })).resolves.toBeTruthy();
  });

  it('lets a grantee with CreateGrant pass on only fewer operations and an equally strict constraint', async () => {
    const { t, keyId, bob } = await setup();
    const carol = await t.user('carol');
    await t.kms('CreateGrant', {
      KeyId: keyId,
      GranteePrincipal: bob.arn,
      Operations: ['Encrypt', 'Decrypt', 'CreateGrant'],
      Constraints: { EncryptionContextSubset: { app: 'web' } },
    });
    const child = (o: Record<string, unknown>) => t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: carol.arn, ...o }, { as: bob });
    await expect(child({ Operations: ['Decrypt'], Constraints: { EncryptionContextSubset: { app: 'web', env: 'prod' } } })).resolves.toBeTruthy();
    await expect(child({ Operations: ['Decrypt'], Constraints: { EncryptionContextEquals: { app: 'web' } } })).resolves.toBeTruthy();
    const more = (await t.expectError(
      child({ Operations: ['GenerateDataKey'], Constraints: { EncryptionContextSubset: { app: 'web' } } }),
      'AccessDeniedException',
    )) as AccessDeniedError;
    expect(more.decision.refusedBy?.[0]?.why).toMatch(/more operations or a looser constraint/);
    await t.expectError(child({ Operations: ['Decrypt'] }), 'AccessDeniedException');
    await t.expectError(child({ Operations: ['Decrypt'], Constraints: { EncryptionContextSubset: { app: 'api' } } }), 'AccessDeniedException');
  });

  it('keeps at most 50,000 grants on a key', async () => {
    const { t, keyId, bob } = await setup();
    const key = t.cloud.state.kms['us-east-1']!.keys[keyId]!;
    key.grants = Array.from({ length: GRANTS_PER_KEY }, (_, i) => ({
      grantId: i.toString(16).padStart(64, '0'),
      creationMs: 0,
      granteePrincipal: bob.arn,
      issuingAccount: rootArn(),
      operations: ['Decrypt' as const],
    }));
    await t.expectError(
      t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Encrypt'] }),
      'LimitExceededException',
      `The request was rejected because the key ${arn(keyId)} has reached its quota of 50000 grants.`,
    );
    expect(key.grants).toHaveLength(GRANTS_PER_KEY);
  });

  it('with DryRun, checks and creates nothing; grant tokens are checked to be tokens CreateGrant issued', async () => {
    const { t, keyId, bob } = await setup();
    const req = { KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Encrypt'] };
    await t.expectError(
      t.kms('CreateGrant', { ...req, DryRun: true }),
      'DryRunOperationException',
      'The request would have succeeded, but the DryRun option is set.',
    );
    expect((await t.kms('ListGrants', { KeyId: keyId })).Grants).toEqual([]);
    const { GrantToken } = await t.kms('CreateGrant', req);
    await expect(t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x'), GrantTokens: [GrantToken] }, { as: bob })).resolves.toBeTruthy();
    await t.expectError(
      t.kms('Encrypt', { KeyId: keyId, Plaintext: utf8('x'), GrantTokens: ['not-a-token'] }, { as: bob }),
      'InvalidGrantTokenException',
      'The grant token is not valid.',
    );
  });

  it('is recorded in the trail with the grant ID and without the token; answers the real AWS SDK', async () => {
    const { t, keyId, bob } = await setup();
    const sdk = labKmsClient(t.cloud);
    const out = await sdk.send(
      new CreateGrantCommand({ KeyId: keyId, GranteePrincipal: bob.arn, Operations: ['Encrypt'], Constraints: { EncryptionContextEquals: { app: 'web' } } }),
    );
    expect(out.GrantId).toMatch(/^[0-9a-f]{64}$/);
    const event = t.cloud.state.trail.at(-1)!;
    expect(event).toMatchObject({
      eventName: 'CreateGrant',
      readOnly: false,
      requestParameters: { keyId, granteePrincipal: bob.arn, operations: ['Encrypt'], constraints: { encryptionContextEquals: { app: 'web' } } },
      responseElements: { grantId: out.GrantId },
      resources: [{ ARN: arn(keyId), type: 'AWS::KMS::Key' }],
    });
    expect(JSON.stringify(event)).not.toContain(out.GrantToken!);
    await expect(sdk.send(new EncryptCommand({ KeyId: keyId, Plaintext: utf8('x'), GrantTokens: [out.GrantToken!] }))).resolves.toBeTruthy();
  });
});
