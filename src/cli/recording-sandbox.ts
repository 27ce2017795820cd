/**
 * A scratch account with the lab's own shell that records every API call the shell makes: what
 * the drills use to judge typed CLI answers (src/app/drill-runtime.ts builds it for the app,
 * src/quiz/testing/sandbox.ts for the quiz's tests). Structurally it is the quiz's CliSandbox;
 * the quiz may not import the CLI, so the shape is restated here rather than imported.
 */
import { createCloud, type CallRequest, type Cloud } from '@/cloud';
import { createShell } from './shell/shell';

export interface RecordedApiCall {
  service: string;
  operation: string;
  input: Record<string, unknown>;
  region: string;
  ok: boolean;
}

export interface RecordingSandbox {
  readonly calls: RecordedApiCall[];
  run(line: string): Promise<{ status: number; stderr: string }>;
  /** The key ID a key id/ARN/alias names in a Region, or undefined (read without recording a call). */
  keyIdOf(keyId: string, region: string): Promise<string | undefined>;
}

const decoder = new TextDecoder();

export async function createRecordingSandbox(): Promise<RecordingSandbox> {
  const cloud = createCloud();
  const calls: RecordedApiCall[] = [];
  const call = cloud.call.bind(cloud);
  cloud.call = (async (req: CallRequest, accessKeyId?: string) => {
    const entry: RecordedApiCall = { service: req.service, operation: req.operation, input: req.input ?? {}, region: req.region ?? 'us-east-1', ok: false };
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
