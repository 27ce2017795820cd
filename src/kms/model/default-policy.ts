/**
 * The default key policies, built by one function (docs/aws-behaviour.md, "Key policies"):
 * - with no key administrators or users: the API's default policy `key-default-1`
 *   (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html);
 * - with them: the console's default policy `key-consolepolicy-3` (key administrators,
 *   key users, and the grant statement for AWS resources), as the create-key wizard writes it.
 *   The key users' actions are those of the key's type, as the console writes them: encryption
 *   (symmetric), HMAC, asymmetric encryption, signing, key agreement. Only symmetric encryption
 *   keys get the grant statement: AWS services that use grants do not use the other key types
 *   (the guide says so for HMAC keys).
 *
 * Simplified: the key agreement users' statement (DescribeKey, GetPublicKey, DeriveSharedSecret)
 * and the absence of the grant statement for asymmetric keys follow the documented statements
 * of the other key types.
 */
import { ACCOUNT_ID, rootArn } from '@/core';
import type { Origin } from './key';
import { SPECS, type KeySpec, type KeyUsage } from './key-specs';
import { kmsPretty } from './policy-json';

export interface DefaultPolicyOptions {
  account?: string;
  /** Key administrators (user or role ARNs). */
  administrators?: string[];
  /** Key users (user or role ARNs, or other accounts' root ARNs). */
  users?: string[];
  /** "Allow key administrators to delete this key" (the console's default is on). */
  allowAdministratorsToDelete?: boolean;
  origin?: Origin;
  /** The key's spec and usage (default: a symmetric encryption key): they decide the key users' actions. */
  keySpec?: KeySpec;
  keyUsage?: KeyUsage;
}

export const ADMIN_ACTIONS = [
  'kms:Create*',
  'kms:Describe*',
  'kms:Enable*',
  'kms:List*',
  'kms:Put*',
  'kms:Update*',
  'kms:Revoke*',
  'kms:Disable*',
  'kms:Get*',
  'kms:Delete*',
  'kms:TagResource',
  'kms:UntagResource',
];
export const DELETE_ACTIONS = ['kms:ScheduleKeyDeletion', 'kms:CancelKeyDeletion'];
export const USER_ACTIONS = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'];
/** The key users' actions per key type, in the console's order. */
export const USER_ACTIONS_BY_TYPE = {
  symmetric: USER_ACTIONS,
  hmac: ['kms:DescribeKey', 'kms:GenerateMac', 'kms:VerifyMac'],
  asymmetricEncryption: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:DescribeKey', 'kms:GetPublicKey'],
  signing: ['kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign', 'kms:Verify'],
  keyAgreement: ['kms:DescribeKey', 'kms:GetPublicKey', 'kms:DeriveSharedSecret'],
};

/** Which of the console's key-user statements a key of this spec and usage gets. */
export function userActionsFor(spec: KeySpec = 'SYMMETRIC_DEFAULT', usage: KeyUsage = 'ENCRYPT_DECRYPT'): string[] {
  if (SPECS[spec].family === 'symmetric') return USER_ACTIONS_BY_TYPE.symmetric;
  if (usage === 'GENERATE_VERIFY_MAC') return USER_ACTIONS_BY_TYPE.hmac;
  if (usage === 'SIGN_VERIFY') return USER_ACTIONS_BY_TYPE.signing;
  if (usage === 'KEY_AGREEMENT') return USER_ACTIONS_BY_TYPE.keyAgreement;
  return USER_ACTIONS_BY_TYPE.asymmetricEncryption;
}
export const GRANT_ACTIONS = ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'];

const principal = (arns: string[]) => ({ AWS: arns.length === 1 ? arns[0] : arns });

export function buildDefaultPolicy(o: DefaultPolicyOptions = {}): string {
  const account = o.account ?? ACCOUNT_ID;
  const root = {
    Sid: 'Enable IAM User Permissions',
    Effect: 'Allow',
    Principal: { AWS: rootArn(account) },
    Action: 'kms:*',
    Resource: '*',
  };
  const admins = o.administrators ?? [];
  const users = o.users ?? [];
  if (admins.length === 0 && users.length === 0 && o.allowAdministratorsToDelete === undefined) {
    return kmsPretty({ Version: '2012-10-17', Id: 'key-default-1', Statement: [root] });
  }
  const statements: unknown[] = [root];
  if (admins.length > 0) {
    const actions = [...ADMIN_ACTIONS];
    if (o.origin === 'EXTERNAL') actions.push('kms:ImportKeyMaterial');
    if (o.allowAdministratorsToDelete ?? true) actions.push(...DELETE_ACTIONS);
    // On-demand rotation exists for symmetric encryption keys only.
    if ((o.keySpec ?? 'SYMMETRIC_DEFAULT') === 'SYMMETRIC_DEFAULT') actions.push('kms:RotateKeyOnDemand');
    statements.push({ Sid: 'Allow access for Key Administrators', Effect: 'Allow', Principal: principal(admins), Action: actions, Resource: '*' });
  }
  if (users.length > 0) {
    statements.push({
      Sid: 'Allow use of the key',
      Effect: 'Allow',
      Principal: principal(users),
      Action: userActionsFor(o.keySpec, o.keyUsage),
      Resource: '*',
    });
  }
  if (users.length > 0 && (o.keySpec ?? 'SYMMETRIC_DEFAULT') === 'SYMMETRIC_DEFAULT') {
    statements.push({
      Sid: 'Allow attachment of persistent resources',
      Effect: 'Allow',
      Principal: principal(users),
      Action: GRANT_ACTIONS,
      Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    });
  }
  return kmsPretty({ Version: '2012-10-17', Id: 'key-consolepolicy-3', Statement: statements });
}
