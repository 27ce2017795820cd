/**
 * Test harness: the scratch account and shell that judge typed CLI answers (the CLI's recording
 * sandbox, which the app's drills use too), and a TaskApi over a fresh account for simulator tasks.
 */
import type { Cloud } from '@/cloud';
import { createRecordingSandbox } from '@/cli';
import type { CliSandbox } from '@/quiz/cli-check';
import type { TaskApi } from '@/quiz/tasks';

/** The CLI's recording sandbox, the one the app's drills use. */
export async function testSandbox(): Promise<CliSandbox> {
  return createRecordingSandbox();
}

export function taskApi(cloud: Cloud): TaskApi {
  return {
    call: (service, operation, input, region) => cloud.call({ service, operation, input, region, source: 'lab' }),
    now: () => new Date(cloud.clock.nowMs()),
  };
}
