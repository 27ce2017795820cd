/**
 * A test harness for the KMS engine: a fresh seeded account and short helpers, so a test
 * reads like the scenario it checks:
 *
 *   const t = kmsLab();
 *   const key = await t.createKey({ alias: 'alias/myCMK' });
 *   const blob = await t.encrypt(key, 'hello');
 *   await t.days(365);
 *   await t.expectError(t.kms('DisableKey', { KeyId: 'alias/x' }), 'NotFoundException', "Invalid keyId 'alias/x'");
 */
import { expect } from 'vitest';
import { AwsError, SimulatedClock, fromUtf8, seededRandom, utf8 } from '@/core';
import { createCloud, type Cloud } from '@/cloud';
import type { Principal } from '@/iam/model';
import { principalForUser } from '@/iam/state';
import type { KmsEnv } from '@/kms/context';
import { emptyRegion, type KmsRegionState } from '@/kms/model/key';

/** The world KMS code runs in, for tests that call model or lifecycle functions directly. */
export const kmsEnvOf = (cloud: Cloud): KmsEnv => ({ clock: cloud.clock, random: cloud.random, iam: cloud.state.iam, keepRawMaterial: false });

/** A Region's KMS state in the account, created empty on first use as the cloud does. */
export const kmsRegionOf = (cloud: Cloud, region: string): KmsRegionState => (cloud.state.kms[region] ??= emptyRegion());

export interface KmsLab {
  cloud: Cloud;
  region: string;
  /** Calls a KMS operation as `as` (default root) in `region`. */
  kms<O = any>(operation: string, input?: Record<string, unknown>, o?: { as?: Principal; region?: string }): Promise<O>;
  iam<O = any>(operation: string, input?: Record<string, unknown>, o?: { as?: Principal }): Promise<O>;
  /** Creates a key (and an alias when given); returns its key id. */
  createKey(o?: { alias?: string; description?: string; policy?: string; origin?: string; region?: string }): Promise<string>;
  encrypt(keyId: string, text: string | Uint8Array, context?: Record<string, string>): Promise<Uint8Array>;
  decryptText(blob: Uint8Array, context?: Record<string, string>): Promise<string>;
  /** Creates an IAM user with the given managed policies and returns it as a caller. */
  user(name: string, policies?: string[]): Promise<Principal>;
  days(n: number): Promise<void>;
  expectError(p: Promise<unknown>, code: string, message?: string | RegExp): Promise<AwsError>;
}

export function kmsLab(seed = 42, start = Date.UTC(2026, 0, 1)): KmsLab {
  const cloud = createCloud({ clock: new SimulatedClock(start), random: seededRandom(seed) });
  const t: KmsLab = {
    cloud,
    region: 'us-east-1',
    kms: (operation, input = {}, o = {}) => cloud.call({ service: 'kms', operation, input, caller: o.as, region: o.region ?? t.region }),
    iam: (operation, input = {}, o = {}) => cloud.call({ service: 'iam', operation, input, caller: o.as }),
    async createKey(o = {}) {
      const input: Record<string, unknown> = {};
      if (o.description !== undefined) input.Description = o.description;
      if (o.policy !== undefined) input.Policy = o.policy;
      if (o.origin !== undefined) input.Origin = o.origin;
      const { KeyMetadata } = await t.kms('CreateKey', input, { region: o.region });
      if (o.alias) await t.kms('CreateAlias', { AliasName: o.alias, TargetKeyId: KeyMetadata.KeyId }, { region: o.region });
      return KeyMetadata.KeyId as string;
    },
    async encrypt(keyId, text, context) {
      const Plaintext = typeof text === 'string' ? utf8(text) : text;
      const out = await t.kms('Encrypt', { KeyId: keyId, Plaintext, EncryptionContext: context });
      return out.CiphertextBlob as Uint8Array;
    },
    async decryptText(blob, context) {
      const out = await t.kms('Decrypt', { CiphertextBlob: blob, EncryptionContext: context });
      return fromUtf8(out.Plaintext);
    },
    async user(name, policies = []) {
      await t.iam('CreateUser', { UserName: name });
      for (const p of policies) await t.iam('AttachUserPolicy', { UserName: name, PolicyArn: `arn:aws:iam::aws:policy/${p}` });
      return principalForUser(cloud.state.iam, name)!;
    },
    days: (n) => cloud.clock.advanceDays(n),
    async expectError(p, code, message) {
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
  };
  return t;
}
