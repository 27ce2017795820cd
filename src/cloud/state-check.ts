/**
 * The whole saved account, checked before the lab trusts it (the browser's IndexedDB snapshot,
 * the endpoint's --state file), so that damage is refused at the door with its place named
 * instead of surfacing later as a bare TypeError, a 500 on every call, or an overwrite:
 * 1. the structure: every map, record, list and field the engine reads is there, of its type;
 * 2. the values: the account's configuration goes through the rules an imported file meets
 *    (account-config-check.ts: names, policies, key states, references, dates in range);
 * 3. what only a saved account holds: access key secrets, certificates' PEMs, the event history.
 * Key material is checked by whoever restores it (it comes back as CryptoKeys or as bytes).
 * Returns the first problem, naming where it is, or undefined.
 */
import { MAX_TIME_MS, isRegion, isSaneTime } from '@/core';
import { accountConfiguration } from './account-config';
import { checkAccountConfiguration } from './account-config-check';
import { Bad, bool, date, fail, isObj, num, record, str, strings, type Obj } from './account-config-rules';
import type { CloudState } from './state';

/** A list of objects (each checked by `each`). */
function objects(o: Obj, k: string, path: string, each: (x: Obj, at: string) => void = () => undefined): void {
  const v = o[k];
  if (!Array.isArray(v)) return fail(`${path}.${k}`, 'must be a list');
  v.forEach((x, i) => (isObj(x) ? each(x, `${path}.${k}[${i}]`) : fail(`${path}.${k}[${i}]`, 'must be an object')));
}

const policies = (o: Obj, at: string) => objects(o, 'inlinePolicies', at, (p, pa) => (str(p, 'name', pa), str(p, 'document', pa)));

function iam(v: unknown): void {
  const o = record(v, 'account.iam');
  for (const [name, u] of Object.entries(record(o.users, 'account.iam.users'))) {
    const at = `account.iam.users["${name}"]`;
    const uu = record(u, at);
    strings(uu, 'groups', at);
    strings(uu, 'attachedPolicies', at);
    policies(uu, at);
    objects(uu, 'accessKeys', at, (a, aa) => (str(a, 'accessKeyId', aa), str(a, 'secretAccessKey', aa), str(a, 'status', aa), date(a, 'createDate', aa)));
  }
  for (const [name, g] of Object.entries(record(o.groups, 'account.iam.groups'))) {
    const at = `account.iam.groups["${name}"]`;
    const gg = record(g, at);
    strings(gg, 'attachedPolicies', at);
    policies(gg, at);
  }
  for (const [name, r] of Object.entries(record(o.roles, 'account.iam.roles'))) {
    const at = `account.iam.roles["${name}"]`;
    const rr = record(r, at);
    strings(rr, 'attachedPolicies', at);
    policies(rr, at);
  }
}

function kms(v: unknown): void {
  for (const [region, r] of Object.entries(record(v, 'account.kms'))) {
    const at = `account.kms["${region}"]`;
    if (!isRegion(region)) fail(at, 'is not a Region KMS Lab knows');
    const rr = record(r, at);
    for (const [id, k] of Object.entries(record(rr.keys, `${at}.keys`))) {
      const ka = `${at}.keys["${id}"]`;
      const kk = record(k, ka);
      objects(kk, 'tags', ka, (t, ta) => (str(t, 'TagKey', ta), str(t, 'TagValue', ta)));
      objects(kk, 'materials', ka, (m, ma) => (str(m, 'id', ma), date(m, 'createdMs', ma)));
      if (kk.importTokens !== undefined) objects(kk, 'importTokens', ka);
      const rot = record(kk.rotation, `${ka}.rotation`);
      objects(rot, 'history', `${ka}.rotation`, (h, ha) => (str(h, 'keyMaterialId', ha), date(h, 'rotationDateMs', ha)));
      if (rot.lastRotationMs !== undefined) date(rot, 'lastRotationMs', `${ka}.rotation`);
    }
    for (const [name, a] of Object.entries(record(rr.aliases, `${at}.aliases`))) record(a, `${at}.aliases["${name}"]`);
    for (const [id, s] of Object.entries(record(rr.customKeyStores, `${at}.customKeyStores`))) record(s, `${at}.customKeyStores["${id}"]`);
  }
}

