/**
 * "Do it in the simulator" questions: each task is checked over the account's state through
 * read-only API calls (configuration, not just existence), and has a reference solution that the
 * tests apply to a fresh account. The app passes an API bound to a copy of the learner's account,
 * so checking leaves nothing in their event history. Pure TS: the API is structural.
 */

export interface TaskApi {
  call<O = any>(service: 'kms' | 'iam', operation: string, input?: Record<string, unknown>, region?: string): Promise<O>;
  /** The account's (simulated) time. */
  now(): Date;
}

export interface TaskDef {
  id: string;
  /** null when the account is as asked; otherwise what is missing, in one sentence. */
  check(api: TaskApi): Promise<string | null>;
  /** The reference solution, as API calls by an administrator. */
  solve(api: TaskApi): Promise<void>;
}

const errCode = (e: unknown) => (e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : '');

/** DescribeKey by alias; undefined when the alias does not exist (NotFoundException). */
async function keyByAlias(api: TaskApi, alias: string, region?: string): Promise<Record<string, any> | undefined> {
  try {
    return (await api.call('kms', 'DescribeKey', { KeyId: alias }, region)).KeyMetadata;
  } catch (e) {
    if (errCode(e) === 'NotFoundException') return undefined;
    throw e;
  }
}

const noAlias = (alias: string, region = 'us-east-1') => `No key has the alias ${alias} in ${region}.`;

async function createKeyWithAlias(api: TaskApi, alias: string, input: Record<string, unknown> = {}, region?: string): Promise<string> {
  const { KeyMetadata } = await api.call('kms', 'CreateKey', input, region);
  await api.call('kms', 'CreateAlias', { AliasName: alias, TargetKeyId: KeyMetadata.KeyId }, region);
  return KeyMetadata.KeyId as string;
}

