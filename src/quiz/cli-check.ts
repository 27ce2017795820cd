/**
 * Checking a typed CLI command (format 'cli'): the command runs in a scratch account with the
 * lab's own shell and AWS CLI (the app or the test builds the sandbox; this file stays pure), and
 * the calls it made are compared with what the question expects. So any correct form passes:
 * flags in any order, the key named by id, ARN, alias or alias ARN, `--cli-binary-format`,
 * `--output`/`--query` and pipes around it.
 */
import type { CliExpectation, CliQuestion } from './types';

export interface RecordedCall {
  service: string;
  operation: string;
  input: Record<string, unknown>;
  region: string;
  ok: boolean;
}

export interface CliSandbox {
  run(line: string): Promise<{ status: number; stderr: string }>;
  /** Every API call made through the shell since the sandbox was built. */
  readonly calls: RecordedCall[];
  /** The key ID a key id/ARN/alias names in a Region, or undefined (read without recording a call). */
  keyIdOf(keyId: string, region: string): Promise<string | undefined>;
}

/**
 * The scratch account every command is checked in: the course's key (alias/myCMK), a second key
 * (alias/otherCMK) for re-encrypt, their key IDs in $KEY_ID and $OTHER_KEY_ID (for the commands
 * that, as in AWS, take only a key ID or ARN), the starter secret.txt and its ciphertext
 * encryptedsecret.txt.
 */
export const SANDBOX_SETUP = [
  'aws kms create-alias --alias-name alias/myCMK --target-key-id $(aws kms create-key --description "Course key" --query KeyMetadata.KeyId --output text)',
  'aws kms create-alias --alias-name alias/otherCMK --target-key-id $(aws kms create-key --description "Second key" --query KeyMetadata.KeyId --output text)',
  'KEY_ID=$(aws kms describe-key --key-id alias/myCMK --query KeyMetadata.KeyId --output text)',
  'OTHER_KEY_ID=$(aws kms describe-key --key-id alias/otherCMK --query KeyMetadata.KeyId --output text)',
  'aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt --output text --query CiphertextBlob | base64 --decode > encryptedsecret.txt',
];

export interface CliVerdict {
  correct: boolean;
  message: string;
}

const equal = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Compares one recorded call with the expectation; returns what differs, or null. */
async function mismatch(x: CliExpectation, call: RecordedCall, sandbox: CliSandbox): Promise<string | null> {
  if (x.key) {
    const member = x.keyMember ?? 'KeyId';
    const given = call.input[member];
    if (typeof given !== 'string') return `The command does not name the key (${member}).`;
    const [want, got] = await Promise.all([sandbox.keyIdOf(x.key, call.region), sandbox.keyIdOf(given, call.region)]);
    if (!want || want !== got) return `The command targets ${given}, not the key ${x.key}.`;
  }
  if (x.input && !x.input.some((alt) => Object.entries(alt).every(([k, v]) => equal(call.input[k], v)))) {
    const want = x.input
      .map((alt) =>
        Object.entries(alt)
          .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
          .join(', '),
      )
      .join(' or ');
    return `The call ran, but its parameters are not the ones asked for (expected ${want}).`;
  }
  return null;
}

/** Runs the learner's line in a fresh sandbox (built by `newSandbox`) and judges it. */
export async function checkCliAnswer(q: CliQuestion, line: string, newSandbox: () => Promise<CliSandbox>): Promise<CliVerdict> {
  const text = line.trim();
  if (!text) return { correct: false, message: 'Type a command first.' };
  if (!/^aws\s/.test(text)) return { correct: false, message: 'Start the command with aws (the AWS CLI).' };
  const sandbox = await newSandbox();
  for (const setup of SANDBOX_SETUP) {
    const r = await sandbox.run(setup);
    if (r.status !== 0) throw new Error(`The drill sandbox could not be prepared: ${r.stderr}`);
  }
  const before = sandbox.calls.length;
  const result = await sandbox.run(text);
  const calls = sandbox.calls.slice(before);
  const x = q.expect;
  const same = calls.filter((c) => c.service === x.service && c.operation === x.operation);
  if (!same.length) {
    const firstError = result.stderr.trim().split('\n').find(Boolean);
    if (firstError) return { correct: false, message: `The CLI rejected it: ${firstError}` };
    const made = calls.map((c) => `${c.service} ${c.operation}`).join(', ');
    return { correct: false, message: made ? `That calls ${made}, not ${x.service} ${x.operation}.` : `That does not call ${x.service} ${x.operation}.` };
  }
  let why = '';
  for (const call of same) {
    if (!call.ok) {
      why = `The ${x.operation} call failed: ${result.stderr.trim().split('\n').find(Boolean) ?? 'see the error'}`;
      continue;
    }
    const m = await mismatch(x, call, sandbox);
    if (!m) return { correct: true, message: "Correct: the lab's CLI accepted the command and it made the expected call." };
    why = m;
  }
  return { correct: false, message: why };
}
