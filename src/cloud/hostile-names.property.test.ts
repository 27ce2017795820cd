/**
 * Every operation of every service, with every JavaScript property name (`__proto__`,
 * `constructor`, `toString`, `valueOf`, `hasOwnProperty` ... see HOSTILE_NAMES) in every place
 * an input holds a name, an id or a map key, on an account with one of everything:
 * - the answer is AWS-shaped: a result, or an AwsError with a client status (never an internal
 *   error, never a server fault);
 * - a call that fails changes nothing; a call that succeeds changes only entries named by its
 *   input (the hostile name, or the real resource the other members name) or new ones;
 * - Object.prototype is untouched and every user-keyed map of the account stays a
 *   null-prototype map;
 * - creating something under such a name succeeds, as AWS would (CreateUser toString ...).
 * The operation, position and name are drawn exhaustively (fast-check's constantFrom per
 * operation would only sample them); the findings of the probe are hostile-names.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { AwsError, isDict, validate } from '@/core';
import '@/cloud/registry';
import { defaultServices } from '@/cloud/services';
import { userKeyedMaps } from '@/cloud/state-dicts';
import type { AnyOperation } from '@/cloud/types';
import {
  BASE_INPUTS,
  buildFixture,
  buildInput,
  entries,
  fixtureCloud,
  HOSTILE_NAMES,
  positions,
  showPosition,
  valueAt,
  variants,
  withValue,
  type Fixture,
} from './testing/hostile';

/** Inputs that name a new thing: AWS accepts any name its pattern allows, these included. */
const CREATES: Record<string, string[]> = {
  'iam.CreateUser': ['UserName'],
  'iam.CreateGroup': ['GroupName'],
  'iam.CreateRole': ['RoleName', 'Description'],
  'iam.PutUserPolicy': ['PolicyName'],
  'iam.PutGroupPolicy': ['PolicyName'],
  'kms.CreateKey': ['Description', 'Tags.0.TagKey', 'Tags.0.TagValue'],
  'kms.TagResource': ['Tags.0.TagKey', 'Tags.0.TagValue'],
  'kms.UntagResource': ['TagKeys.0'],
  'kms.UpdateKeyDescription': ['Description'],
  'kms.CreateCustomKeyStore': ['CustomKeyStoreName'],
  'kms.Encrypt': ['EncryptionContext{key}', 'EncryptionContext.k'],
  'kms.GenerateDataKey': ['EncryptionContext{key}', 'EncryptionContext.k'],
  'kms.GenerateDataKeyWithoutPlaintext': ['EncryptionContext{key}', 'EncryptionContext.k'],
  'acm.AddTagsToCertificate': ['Tags.0.Key', 'Tags.0.Value'],
  'acm.RemoveTagsFromCertificate': ['Tags.0.Key', 'Tags.0.Value'],
  'acm-pca.CreateCertificateAuthority': ['CertificateAuthorityConfiguration.Subject.CommonName', 'CertificateAuthorityConfiguration.Subject.Organization'],
  'elbv2.CreateLoadBalancer': ['Name'],
  'secretsmanager.CreateSecret': ['Name', 'Description', 'Tags.0.Key', 'Tags.0.Value'],
  'secretsmanager.UpdateSecret': ['Description'],
};

const READ = /^(Get|List|Describe)/;

let fixture: Fixture;
/** The fixture account's entries and trail length: every call starts from a copy of that account. */
let before: Map<string, string>;
let trail: number;
beforeAll(async () => {
  fixture = await buildFixture();
  const cloud = fixtureCloud(fixture);
  before = entries(cloud.state);
  trail = cloud.state.trail.length;
}, 60_000);

const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();

function allOperations(): [string, AnyOperation][] {
  return defaultServices.list.flatMap((d) => (defaultServices.loadedOperations(d.name) ?? []).map((op) => [d.name, op] as [string, AnyOperation]));
}

describe('names that are JavaScript property names, in every operation', () => {
  it.each(allOperations().map(([s, op]) => [`${s}.${op.name}`, s, op] as const))(
    '%s answers as AWS would and touches nothing else',
    async (label, service, op) => {
      const places = positions(op.input);
      let calls = 0;
      for (const p of places) {
        const base = buildInput(op.input, fixture, p.path, BASE_INPUTS[label]);
        const real = valueAt(base, p);
        const names = p.mapKey ? HOSTILE_NAMES : HOSTILE_NAMES.flatMap((n) => variants(n, real));
        for (const text of names) {
          const input = withValue(base, p, text);
          const cloud = fixtureCloud(fixture);
          const where = `${label} ${showPosition(p)}=${JSON.stringify(text)}`;
          let error: unknown;
          await cloud.call({ service: service as never, operation: op.name, input }).catch((e: unknown) => (error = e));
          calls++;
          if (error !== undefined) {
            expect(error, `${where}: ${String(error)}`).toBeInstanceOf(AwsError);
            const e = error as AwsError;
            expect(e.httpStatus, `${where}: ${e.code} ${e.message}`).toBeLessThan(500);
            expect(e.code, where).toMatch(/^[A-Z][A-Za-z0-9]+$/);
          }
          const after = entries(cloud.state);
          // What changed, and whether the input named it.
          const named = (k: string, json: string | undefined) =>
            k.includes(JSON.stringify(text).slice(1, -1)) || Object.values(fixtureIdsIn(input)).some((id) => k.includes(id) || json?.includes(id));
          for (const [k, v] of before) {
            if (after.get(k) === v) continue;
            expect(error === undefined && named(k, v), `${where} changed ${k}${error ? ` although it failed (${String(error)})` : ''}`).toBe(true);
          }
          for (const k of after.keys()) {
            if (before.has(k)) continue;
            expect(error === undefined && !READ.test(op.name), `${where} added ${k}`).toBe(true);
          }
          // One event for the call, besides those of the calls a service made on its behalf (Secrets Manager's to KMS).
          const own = cloud.state.trail.slice(trail).filter((e) => !e.userIdentity.invokedBy);
          expect(own.length, `${where}: one event per call`).toBe(1);
          expect(Object.getOwnPropertyNames(Object.prototype).sort(), where).toEqual(protoBefore);
          for (const [path, map] of userKeyedMaps(cloud.state)) expect(isDict(map), `${where}: ${path} is a null-prototype map`).toBe(true);
          // Creating a thing under such a name is allowed wherever the name is valid.
          if (CREATES[`${service}.${op.name}`]?.includes(showPosition(p)) && passesShape(op, input)) {
            expect(error, `${where} must succeed as in AWS`).toBeUndefined();
          }
        }
      }
      expect(calls).toBeGreaterThanOrEqual(places.length === 0 ? 0 : HOSTILE_NAMES.length);
    },
    120_000,
  );
});

/** The fixture's ids the input names besides the hostile text (the resources a call may change). */
function fixtureIdsIn(input: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const ids = new Set(Object.values(fixture.values).filter((v) => v.length >= 8 && !v.startsWith('{')));
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (ids.has(v)) out[v] = v.slice(v.lastIndexOf('/') + 1);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object' && !(v instanceof Uint8Array) && !(v instanceof Date)) Object.values(v).forEach(walk);
  };
  walk(input);
  return out;
}

function passesShape(op: AnyOperation, input: Record<string, unknown>): boolean {
  try {
    validate(op.input, input);
    return true;
  } catch {
    return false;
  }
}
