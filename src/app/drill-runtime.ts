/**
 * What the drills need from the engine, built here because only the app wires engine and UI:
 * a scratch account with the lab's own shell to judge typed CLI answers (every check starts
 * from a fresh account, so nothing the learner types touches theirs), and read access to a copy
 * of the learner's account for "do it in the simulator" checks (a copy, so the check's reads do
 * not appear in their event history).
 */
import { createCloud, type Cloud } from '../cloud';
import { createShell } from '../cli';
import type { DrillRuntime } from '../features/drills';
import type { RecordedCall } from '../quiz/cli-check';
import { useConsole } from '../state/console-store';

const decoder = new TextDecoder();

export const drillRuntime: DrillRuntime = {
  async newSandbox() {
    const cloud = createCloud();
    const calls: RecordedCall[] = [];
    const call = cloud.call.bind(cloud);
    cloud.call = (async (req, accessKeyId) => {
      const entry: RecordedCall = { service: req.service, operation: req.operation, input: req.input ?? {}, region: req.region ?? 'us-east-1', ok: false };
      calls.push(entry);
      const out = await call(req, accessKeyId);
      entry.ok = true;
      return out;
    }) as Cloud['call'];
    const shell = createShell({ cloud, tty: false });
    return {
      calls,
      async run(line) {
        const r = await shell.run(line);
        return { status: r.status, stderr: decoder.decode(r.stderr) };
      },
      async keyIdOf(keyId, region) {
        try {
          return (await call({ service: 'kms', operation: 'DescribeKey', input: { KeyId: keyId }, region })).KeyMetadata.KeyId;
        } catch {
          return undefined;
        }
      },
    };
  },
  taskApi() {
    const live = useConsole.getState().cloud;
    if (!live) throw new Error('The account is not loaded yet');
    const copy = createCloud({ state: live.snapshot() });
    return { call: (service, operation, input, region) => copy.call({ service, operation, input, region, source: 'lab' }), now: () => new Date(copy.clock.nowMs()) };
  },
};
