import { describe, expect, it } from 'vitest';
import { buildDefaultPolicy } from './default-policy';

const users = ['arn:aws:iam::111122223333:user/app'];
const admins = ['arn:aws:iam::111122223333:user/admin'];
const statements = (o: Parameters<typeof buildDefaultPolicy>[0]) =>
  JSON.parse(buildDefaultPolicy({ administrators: admins, users, ...o })).Statement as { Sid: string; Action: string[] }[];
const sid = (list: { Sid: string; Action: string[] }[], name: string) => list.find((s) => s.Sid === name);

describe('the console default key policy per key type', () => {
  it.each([
    ['SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT', ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey']],
    ['RSA_2048', 'ENCRYPT_DECRYPT', ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:DescribeKey', 'kms:GetPublicKey']],
    ['ECC_NIST_P256', 'SIGN_VERIFY', ['kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign', 'kms:Verify']],
    ['HMAC_256', 'GENERATE_VERIFY_MAC', ['kms:DescribeKey', 'kms:GenerateMac', 'kms:VerifyMac']],
    ['ECC_NIST_P384', 'KEY_AGREEMENT', ['kms:DescribeKey', 'kms:GetPublicKey', 'kms:DeriveSharedSecret']],
  ] as const)('%s %s: the key users get the actions of the key type', (keySpec, keyUsage, actions) => {
    const list = statements({ keySpec, keyUsage });
    expect(sid(list, 'Allow use of the key')!.Action).toEqual(actions);
    const symmetric = keySpec === 'SYMMETRIC_DEFAULT';
    // Grants for AWS services and on-demand rotation exist for symmetric encryption keys only.
    expect(!!sid(list, 'Allow attachment of persistent resources')).toBe(symmetric);
    expect(sid(list, 'Allow access for Key Administrators')!.Action.includes('kms:RotateKeyOnDemand')).toBe(symmetric);
  });
});