export const TASKS: TaskDef[] = [
  {
    id: 'task-alias-description',
    async check(api) {
      const k = await keyByAlias(api, 'alias/drill-app');
      if (!k) return noAlias('alias/drill-app');
      if (k.KeySpec !== 'SYMMETRIC_DEFAULT' || k.KeyUsage !== 'ENCRYPT_DECRYPT') return 'alias/drill-app must point to a symmetric encryption key.';
      if (!String(k.Description ?? '').trim()) return 'The key behind alias/drill-app has no description.';
      if (k.KeyState !== 'Enabled') return `The key behind alias/drill-app is ${k.KeyState}, not Enabled.`;
      return null;
    },
    solve: (api) => createKeyWithAlias(api, 'alias/drill-app', { Description: 'Drill: application data key' }).then(() => undefined),
  },
  {
    id: 'task-enable-rotation',
    async check(api) {
      const k = await keyByAlias(api, 'alias/drill-rotate');
      if (!k) return noAlias('alias/drill-rotate');
      const s = await api.call('kms', 'GetKeyRotationStatus', { KeyId: k.KeyId });
      return s.KeyRotationEnabled ? null : 'Automatic rotation is not enabled on the key behind alias/drill-rotate.';
    },
    async solve(api) {
      const id = await createKeyWithAlias(api, 'alias/drill-rotate');
      await api.call('kms', 'EnableKeyRotation', { KeyId: id });
    },
  },
  {
    id: 'task-rotation-period',
    async check(api) {
      const k = await keyByAlias(api, 'alias/drill-rotate-180');
      if (!k) return noAlias('alias/drill-rotate-180');
      const s = await api.call('kms', 'GetKeyRotationStatus', { KeyId: k.KeyId });
      if (!s.KeyRotationEnabled) return 'Automatic rotation is not enabled on the key behind alias/drill-rotate-180.';
      return s.RotationPeriodInDays === 180 ? null : `The rotation period is ${s.RotationPeriodInDays} days, not 180.`;
    },
    async solve(api) {
      const id = await createKeyWithAlias(api, 'alias/drill-rotate-180');
      await api.call('kms', 'EnableKeyRotation', { KeyId: id, RotationPeriodInDays: 180 });
    },
  },
  {
    id: 'task-disable-key',
    async check(api) {
      const k = await keyByAlias(api, 'alias/drill-disabled');
      if (!k) return noAlias('alias/drill-disabled');
      return k.KeyState === 'Disabled' ? null : `The key behind alias/drill-disabled is ${k.KeyState}, not Disabled.`;
    },
    async solve(api) {
      const id = await createKeyWithAlias(api, 'alias/drill-disabled');
      await api.call('kms', 'DisableKey', { KeyId: id });
    },
  },
  {
    id: 'task-schedule-deletion-7',
    async check(api) {
      const k = await keyByAlias(api, 'alias/drill-retire');
      if (!k) return noAlias('alias/drill-retire');
      if (k.KeyState !== 'PendingDeletion') return `The key behind alias/drill-retire is ${k.KeyState}, not Pending deletion.`;
      // DescribeKey shows the deletion date, not the window: at most 7 days ahead means the minimum was chosen.
      const daysLeft = (new Date(k.DeletionDate).getTime() - api.now().getTime()) / 86_400_000;
      return daysLeft <= 7 ? null : `The key will be deleted in ${Math.ceil(daysLeft)} days: the waiting period is not the minimum (7 days).`;
    },
    async solve(api) {
      const id = await createKeyWithAlias(api, 'alias/drill-retire');
      await api.call('kms', 'ScheduleKeyDeletion', { KeyId: id, PendingWindowInDays: 7 });
    },
  },
  {
    id: 'task-other-region',
    async check(api) {
      const k = await keyByAlias(api, 'alias/drill-eu', 'eu-west-1');
      if (!k) return noAlias('alias/drill-eu', 'eu-west-1');
      return k.MultiRegion ? 'The key should be a single-Region key.' : null;
    },
    solve: (api) => createKeyWithAlias(api, 'alias/drill-eu', {}, 'eu-west-1').then(() => undefined),
  },
  {
    id: 'task-external-origin',
    async check(api) {
      const k = await keyByAlias(api, 'alias/drill-byok');
      if (!k) return noAlias('alias/drill-byok');
      return k.Origin === 'EXTERNAL' ? null : `The key behind alias/drill-byok has origin ${k.Origin}, not EXTERNAL (imported key material).`;
    },
    solve: (api) => createKeyWithAlias(api, 'alias/drill-byok', { Origin: 'EXTERNAL' }).then(() => undefined),
  },
  {
    id: 'task-iam-group',
    async check(api) {
      let group;
      try {
        group = await api.call('iam', 'GetGroup', { GroupName: 'myKMSGroup' });
      } catch (e) {
        if (errCode(e) === 'NoSuchEntity') return 'There is no IAM group named myKMSGroup.';
        throw e;
      }
      const attached = await api.call('iam', 'ListAttachedGroupPolicies', { GroupName: 'myKMSGroup' });
      if (!attached.AttachedPolicies.some((p: { PolicyName: string }) => p.PolicyName === 'AdministratorAccess'))
        return 'myKMSGroup does not have the AdministratorAccess policy attached.';
      const members = new Set(group.Users.map((u: { UserName: string }) => u.UserName));
      const missing = ['myKeyManager', 'myKeyUser'].filter((u) => !members.has(u));
      return missing.length ? `Not in myKMSGroup yet: ${missing.join(', ')}.` : null;
    },
    async solve(api) {
      await api.call('iam', 'CreateGroup', { GroupName: 'myKMSGroup' });
      await api.call('iam', 'AttachGroupPolicy', { GroupName: 'myKMSGroup', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
      for (const u of ['myKeyManager', 'myKeyUser']) {
        await api.call('iam', 'CreateUser', { UserName: u });
        await api.call('iam', 'AddUserToGroup', { GroupName: 'myKMSGroup', UserName: u });
      }
    },
  },
];

export const TASK_BY_ID = new Map(TASKS.map((t) => [t.id, t]));
