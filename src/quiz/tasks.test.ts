/** Each simulator task fails on a fresh account and passes after its reference solution. */
import { describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import { TASK_QUESTIONS } from './bank/tasks';
import { TASK_BY_ID, TASKS } from './tasks';
import { taskApi } from './testing/sandbox';
import type { TaskQuestion } from './types';

describe('simulator tasks', () => {
  it('every task has a question and every task question a task', () => {
    expect(new Set(TASK_QUESTIONS.map((q) => (q as TaskQuestion).task))).toEqual(new Set(TASKS.map((t) => t.id)));
  });

  it.each(TASKS.map((t) => [t.id, t] as const))('%s: fails before, passes after the solution', async (_id, t) => {
    const api = taskApi(createCloud());
    const before = await t.check(api);
    expect(before).toMatch(/\.$/);
    await t.solve(api);
    expect(await t.check(api)).toBeNull();
  });

  it('checks configuration, not just existence', async () => {
    const cloud = createCloud();
    const api = taskApi(cloud);
    const { KeyMetadata } = await api.call('kms', 'CreateKey', {});
    await api.call('kms', 'CreateAlias', { AliasName: 'alias/drill-rotate-180', TargetKeyId: KeyMetadata.KeyId });
    expect(await TASK_BY_ID.get('task-rotation-period')!.check(api)).toBe('Automatic rotation is not enabled on the key behind alias/drill-rotate-180.');
    await api.call('kms', 'EnableKeyRotation', { KeyId: KeyMetadata.KeyId });
    expect(await TASK_BY_ID.get('task-rotation-period')!.check(api)).toBe('The rotation period is 365 days, not 180.');
    const other = (await api.call('kms', 'CreateKey', {})).KeyMetadata.KeyId;
    await api.call('kms', 'CreateAlias', { AliasName: 'alias/drill-retire', TargetKeyId: other });
    expect(await TASK_BY_ID.get('task-schedule-deletion-7')!.check(api)).toBe('The key behind alias/drill-retire is Enabled, not Pending deletion.');
    await api.call('kms', 'ScheduleKeyDeletion', { KeyId: other, PendingWindowInDays: 30 });
    expect(await TASK_BY_ID.get('task-schedule-deletion-7')!.check(api)).toBe(
      'The key will be deleted in 30 days: the waiting period is not the minimum (7 days).',
    );
  });
});
