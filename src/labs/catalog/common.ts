/** Shared pieces of the labs' starting states and messages. */
import { ACCOUNT_ID, own } from '@/core';
import type { Cloud } from '@/cloud';
import { defaultKeyPolicy } from '@/cloud/rules';
import { ADMIN_POLICY_ARN, customerKeys, keyByAlias, LAB_REGION, type KmsKeyRecord } from '@/labs/inspect';
import type { CheckResult, LabDriver } from '@/labs/types';
import { notYet } from '@/labs/types';

export const userArn = (name: string) => `arn:aws:iam::${ACCOUNT_ID}:user/${name}`;

/** The console's key policy with key administrators and key users, as the create-key wizard writes it (compact JSON). */
export function consolePolicy(admins: string[], users: string[], o: { adminsMayDelete?: boolean } = {}): string {
  const policy = defaultKeyPolicy({ administrators: admins.map(userArn), users: users.map(userArn), allowAdministratorsToDelete: o.adminsMayDelete ?? true });
  return JSON.stringify(JSON.parse(policy));
}

/** Lab 1's end state: myKMSGroup with AdministratorAccess, myKeyManager and myKeyUser in it. */
export async function kmsGroupAndUsers(d: LabDriver): Promise<void> {
  await d.call('iam', 'CreateGroup', { GroupName: 'myKMSGroup' });
  await d.call('iam', 'AttachGroupPolicy', { GroupName: 'myKMSGroup', PolicyArn: ADMIN_POLICY_ARN });
  for (const name of ['myKeyManager', 'myKeyUser']) {
    await d.call('iam', 'CreateUser', { UserName: name });
    await d.call('iam', 'AddUserToGroup', { GroupName: 'myKMSGroup', UserName: name });
  }
}

/** A customer managed key with an alias; returns its key id. */
export async function createCmk(
  d: LabDriver,
  alias: string,
  o: { description?: string; policy?: string; region?: string; tags?: Record<string, string> } = {},
): Promise<string> {
  const input: Record<string, unknown> = { Description: o.description ?? `Lab key ${alias}` };
  if (o.policy) input.Policy = o.policy;
  if (o.tags) input.Tags = Object.entries(o.tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
  const { KeyMetadata } = await d.call('kms', 'CreateKey', input, { region: o.region });
  await d.call('kms', 'CreateAlias', { AliasName: alias, TargetKeyId: KeyMetadata.KeyId }, { region: o.region });
  return KeyMetadata.KeyId;
}

/** Lab 2's end state on top of lab 1's: alias/myCMK with myKeyManager as administrator and myKeyUser as user. */
export async function myCmkReady(d: LabDriver): Promise<string> {
  await kmsGroupAndUsers(d);
  return createCmk(d, 'alias/myCMK', { description: 'My first customer managed key', policy: consolePolicy(['myKeyManager'], ['myKeyUser']) });
}

/** Finds the key an alias names, or explains what is missing (other Regions included). */
export function requireAlias(cloud: Cloud, alias: string, region = LAB_REGION): { key: KmsKeyRecord } | { fail: CheckResult } {
  const key = keyByAlias(cloud, alias, region);
  if (key) return { key };
  const elsewhere = Object.entries(cloud.state.kms).find(([r, s]) => r !== region && own(s.aliases, alias))?.[0];
  if (elsewhere)
    return {
      fail: notYet(
        `${alias} exists in ${elsewhere}, but this lab works in ${region}. Keys and aliases are regional: switch the Region selector to US East (N. Virginia) and create it there.`,
      ),
    };
  const others = customerKeys(cloud, region).length;
  return {
    fail: notYet(
      `There is no alias ${alias} in ${region} yet${others ? ` (the Region has ${others} customer managed key${others > 1 ? 's' : ''}, none named by this alias)` : ''}. Create it, or add it to your key on its Aliases tab.`,
    ),
  };
}

/** The error of the learner's last failed attempt at an operation on a key, to quote in a message. */
export function lastFailure(cloud: Cloud, name: string, keyArn?: string): string {
  const e = [...cloud.state.trail].reverse().find((x) => x.eventName === name && x.errorCode && (!keyArn || x.resources?.some((r) => r.ARN === keyArn)));
  return e ? ` Your last ${name} failed with ${e.errorCode}${e.errorMessage ? `: ${e.errorMessage}` : ''}.` : '';
}
