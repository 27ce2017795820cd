/**
 * Test harness: the scratch account and shell that judge typed CLI answers (the app builds the
 * same in src/app/drill-runtime.ts), and a TaskApi over a fresh account for simulator tasks.
 */
import { createCloud, type Cloud } from '../../cloud';
import { createShell } from '../../cli';
import type { CliSandbox, RecordedCall } from '../cli-check';
import type { TaskApi } from '../tasks';

const decoder = new TextDecoder();

export async function testSandbox(): Promise<CliSandbox> {
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
}

export function taskApi(cloud: Cloud): TaskApi {
  return { call: (service, operation, input, region) => cloud.call({ service, operation, input, region, source: 'lab' }), now: () => new Date(cloud.clock.nowMs()) };
}
