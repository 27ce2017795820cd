/**
 * Every condition key of the table (condition-keys.ts), through the one entry as users reach it:
 * a user whose only permission is an IAM policy with one condition calls KMS; with the
 * condition's value equal to the request's the call is authorized, with another value it is an
 * AccessDeniedException, and the decision trace names the condition and the request's value.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_ID, AwsError, utf8 } from '@/core';
import type { Principal } from '@/iam/model';
import { kmsLab, type KmsLab } from '@/kms/testing/harness';
import type { AccessDeniedError } from '@/cloud/authorize';
import { KMS_CONDITION_KEYS, kmsConditionContext } from './condition-keys';
import { emptyRegion } from './key';

let t: KmsLab;
let me: Principal;
const keys: Record<string, string> = {};
let blob: Uint8Array;

beforeAll(async () => {
  t = kmsLab();
  me = await t.user('conditioned');
  keys.sym = await t.createKey({ alias: 'alias/finance' });
  await t.kms('TagResource', { KeyId: keys.sym, Tags: [{ TagKey: 'Project', TagValue: 'alpha' }] });
  keys.ecc = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
  keys.hmac = (await t.kms('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata.KeyId;
  keys.agree = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' })).KeyMetadata.KeyId;
  keys.external = await t.createKey({ origin: 'EXTERNAL' });
  blob = await t.encrypt(keys.sym, 'secret');
});

/** Gives the user one IAM policy: `action` on every resource, under one condition. */
async function allowOnly(action: string | string[], operator: string, key: string, value: unknown) {
  const PolicyDocument = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: '*', Condition: { [operator]: { [key]: value } } }],
  });
  await t.iam('PutUserPolicy', { UserName: 'conditioned', PolicyName: 'only', PolicyDocument });
}

/** The call's authorization only: resolved, or failed with anything but AccessDenied. */
async function authorized(p: Promise<unknown>): Promise<true | AccessDeniedError> {
  try {
    await p;
    return true;
  } catch (e) {
    if (e instanceof AwsError && e.code === 'AccessDeniedException') return e as AccessDeniedError;
    if (e instanceof AwsError) return true;
    throw e;
  }
}

interface Case {
  key: string;
  action: string | string[];
  operator?: string;
  /** The condition value that matches the request, and one that does not. */
  match: unknown;
  other: unknown;
  call: () => Promise<unknown>;
  /** The request's value as the trace shows it; default: the matching value. */
  shown?: string;
}

const kms = (op: string, input: Record<string, unknown>, o: { via?: boolean } = {}) =>
  t.cloud.call({ service: 'kms', operation: op, input, caller: me, region: 'us-east-1', ...(o.via ? { invokedBy: 's3.amazonaws.com' } : {}) });
const grant = (extra: Record<string, unknown> = {}) => kms('CreateGrant', { KeyId: keys.sym, GranteePrincipal: me.arn, Operations: ['Decrypt'], ...extra });
const PUBLIC_KEY = new Uint8Array(91);

