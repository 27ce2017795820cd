/**
 * What the drills need from the engine, built here because only the app wires engine and UI:
 * a scratch account with the lab's own shell to judge typed CLI answers (every check starts
 * from a fresh account, so nothing the learner types touches theirs), and read access to a copy
 * of the learner's account for "do it in the simulator" checks (a copy, so the check's reads do
 * not appear in their event history). The CLI is imported on first use: it is no part of the
 * first screen (issue 8).
 */
import { createCloud } from '@/cloud/create-cloud';
import type { DrillRuntime } from '@/features/drills';
import { useConsole } from '@/state/console-store';

export const drillRuntime: DrillRuntime = {
  // The CLI (with jmespath and the shell) is loaded with the first sandbox, not with the app.
  newSandbox: () => import('@/cli').then((m) => m.createRecordingSandbox()),
  taskApi() {
    const live = useConsole.getState().cloud;
    if (!live) throw new Error('The account is not loaded yet');
    const copy = createCloud({ state: live.snapshot() });
    return {
      call: (service, operation, input, region) => copy.call({ service, operation, input, region, source: 'lab' }),
      now: () => new Date(copy.clock.nowMs()),
    };
  },
};
