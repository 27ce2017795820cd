/** The drills' runtime: CLI answers run in a scratch account; task checks read a copy of the learner's. */
import { describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import { QUESTION_BY_ID } from '@/quiz/bank';
import { checkCliAnswer } from '@/quiz/cli-check';
import { TASK_BY_ID } from '@/quiz/tasks';
import type { CliQuestion } from '@/quiz/types';
import { attachCloud } from '@/state/console-store';
import { drillRuntime } from './drill-runtime';

describe('drill runtime', () => {
  it("judges typed commands in a scratch account, never the learner's", async () => {
    const learner = createCloud();
    attachCloud(learner);
    const q = QUESTION_BY_ID.get('cli-encrypt') as CliQuestion;
    expect(await checkCliAnswer(q, 'aws kms encrypt --plaintext fileb://secret.txt --key-id alias/myCMK', drillRuntime.newSandbox)).toMatchObject({
      correct: true,
    });
    expect(learner.state.trail).toHaveLength(0);
  });

  it("checks tasks on a copy of the learner's account, leaving its event history alone", async () => {
    const learner = createCloud();
    attachCloud(learner);
    const { KeyMetadata } = await learner.call({ service: 'kms', operation: 'CreateKey', input: {} });
    await learner.call({ service: 'kms', operation: 'CreateAlias', input: { AliasName: 'alias/drill-disabled', TargetKeyId: KeyMetadata.KeyId } });
    const events = learner.state.trail.length;
    const task = TASK_BY_ID.get('task-disable-key')!;
    expect(await task.check(drillRuntime.taskApi())).toBe('The key behind alias/drill-disabled is Enabled, not Disabled.');
    await learner.call({ service: 'kms', operation: 'DisableKey', input: { KeyId: KeyMetadata.KeyId } });
    expect(await task.check(drillRuntime.taskApi())).toBeNull();
    expect(learner.state.trail).toHaveLength(events + 1);
  });
});
