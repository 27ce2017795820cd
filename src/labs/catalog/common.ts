/** Shared pieces of the labs' starting states and messages. */
import { ACCOUNT_ID, fromBase64, own } from '@/core';
import type { Cloud } from '@/cloud';
import { defaultKeyPolicy } from '@/cloud/rules';
import { ADMIN_POLICY_ARN, customerKeys, keyByAlias, LAB_REGION, type KmsKeyRecord } from '@/labs/inspect';
import type { CheckExtras, CheckResult, LabDriver } from '@/labs/types';
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
  const otherCase = Object.keys(cloud.state.kms[region]?.aliases ?? {}).find((a) => a !== alias && a.toLowerCase() === alias.toLowerCase());
  if (otherCase)
    return {
      fail: notYet(
        `There is no alias ${alias} in ${region}, but there is ${otherCase}: alias names are case-sensitive, so KMS treats them as two different aliases. Create ${alias} exactly (an alias cannot be renamed: create the new one, then delete ${otherCase}).`,
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

const BASE64_TEXT = /^[A-Za-z0-9+/=\s]+$/;

/**
 * What is wrong with a home file that should hold a raw KMS ciphertext (the CLI prints blobs as
 * base64, so a command that stores one must end with `| base64 --decode`); undefined when the
 * file looks right, is absent, or the check cannot see files.
 */
export function ciphertextFileProblem(extras: CheckExtras | undefined, path: string): string | undefined {
  const bytes = extras?.readFile?.(path);
  if (!bytes?.length) return undefined;
  const text = new TextDecoder().decode(bytes);
  if (/^\s*\{/.test(text))
    return `${path} holds the CLI's JSON answer, not the ciphertext: keep only the blob with --output text --query CiphertextBlob | base64 --decode.`;
  if (!BASE64_TEXT.test(text)) return undefined;
  const decoded = fromBase64(text.replace(/\s/g, ''));
  if (decoded && /^\s*\{/.test(new TextDecoder().decode(decoded)))
    return `${path} holds base64 of the whole JSON answer, not a ciphertext: use --query CiphertextBlob --output text | base64 --decode > ${path} (the course notes' | base64 > ${path} encodes the JSON again).`;
  return `${path} holds base64 text (the way the CLI prints a ciphertext), not the ciphertext's bytes: end the command with | base64 --decode > ${path}. fileb:// would send these characters to KMS, which refuses them.`;
}

/** The last command typed that mentions `words` (all of them), when the app lends the history. */
export const lastTyped = (extras: CheckExtras | undefined, ...words: string[]): string | undefined =>
  extras?.history?.().findLast((line) => words.every((w) => line.includes(w)));
