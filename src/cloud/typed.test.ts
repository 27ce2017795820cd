/**
 * Calls typed from the registries (typed.ts). The `@ts-expect-error` lines are checked by the
 * typecheck (`npx tsc`): if a misspelt operation or a missing required member stopped being a type
 * error, the typecheck fails on the unused directive. The calls also run, so the answers are real.
 */
import { describe, expect, it } from 'vitest';
import { isAwsError, SimulatedClock, seededRandom } from '@/core';
import { createCloud } from './create-cloud';
import type { InputOf, OperationName, OutputOf } from './typed';
import type { CallRequest } from './types';

const cloud = () => createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(9) });
const codeOf = (e: unknown) => (isAwsError(e) ? e.code : String(e));

describe('typed calls', () => {
  it('gives a known operation its output type, and refuses a misspelt name or a missing member', async () => {
    const c = cloud();
    const created = await c.call({ service: 'kms', operation: 'CreateKey', input: { Description: 'typed' } });
    const keyId: string = created.KeyMetadata.KeyId;
    const sealed = await c.call({ service: 'kms', operation: 'Encrypt', input: { KeyId: keyId, Plaintext: new Uint8Array([1, 2]) } });
    const opened = await c.call({ service: 'kms', operation: 'Decrypt', input: { CiphertextBlob: sealed.CiphertextBlob } });
    expect([...opened.Plaintext]).toEqual([1, 2]);
    expect(opened.KeyId).toBe(created.KeyMetadata.Arn);

    // @ts-expect-error KMS has no CreateKeys
    expect(codeOf(await c.call({ service: 'kms', operation: 'CreateKeys' }).catch((e: unknown) => e))).toBe('UnknownOperationException');
    // @ts-expect-error Encrypt requires Plaintext
    expect(codeOf(await c.call({ service: 'kms', operation: 'Encrypt', input: { KeyId: keyId } }).catch((e: unknown) => e))).toBe('ValidationException');
  });

  it('leaves a call built at run time untyped: the CLI, the wire and a lab name operations by string', async () => {
    const c = cloud();
    const operation: string = 'ListKeys';
    const req: CallRequest = { service: 'kms', operation };
    await expect(c.call({ service: 'kms', operation })).resolves.toMatchObject({ Keys: [] });
    await expect(c.call(req)).resolves.toMatchObject({ Keys: [] });
    const invoked = await c.invoke({ service: 'iam', operation: 'ListUsers' });
    expect(invoked.ok && invoked.output.Users.every((u) => u.Arn.startsWith('arn:aws:iam::'))).toBe(true);
  });

  it('names the operations, inputs and outputs of each registry', () => {
    const name: OperationName<'acm'> = 'RequestCertificate';
    const input: InputOf<'kms', 'ScheduleKeyDeletion'> = { KeyId: 'k', PendingWindowInDays: 7 };
    const output: Pick<OutputOf<'sts', 'GetCallerIdentity'>, 'Account'> = { Account: '111122223333' };
    // @ts-expect-error ACM has no CreateKey
    const wrong: OperationName<'acm'> = 'CreateKey';
    expect([name, input.PendingWindowInDays, output.Account, wrong]).toEqual(['RequestCertificate', 7, '111122223333', 'CreateKey']);
  });
});
