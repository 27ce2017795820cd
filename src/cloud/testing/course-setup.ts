/**
 * The course's setup, made through the API as a learner makes it: group myKMSGroup with
 * AdministratorAccess, users myKeyManager and myKeyUser in it, and a key whose console policy
 * names myKeyManager as administrator and myKeyUser as user; plus `outsider`, a user with no policy.
 */
import { seededRandom, SimulatedClock, utf8 } from '@/core';
import { principalForUser } from '@/iam/state';
import { buildDefaultPolicy } from '@/kms/model/default-policy';
import { createCloud, type Cloud } from '@/cloud/create-cloud';

export const ADMIN_ACCESS = 'arn:aws:iam::aws:policy/AdministratorAccess';
const arn = (name: string) => `arn:aws:iam::111122223333:user/${name}`;

export async function courseSetup(o: { policy?: string } = {}) {
  const cloud: Cloud = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(16) });
  const iam = (operation: string, input: Record<string, unknown>) => cloud.call({ service: 'iam', operation, input });
  await iam('CreateGroup', { GroupName: 'myKMSGroup' });
  await iam('AttachGroupPolicy', { GroupName: 'myKMSGroup', PolicyArn: ADMIN_ACCESS });
  for (const name of ['myKeyManager', 'myKeyUser']) {
    await iam('CreateUser', { UserName: name });
    await iam('AddUserToGroup', { GroupName: 'myKMSGroup', UserName: name });
  }
  await iam('CreateUser', { UserName: 'outsider' });
  const policy = o.policy ?? buildDefaultPolicy({ administrators: [arn('myKeyManager')], users: [arn('myKeyUser')] });
  const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey', input: { Policy: policy } });
  const who = (name: string) => principalForUser(cloud.state.iam, name)!;
  const kms = (caller: string, operation: string, input: Record<string, unknown> = {}) =>
    cloud.invoke({ service: 'kms', operation, input: { KeyId: KeyMetadata.KeyId, ...input }, caller: who(caller) });
  const encrypt = (caller: string) => kms(caller, 'Encrypt', { Plaintext: utf8('hello') });
  return { cloud, keyArn: KeyMetadata.Arn as string, keyId: KeyMetadata.KeyId as string, policy, who, kms, encrypt };
}
