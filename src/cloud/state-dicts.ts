/**
 * Where the account keeps maps keyed by user input, and their rebuild as null-prototype maps
 * (core/dict.ts) after a restore: structured clone (IndexedDB, snapshots) and JSON.parse (the
 * endpoint's --state file, Your data) give back ordinary objects, on which `toString` or
 * `constructor` would find Object.prototype's members. Every way into a Cloud (its constructor
 * and restore()) goes through `rebuildDicts`, so old saves are rebuilt as they load.
 */
import { dict } from '@/core';
import type { CloudState } from './state';

type AnyMap = Record<string, unknown>;
const isObject = (x: unknown): x is AnyMap => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Every user-keyed map of the account, with a path naming it (for checks and tests). */
export function userKeyedMaps(state: CloudState): [string, AnyMap][] {
  const out: [string, AnyMap][] = [];
  const add = (path: string, m: unknown) => isObject(m) && out.push([path, m]);
  const iam = state.iam as unknown as AnyMap | undefined;
  for (const name of ['users', 'groups', 'roles']) add(`iam.${name}`, iam?.[name]);
  add('kms', state.kms);
  for (const [region, r] of isObject(state.kms) ? Object.entries(state.kms) : []) {
    for (const name of ['keys', 'aliases', 'customKeyStores']) add(`kms["${region}"].${name}`, (r as unknown as AnyMap | undefined)?.[name]);
  }
  const acm = state.acm as unknown as AnyMap | undefined;
  if (isObject(acm)) {
    add('acm.regions', acm.regions);
    for (const [region, r] of isObject(acm.regions) ? Object.entries(acm.regions) : []) {
      for (const name of ['certificates', 'cas']) add(`acm.regions["${region}"].${name}`, (r as AnyMap | undefined)?.[name]);
    }
    add('acm.hostedZone', acm.hostedZone);
    const usage = acm.usage as AnyMap | undefined;
    for (const name of ['distributions', 'loadBalancers', 'listeners', 'domainNames']) add(`acm.usage.${name}`, usage?.[name]);
  }
  const sm = state.secretsmanager as AnyMap | undefined;
  if (isObject(sm)) {
    add('secretsmanager.regions', sm.regions);
    for (const [region, r] of isObject(sm.regions) ? Object.entries(sm.regions) : []) {
      const secrets = (r as AnyMap | undefined)?.secrets;
      add(`secretsmanager.regions["${region}"].secrets`, secrets);
      for (const [arn, secret] of isObject(secrets) ? Object.entries(secrets) : []) {
        add(`secretsmanager.regions["${region}"].secrets["${arn}"].versions`, (secret as AnyMap | undefined)?.versions);
      }
    }
  }
  return out;
}

/**
 * Undoes what the lookups through plain objects could leave in a saved account before they were
 * fixed, idempotently (so it runs on every load instead of once as a schema migration):
 * - a key Unavailable with no custom key store (DisconnectCustomKeyStore `__proto__`,
 *   `toString` ... matched every key whose store id was undefined) gets its state back;
 * - a user's group list loses entries that are not names of existing groups (AddUserToGroup
 *   `toString` stored `null`);
 * - a custom key store forgets the kmsuser password saves used to keep (it is a secret the lab
 *   no longer records anywhere).
 */
export function repairKnownDamage(state: CloudState): CloudState {
  for (const region of Object.values(state.kms ?? {})) {
    for (const key of Object.values(region?.keys ?? {})) {
      if (key?.keyState === 'Unavailable' && !key.customKeyStoreId) {
        key.keyState = key.stateBeforeUnavailable ?? 'Enabled';
        delete key.stateBeforeUnavailable;
      }
    }
  }
  for (const region of Object.values(state.kms ?? {})) {
    for (const store of Object.values(region?.customKeyStores ?? {})) if (isObject(store)) delete (store as AnyMap).keyStorePassword;
  }
  const groups = state.iam?.groups;
  for (const user of Object.values(state.iam?.users ?? {})) {
    if (Array.isArray(user?.groups) && isObject(groups)) user.groups = user.groups.filter((g) => typeof g === 'string' && Object.hasOwn(groups, g));
  }
  return state;
}

/** Rebuilds `o[name]` as a null-prototype map, in place, if it is a map; returns its values. */
function rebuild(o: unknown, name: string): unknown[] {
  if (!isObject(o) || !isObject(o[name])) return [];
  return Object.values((o[name] = dict(o[name] as AnyMap)));
}

/** Rebuilds every user-keyed map of the state as a null-prototype map, in place; returns the state. */
export function rebuildDicts(state: CloudState): CloudState {
  const s = state as unknown as AnyMap;
  for (const name of ['users', 'groups', 'roles']) rebuild(s.iam, name);
  for (const r of rebuild(s, 'kms')) for (const name of ['keys', 'aliases', 'customKeyStores']) rebuild(r, name);
  const acm = s.acm as AnyMap | undefined;
  for (const r of rebuild(acm, 'regions')) for (const name of ['certificates', 'cas']) rebuild(r, name);
  rebuild(acm, 'hostedZone');
  for (const name of ['distributions', 'loadBalancers', 'listeners', 'domainNames']) rebuild(acm?.usage, name);
  for (const r of rebuild(s.secretsmanager, 'regions')) for (const secret of rebuild(r, 'secrets')) rebuild(secret, 'versions');
  return state;
}
