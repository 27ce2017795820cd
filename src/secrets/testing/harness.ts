/**
 * A test harness for Secrets Manager: a fresh seeded account, short helpers, and an IAM user
 * allowed Secrets Manager only (what KMS then decides is the key policy's business).
 *   const t = secretsLab();
 *   const { ARN } = await t.sm('CreateSecret', { Name: 'db', SecretString: 'pw' });
 */
import { expect } from 'vitest';
import { AwsError, SimulatedClock, seededRandom } from '@/core';
import { createCloud, type Cloud } from '@/cloud';
import type { Principal } from '@/iam/model';
import { principalForUser } from '@/iam/state';

export const START = Date.UTC(2026, 0, 1);

export function secretsLab(seed = 19) {
  const cloud: Cloud = createCloud({ clock: new SimulatedClock(START), random: seededRandom(seed) });
  const t = {
    cloud,
    sm: <O = any>(operation: string, input: Record<string, unknown> = {}, o: { as?: Principal; region?: string } = {}) =>
      cloud.call<O>({ service: 'secretsmanager', operation, input, caller: o.as, region: o.region }),
    kms: <O = any>(operation: string, input: Record<string, unknown> = {}, o: { as?: Principal; region?: string } = {}) =>
      cloud.call<O>({ service: 'kms', operation, input, caller: o.as, region: o.region }),
    async expectError(p: Promise<unknown>, code: string, message?: string | RegExp): Promise<AwsError> {
      const e = await p.then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e, `expected ${code}`).toBeInstanceOf(AwsError);
      const err = e as AwsError;
      expect(err.code).toBe(code);
      if (typeof message === 'string') expect(err.message).toBe(message);
      else if (message) expect(err.message).toMatch(message);
      return err;
    },
    /** A customer managed key with the default key policy (the account root may use it; IAM decides for others). */
    async key(): Promise<string> {
      return (await t.kms('CreateKey')).KeyMetadata.Arn;
    },
    /** An IAM user allowed every Secrets Manager action and whatever `kmsActions` says on every key. */
    async user(name: string, kmsActions: string[] = []): Promise<Principal> {
      await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: name } });
      const Statement: object[] = [{ Effect: 'Allow', Action: 'secretsmanager:*', Resource: '*' }];
      if (kmsActions.length) Statement.push({ Effect: 'Allow', Action: kmsActions, Resource: '*' });
      await cloud.call({
        service: 'iam',
        operation: 'PutUserPolicy',
        input: { UserName: name, PolicyName: 'secrets', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement }) },
      });
      return principalForUser(cloud.state.iam, name)!;
    },
    /** The last `n` trail records. */
    events: (n: number) => cloud.state.trail.slice(-n),
    days: (n: number) => cloud.clock.advance(n * 86_400_000),
  };
  return t;
}