const CASES: Case[] = [
  { key: 'kms:CallerAccount', action: 'kms:DescribeKey', match: ACCOUNT_ID, other: '444455556666', call: () => kms('DescribeKey', { KeyId: keys.sym }) },
  {
    key: 'kms:ViaService',
    action: 'kms:DescribeKey',
    match: 's3.us-east-1.amazonaws.com',
    other: 'ec2.us-east-1.amazonaws.com',
    call: () => kms('DescribeKey', { KeyId: keys.sym }, { via: true }),
  },
  { key: 'kms:KeySpec', action: 'kms:DescribeKey', match: 'ECC_NIST_P256', other: 'RSA_2048', call: () => kms('DescribeKey', { KeyId: keys.ecc }) },
  {
    key: 'kms:KeySpec',
    action: 'kms:CreateKey',
    match: 'HMAC_384',
    other: 'SYMMETRIC_DEFAULT',
    call: () => kms('CreateKey', { KeySpec: 'HMAC_384', KeyUsage: 'GENERATE_VERIFY_MAC' }),
  },
  { key: 'kms:CustomerMasterKeySpec', action: 'kms:CreateKey', match: 'SYMMETRIC_DEFAULT', other: 'RSA_2048', call: () => kms('CreateKey', {}) },
  {
    key: 'kms:KeyUsage',
    action: 'kms:DescribeKey',
    match: 'GENERATE_VERIFY_MAC',
    other: 'ENCRYPT_DECRYPT',
    call: () => kms('DescribeKey', { KeyId: keys.hmac }),
  },
  { key: 'kms:KeyOrigin', action: 'kms:DescribeKey', match: 'EXTERNAL', other: 'AWS_KMS', call: () => kms('DescribeKey', { KeyId: keys.external }) },
  { key: 'kms:MultiRegion', action: 'kms:DescribeKey', operator: 'Bool', match: 'false', other: 'true', call: () => kms('DescribeKey', { KeyId: keys.sym }) },
  {
    key: 'kms:MultiRegionKeyType',
    action: 'kms:DescribeKey',
    operator: 'Null',
    match: 'true',
    other: 'false',
    call: () => kms('DescribeKey', { KeyId: keys.sym }),
  },
  { key: 'aws:ResourceTag/Project', action: 'kms:DescribeKey', match: 'alpha', other: 'beta', call: () => kms('DescribeKey', { KeyId: keys.sym }) },
  {
    key: 'kms:ResourceAliases',
    action: 'kms:Encrypt',
    operator: 'ForAnyValue:StringEquals',
    match: 'alias/finance',
    other: 'alias/sales',
    call: () => kms('Encrypt', { KeyId: keys.sym, Plaintext: utf8('x') }),
  },
  {
    key: 'kms:RequestAlias',
    action: 'kms:Encrypt',
    match: 'alias/finance',
    other: 'alias/sales',
    call: () => kms('Encrypt', { KeyId: 'alias/finance', Plaintext: utf8('x') }),
  },
  {
    key: 'kms:EncryptionAlgorithm',
    action: 'kms:Decrypt',
    match: 'SYMMETRIC_DEFAULT',
    other: 'RSAES_OAEP_SHA_256',
    call: () => kms('Decrypt', { CiphertextBlob: blob }),
  },
  {
    key: 'kms:EncryptionContext:tenant',
    action: 'kms:Encrypt',
    match: 'a',
    other: 'b',
    call: () => kms('Encrypt', { KeyId: keys.sym, Plaintext: utf8('x'), EncryptionContext: { tenant: 'a' } }),
  },
  {
    key: 'kms:EncryptionContextKeys',
    action: 'kms:GenerateDataKey',
    operator: 'ForAnyValue:StringEquals',
    match: 'tenant',
    other: 'dept',
    call: () => kms('GenerateDataKey', { KeyId: keys.sym, KeySpec: 'AES_256', EncryptionContext: { tenant: 'a' } }),
  },
  {
    key: 'kms:ReEncryptOnSameKey',
    action: 'kms:ReEncrypt*',
    operator: 'Bool',
    match: 'true',
    other: 'false',
    call: () => kms('ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: keys.sym }),
  },
  {
    key: 'kms:DataKeyPairSpec',
    action: 'kms:GenerateDataKeyPairWithoutPlaintext',
    match: 'ECC_NIST_P256',
    other: 'RSA_2048',
    call: () => kms('GenerateDataKeyPairWithoutPlaintext', { KeyId: keys.sym, KeyPairSpec: 'ECC_NIST_P256' }),
  },
  {
    key: 'kms:SigningAlgorithm',
    action: 'kms:Sign',
    match: 'ECDSA_SHA_256',
    other: 'RSASSA_PSS_SHA_256',
    call: () => kms('Sign', { KeyId: keys.ecc, Message: utf8('m'), SigningAlgorithm: 'ECDSA_SHA_256' }),
  },
  {
    key: 'kms:MessageType',
    action: 'kms:Sign',
    match: 'RAW',
    other: 'DIGEST',
    call: () => kms('Sign', { KeyId: keys.ecc, Message: utf8('m'), SigningAlgorithm: 'ECDSA_SHA_256' }),
  },
  {
    key: 'kms:MacAlgorithm',
    action: 'kms:GenerateMac',
    match: 'HMAC_SHA_256',
    other: 'HMAC_SHA_512',
    call: () => kms('GenerateMac', { KeyId: keys.hmac, Message: utf8('m'), MacAlgorithm: 'HMAC_SHA_256' }),
  },
  {
    key: 'kms:KeyAgreementAlgorithm',
    action: 'kms:DeriveSharedSecret',
    match: 'ECDH',
    other: 'OTHER',
    call: () => kms('DeriveSharedSecret', { KeyId: keys.agree, KeyAgreementAlgorithm: 'ECDH', PublicKey: PUBLIC_KEY }),
  },
  {
    key: 'kms:WrappingAlgorithm',
    action: 'kms:GetParametersForImport',
    match: 'RSA_AES_KEY_WRAP_SHA_256',
    other: 'RSAES_OAEP_SHA_256',
    call: () => kms('GetParametersForImport', { KeyId: keys.external, WrappingAlgorithm: 'RSA_AES_KEY_WRAP_SHA_256', WrappingKeySpec: 'RSA_2048' }),
  },
  {
    key: 'kms:WrappingKeySpec',
    action: 'kms:GetParametersForImport',
    match: 'RSA_2048',
    other: 'RSA_4096',
    call: () => kms('GetParametersForImport', { KeyId: keys.external, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' }),
  },
  {
    key: 'kms:ExpirationModel',
    action: 'kms:ImportKeyMaterial',
    match: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
    other: 'KEY_MATERIAL_EXPIRES',
    call: () =>
      kms('ImportKeyMaterial', {
        KeyId: keys.external,
        ImportToken: new Uint8Array(8),
        EncryptedKeyMaterial: new Uint8Array(8),
        ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE',
      }),
  },
  {
    key: 'kms:ValidTo',
    action: 'kms:ImportKeyMaterial',
    operator: 'NumericLessThanEquals',
    match: '1800000000',
    other: '1700000000',
    shown: '1767312000',
    call: () =>
      kms('ImportKeyMaterial', {
        KeyId: keys.external,
        ImportToken: new Uint8Array(8),
        EncryptedKeyMaterial: new Uint8Array(8),
        ValidTo: new Date(1767312000_000),
      }),
  },
  {
    key: 'kms:RotationPeriodInDays',
    action: 'kms:EnableKeyRotation',
    operator: 'NumericEquals',
    match: '180',
    other: '365',
    call: () => kms('EnableKeyRotation', { KeyId: keys.sym, RotationPeriodInDays: 180 }),
  },
  {
    key: 'kms:ScheduleKeyDeletionPendingWindowInDays',
    action: 'kms:ScheduleKeyDeletion',
    operator: 'NumericGreaterThanEquals',
    match: '30',
    other: '31',
    shown: '30',
    call: async () => {
      await kms('ScheduleKeyDeletion', { KeyId: keys.external });
      await t.kms('CancelKeyDeletion', { KeyId: keys.external });
    },
  },
  {
    key: 'kms:BypassPolicyLockoutSafetyCheck',
    action: 'kms:CreateKey',
    operator: 'Bool',
    match: 'true',
    other: 'false',
    call: () => kms('CreateKey', { BypassPolicyLockoutSafetyCheck: true }),
  },
  {
    key: 'kms:GrantOperations',
    action: 'kms:CreateGrant',
    operator: 'ForAllValues:StringEquals',
    match: ['Decrypt', 'Encrypt'],
    other: ['Encrypt'],
    shown: 'Decrypt',
    call: () => grant(),
  },
  {
    key: 'kms:GranteePrincipal',
    action: 'kms:CreateGrant',
    match: `arn:aws:iam::${ACCOUNT_ID}:user/conditioned`,
    other: `arn:aws:iam::${ACCOUNT_ID}:root`,
    call: () => grant(),
  },
  {
    key: 'kms:RetiringPrincipal',
    action: 'kms:CreateGrant',
    match: `arn:aws:iam::${ACCOUNT_ID}:root`,
    other: `arn:aws:iam::${ACCOUNT_ID}:user/conditioned`,
    call: () => grant({ RetiringPrincipal: `arn:aws:iam::${ACCOUNT_ID}:root` }),
  },
  {
    key: 'kms:GrantConstraintType',
    action: 'kms:CreateGrant',
    match: 'EncryptionContextSubset',
    other: 'EncryptionContextEquals',
    call: () => grant({ Constraints: { EncryptionContextSubset: { tenant: 'a' } } }),
  },
  { key: 'kms:GrantIsForAWSResource', action: 'kms:CreateGrant', operator: 'Bool', match: 'false', other: 'true', call: () => grant() },
  {
    key: 'aws:RequestTag/Project',
    action: 'kms:TagResource',
    match: 'beta',
    other: 'alpha',
    call: () => kms('TagResource', { KeyId: keys.ecc, Tags: [{ TagKey: 'Project', TagValue: 'beta' }] }),
  },
  {
    key: 'aws:TagKeys',
    action: 'kms:UntagResource',
    operator: 'ForAllValues:StringEquals',
    match: ['Project'],
    other: ['Owner'],
    shown: 'Project',
    call: () => kms('UntagResource', { KeyId: keys.ecc, TagKeys: ['Project'] }),
  },
  {
    key: 'aws:PrincipalArn',
    action: 'kms:DescribeKey',
    match: `arn:aws:iam::${ACCOUNT_ID}:user/conditioned`,
    other: `arn:aws:iam::${ACCOUNT_ID}:user/other`,
    call: () => kms('DescribeKey', { KeyId: keys.sym }),
  },
  { key: 'aws:PrincipalAccount', action: 'kms:DescribeKey', match: ACCOUNT_ID, other: '444455556666', call: () => kms('DescribeKey', { KeyId: keys.sym }) },
  {
    key: 'aws:CalledVia',
    action: 'kms:DescribeKey',
    operator: 'ForAnyValue:StringEquals',
    match: 's3.amazonaws.com',
    other: 'ec2.amazonaws.com',
    call: () => kms('DescribeKey', { KeyId: keys.sym }, { via: true }),
  },
];

describe('KMS condition keys', () => {
  it.each(CASES.map((c) => [`${c.key} on ${c.action}`, c] as const))('%s: allowed when it matches, denied otherwise, and the trace says why', async (_, c) => {
    const operator = c.operator ?? 'StringEquals';
    await allowOnly(c.action, operator, c.key, c.match);
    expect(await authorized(c.call())).toBe(true);
    await allowOnly(c.action, operator, c.key, c.other);
    const denied = await authorized(c.call());
    expect(denied).not.toBe(true);
    const check = (denied as AccessDeniedError).trace.checks.at(-1)!;
    const unmet = check.decision.unmet?.[0]?.conditions?.[0];
    expect(unmet).toMatchObject({ operator, key: c.key, held: false });
    if (operator !== 'Null') expect(unmet!.actual).toContain(c.shown ?? (Array.isArray(c.match) ? c.match[0] : c.match));
  });

  it('every row of the table is tested here, or is the deprecated name of one', () => {
    const tested = new Set(CASES.map((c) => c.key.replace(/Tag\/.*/, 'Tag/<tag-key>').replace(/Context:.*/, 'Context:<key>')));
    expect(KMS_CONDITION_KEYS.map((r) => r.key).filter((k) => !tested.has(k))).toEqual([]);
  });
});

describe('where AWS documents them', () => {
  const state = emptyRegion();
  const request = (action: string, input: Record<string, unknown> = {}) => ({
    action,
    input,
    region: 'us-east-1',
    callerAccount: ACCOUNT_ID,
    resolved: {},
    state,
  });

  it('ListKeys, ListAliases, ListRetirableGrants and GenerateRandom carry no KMS key, not even kms:CallerAccount', () => {
    for (const action of ['kms:ListKeys', 'kms:ListAliases', 'kms:ListRetirableGrants', 'kms:GenerateRandom']) {
      expect(kmsConditionContext(request(action))).toEqual({ 'kms:CallerAccount': [] });
    }
    expect(kmsConditionContext(request('kms:CreateCustomKeyStore', {}))).toEqual({ 'kms:CallerAccount': ACCOUNT_ID });
  });

  it("an alias's own authorization has no key properties; request keys only on their operations", () => {
    expect(kmsConditionContext(request('kms:CreateAlias', { AliasName: 'alias/x', TargetKeyId: 'k' }))).toEqual({ 'kms:CallerAccount': ACCOUNT_ID });
    expect(Object.keys(kmsConditionContext(request('kms:DescribeKey', { KeyId: 'alias/x', EncryptionAlgorithm: 'SYMMETRIC_DEFAULT' })))).toEqual([
      'kms:CallerAccount',
      'kms:RequestAlias',
    ]);
    expect(kmsConditionContext(request('kms:CreateKey'))).toMatchObject({
      'kms:KeySpec': 'SYMMETRIC_DEFAULT',
      'kms:KeyUsage': 'ENCRYPT_DECRYPT',
      'kms:KeyOrigin': 'AWS_KMS',
      'kms:MultiRegion': false,
    });
    expect(kmsConditionContext(request('kms:PutKeyPolicy', {}))).not.toHaveProperty('kms:BypassPolicyLockoutSafetyCheck');
  });

  it('kms:RequestAlias is the alias name, also when the request gives the alias ARN', () => {
    expect(kmsConditionContext(request('kms:Encrypt', { KeyId: `arn:aws:kms:us-east-1:${ACCOUNT_ID}:alias/finance` }))['kms:RequestAlias']).toBe(
      'alias/finance',
    );
    expect(kmsConditionContext(request('kms:Encrypt', { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' }))).not.toHaveProperty('kms:RequestAlias');
  });
});