function acm(v: unknown): void {
  const o = record(v, 'account.acm');
  for (const [region, r] of Object.entries(record(o.regions, 'account.acm.regions'))) {
    const at = `account.acm.regions["${region}"]`;
    if (!isRegion(region)) fail(at, 'is not a Region KMS Lab knows');
    const rr = record(r, at);
    for (const [id, c] of Object.entries(record(rr.certificates, `${at}.certificates`))) {
      const ca = `${at}.certificates["${id}"]`;
      const cc = record(c, ca);
      strings(cc, 'sans', ca);
      strings(cc, 'inUseBy', ca);
      objects(cc, 'validations', ca, (x, xa) => (str(x, 'DomainName', xa), str(x, 'ValidationStatus', xa)));
      objects(cc, 'tags', ca, (t, ta) => str(t, 'Key', ta));
      for (const k of ['certificatePem', 'chainPem', 'privateKeyPem', 'serial', 'subject', 'issuer']) if (cc[k] !== undefined) str(cc, k, ca);
      if (cc.exported !== undefined) bool(cc, 'exported', ca);
    }
    for (const [id, c] of Object.entries(record(rr.cas, `${at}.cas`))) {
      const ca = `${at}.cas["${id}"]`;
      const cc = record(c, ca);
      record(cc.subject, `${ca}.subject`);
      objects(cc, 'tags', ca, (t, ta) => str(t, 'Key', ta));
      for (const k of ['certificatePem', 'privateKeyPem', 'serial']) str(cc, k, ca);
    }
  }
  for (const [name, d] of Object.entries(record(o.hostedZone, 'account.acm.hostedZone'))) record(d, `account.acm.hostedZone["${name}"]`);
  const usage = record(o.usage, 'account.acm.usage');
  for (const k of ['distributions', 'loadBalancers', 'listeners', 'domainNames']) {
    for (const [name, x] of Object.entries(record(usage[k], `account.acm.usage.${k}`))) record(x, `account.acm.usage.${k}["${name}"]`);
  }
  for (const [name, d] of Object.entries(record(usage.distributions, 'account.acm.usage.distributions')))
    strings(d as Obj, 'Aliases', `account.acm.usage.distributions["${name}"]`);
  if (o.amazonCa !== undefined) {
    const a = record(o.amazonCa, 'account.acm.amazonCa');
    str(a, 'certificatePem', 'account.acm.amazonCa');
    str(a, 'privateKeyPem', 'account.acm.amazonCa');
  }
}

const bytes = (o: Obj, k: string, at: string) => o[k] instanceof Uint8Array || fail(`${at}.${k}`, 'must be bytes');

function secretsmanager(v: unknown): void {
  const o = record(v, 'account.secretsmanager');
  for (const [region, r] of Object.entries(record(o.regions, 'account.secretsmanager.regions'))) {
    const rat = `account.secretsmanager.regions["${region}"]`;
    for (const [arn, x] of Object.entries(record(record(r, rat).secrets, `${rat}.secrets`))) {
      const at = `${rat}.secrets["${arn}"]`;
      const secret = record(x, at);
      str(secret, 'name', at);
      objects(secret, 'tags', at);
      for (const [id, y] of Object.entries(record(secret.versions, `${at}.versions`))) {
        const vat = `${at}.versions["${id}"]`;
        const version = record(y, vat);
        if (str(version, 'versionId', vat) !== id) fail(`${vat}.versionId`, "must be the entry's id");
        strings(version, 'stages', vat);
        date(version, 'createdMs', vat);
        const sealed = record(version.sealed, `${vat}.sealed`);
        for (const k of ['encryptedDataKey', 'iv', 'ciphertext']) bytes(sealed, k, `${vat}.sealed`);
        str(sealed, 'keyArn', `${vat}.sealed`);
        if (sealed.kind !== 'string' && sealed.kind !== 'binary') fail(`${vat}.sealed.kind`, 'must be string or binary');
      }
    }
  }
}

const EVENT_STRINGS = ['eventVersion', 'eventTime', 'eventSource', 'eventName', 'awsRegion', 'eventID', 'eventType'];

function trail(v: unknown): void {
  if (!Array.isArray(v)) return fail('account.trail', 'must be a list');
  v.forEach((e, i) => {
    const at = `account.trail[${i}]`;
    if (!isObj(e)) return fail(at, 'must be an object');
    for (const k of EVENT_STRINGS) str(e, k, at);
    if (Number.isNaN(Date.parse(e.eventTime as string))) fail(`${at}.eventTime`, 'must be a date');
    record(e.userIdentity, `${at}.userIdentity`);
    for (const k of ['requestParameters', 'responseElements']) if (e[k] !== null && e[k] !== undefined) record(e[k], `${at}.${k}`);
    if (e.readOnly !== undefined) bool(e, 'readOnly', at);
  });
}

/** The first problem of a saved account (the place and what is wrong), or undefined when it can be trusted. */
export function checkCloudState(v: unknown): string | undefined {
  try {
    const o = record(v, 'account');
    num(o, 'schemaVersion', 'account');
    if (!isSaneTime(o.clockMs)) fail('account.clockMs', 'must be a date between 1970-01-01 and 9999-12-31 (epoch milliseconds)');
    // What Advance time added to the wall clock: within the span of dates, so the clock never leaves it.
    if (o.clockOffsetMs !== undefined && Math.abs(num(o, 'clockOffsetMs', 'account')) > MAX_TIME_MS)
      fail('account.clockOffsetMs', 'must be at most 9999 years of Advance time');
    iam(o.iam);
    kms(o.kms);
    if (o.acm !== undefined) acm(o.acm);
    if (o.secretsmanager !== undefined) secretsmanager(o.secretsmanager);
    trail(o.trail);
  } catch (e) {
    if (e instanceof Bad) return e.message;
    throw e;
  }
  // The structure holds: the values meet the same rules as an imported file's.
  return checkAccountConfiguration(accountConfiguration(v as CloudState));
}
