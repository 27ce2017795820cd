/**
 * Checks an account configuration read from a learner's file (account-config.ts) before anything
 * is built from it. The structure is checked here; the rules of the values are the engine's own:
 * every name, description, tag list, policy size, alias name and rotation period goes through the
 * input shape of the operation that would have created it (CreateUser, CreateRole, CreateKey,
 * CreateAlias, EnableKeyRotation ...), and every policy document through the IAM policy parser.
 * Certificate Manager's part is checked by account-config-acm-check.ts, Secrets Manager's by
 * account-config-secrets.ts.
 * Returns the first problem, naming where it is, or undefined.
 */
import { isKeyId, isRegion, keyArn } from '@/core';
import { parsePolicyDocument, type PolicyKind } from '@/iam/policy-document';
import { CUSTOM_KEY_STORE_STATES, KEY_ORIGINS, KEY_STATE_NAMES } from '@/kms/model/key';
import { KEY_SPECS, KEY_USAGES, SPECS, type KeySpec, type KeyUsage } from '@/kms/model/key-specs';
import { checkAcm } from './account-config-acm-check';
import { checkSecrets } from './account-config-secrets';
import { Bad, bool, date, fail, isObj, MAX_ENTRIES, num, oneOf, optDate, record, shape, str, strings, type Obj } from './account-config-rules';

export { MAX_ENTRIES } from './account-config-rules';

/** The engine's key states, less Creating: a key is never saved while CreateKey runs. */
const KEY_STATES = KEY_STATE_NAMES.filter((s) => s !== 'Creating');

function policy(text: string, kind: PolicyKind, path: string): void {
  const r = parsePolicyDocument(text, kind);
  if (!r.ok) fail(path, `is not a valid policy: ${r.problem}`);
}

function inlinePolicies(o: Obj, path: string): void {
  const list = o.inlinePolicies;
  if (!Array.isArray(list) || list.length > MAX_ENTRIES) return fail(`${path}.inlinePolicies`, 'must be a list');
  list.forEach((p, i) => {
    const at = `${path}.inlinePolicies[${i}]`;
    if (!isObj(p)) return fail(at, 'must be an object');
    shape('iam', 'PutUserPolicy', { UserName: 'x', PolicyName: str(p, 'name', at), PolicyDocument: str(p, 'document', at) }, at);
    policy(p.document as string, 'identity', `${at}.document`);
  });
  strings(o, 'attachedPolicies', path).forEach(
    (arn, i) => /^arn:aws:iam::(aws|\d{12}):policy\//.test(arn) || fail(`${path}.attachedPolicies[${i}]`, 'must be a policy ARN'),
  );
}

/** An IAM entry of the file: an object whose name member is the entry's name. */
function iamEntry(v: unknown, nameKey: string, name: string, at: string): Obj {
  if (!isObj(v)) fail(at, 'must be an object');
  const o = v as Obj;
  if (str(o, nameKey, at) !== name) fail(`${at}.${nameKey}`, "must be the entry's name");
  return o;
}

/** What IAM gave the entry when it was created: its unique id, its ARN and its date. */
function created(o: Obj, idKey: string, at: string): void {
  str(o, idKey, at);
  str(o, 'arn', at);
  date(o, 'createDate', at);
}

function iam(v: unknown): void {
  const o = record(v, 'account.iam');
  const users = record(o.users, 'account.iam.users');
  const groups = record(o.groups, 'account.iam.groups');
  const roles = record(o.roles, 'account.iam.roles');
  for (const [name, g] of Object.entries(groups)) {
    const at = `account.iam.groups["${name}"]`;
    const gg = iamEntry(g, 'groupName', name, at);
    shape('iam', 'CreateGroup', { GroupName: name, Path: str(gg, 'path', at) }, at);
    created(gg, 'groupId', at);
    inlinePolicies(gg, at);
  }
  for (const [name, u] of Object.entries(users)) {
    const at = `account.iam.users["${name}"]`;
    const uu = iamEntry(u, 'userName', name, at);
    shape('iam', 'CreateUser', { UserName: name, Path: str(uu, 'path', at) }, at);
    created(uu, 'userId', at);
    strings(uu, 'groups', at).forEach((g) => groups[g] !== undefined || fail(`${at}.groups`, `names a group "${g}" that is not in the file`));
    inlinePolicies(uu, at);
    if (!Array.isArray(uu.accessKeys) || uu.accessKeys.length > 2) fail(`${at}.accessKeys`, 'must be a list of at most 2 access keys');
    (uu.accessKeys as unknown[]).forEach((a, i) => {
      const ak = `${at}.accessKeys[${i}]`;
      if (!isObj(a)) return fail(ak, 'must be an object');
      if ('secretAccessKey' in a) fail(ak, 'holds a secret access key, which a KMS Lab export never contains');
      str(a, 'accessKeyId', ak);
      oneOf(a, 'status', ['Active', 'Inactive'], ak);
      date(a, 'createDate', ak);
    });
  }
  for (const [name, r] of Object.entries(roles)) {
    const at = `account.iam.roles["${name}"]`;
    const rr = iamEntry(r, 'roleName', name, at);
    const input: Obj = {
      RoleName: name,
      AssumeRolePolicyDocument: str(rr, 'assumeRolePolicyDocument', at),
      Path: str(rr, 'path', at),
      Description: str(rr, 'description', at),
    };
    if (rr.maxSessionDuration !== undefined) input.MaxSessionDuration = num(rr, 'maxSessionDuration', at);
    shape('iam', 'CreateRole', input, at);
    policy(rr.assumeRolePolicyDocument as string, 'trust', `${at}.assumeRolePolicyDocument`);
    created(rr, 'roleId', at);
    inlinePolicies(rr, at);
  }
}

function kmsKey(region: string, id: string, k: unknown, stores: Obj): void {
  const at = `account.kms["${region}"].keys["${id}"]`;
  if (!isObj(k)) return fail(at, 'must be an object');
  if (!isKeyId(id) || str(k, 'keyId', at) !== id) fail(`${at}.keyId`, "must be the entry's key id");
  if (str(k, 'arn', at) !== keyArn(region, id)) fail(`${at}.arn`, `must be ${keyArn(region, id)}`);
  if (str(k, 'region', at) !== region) fail(`${at}.region`, `must be ${region}`);
  if ('materials' in k || 'importTokens' in k || 'currentMaterialId' in k) fail(at, 'holds key material, which a KMS Lab export never contains');
  date(k, 'creationMs', at);
  const usage = oneOf(k, 'keyUsage', [...KEY_USAGES], at) as KeyUsage;
  const spec = oneOf(
    k,
    'keySpec',
    KEY_SPECS.filter((s) => s !== 'SM2'),
    at,
  ) as KeySpec;
  if (!SPECS[spec].usages.includes(usage)) fail(`${at}.keyUsage`, `must be one of ${SPECS[spec].usages.join(', ')} for a ${spec} key`);
  const origin = oneOf(k, 'origin', KEY_ORIGINS, at);
  oneOf(k, 'keyManager', ['AWS', 'CUSTOMER'], at);
  const state = oneOf(k, 'keyState', KEY_STATES, at);
  if (!Array.isArray(k.tags)) fail(`${at}.tags`, 'must be a list');
  shape('kms', 'CreateKey', { Description: str(k, 'description', at), Policy: str(k, 'policy', at), Tags: k.tags, Origin: origin }, at);
  policy(k.policy as string, 'resource', `${at}.policy`);
  if (state === 'PendingDeletion') date(k, 'deletionMs', at);
  else optDate(k, 'deletionMs', at);
  if (k.pendingWindowInDays !== undefined) shape('kms', 'ScheduleKeyDeletion', { KeyId: id, PendingWindowInDays: num(k, 'pendingWindowInDays', at) }, at);
  if (k.customKeyStoreId !== undefined && stores[str(k, 'customKeyStoreId', at)] === undefined)
    fail(`${at}.customKeyStoreId`, 'names a custom key store that is not in the file');
  if (k.cloudHsmClusterId !== undefined) str(k, 'cloudHsmClusterId', at);
  if (k.awsService !== undefined) str(k, 'awsService', at);
  if (k.rotationBeforeDeletion !== undefined) bool(k, 'rotationBeforeDeletion', at);
  if (k.stateBeforeUnavailable !== undefined) oneOf(k, 'stateBeforeUnavailable', ['Enabled', 'Disabled'], at);
  if (k.grants !== undefined) grants(id, k.grants, `${at}.grants`);
  const rot = k.rotation;
  if (!isObj(rot)) return fail(`${at}.rotation`, 'must be an object');
  bool(rot, 'enabled', `${at}.rotation`);
  shape('kms', 'EnableKeyRotation', { KeyId: id, RotationPeriodInDays: num(rot, 'periodDays', `${at}.rotation`) }, `${at}.rotation`);
  optDate(rot, 'nextRotationMs', `${at}.rotation`);
  if (!Number.isInteger(num(rot, 'onDemandCount', `${at}.rotation`)) || (rot.onDemandCount as number) < 0)
    fail(`${at}.rotation.onDemandCount`, 'must be a whole number');
}

/** A key's grants: each as CreateGrant would take it, with its ID, date and issuing account. */
function grants(keyId: string, v: unknown, at: string): void {
  if (!Array.isArray(v) || v.length > MAX_ENTRIES) return fail(at, `must be a list of at most ${MAX_ENTRIES} grants`);
  const ids = new Set<string>();
  v.forEach((g: unknown, i) => {
    const ga = `${at}[${i}]`;
    if (!isObj(g)) return fail(ga, 'must be an object');
    const id = str(g, 'grantId', ga);
    if (!/^[0-9a-f]{64}$/.test(id) || ids.has(id)) fail(`${ga}.grantId`, 'must be 64 hexadecimal characters, once per key');
    ids.add(id);
    date(g, 'creationMs', ga);
    str(g, 'issuingAccount', ga);
    const input: Obj = { KeyId: keyId, Operations: g.operations, Constraints: g.constraints };
    for (const [member, field] of [
      ['GranteePrincipal', 'granteePrincipal'],
      ['GranteeServicePrincipal', 'granteeServicePrincipal'],
      ['RetiringPrincipal', 'retiringPrincipal'],
      ['RetiringServicePrincipal', 'retiringServicePrincipal'],
      ['Name', 'name'],
    ] as const)
      input[member] = g[field];
    shape('kms', 'CreateGrant', input, ga);
  });
}

function kms(v: unknown): void {
  const regions = record(v, 'account.kms');
  for (const [region, r] of Object.entries(regions)) {
    const at = `account.kms["${region}"]`;
    if (!isRegion(region)) fail(at, 'is not a Region KMS Lab knows');
    const o = record(r, at);
    const keys = record(o.keys, `${at}.keys`);
    const aliases = record(o.aliases, `${at}.aliases`);
    const stores = record(o.customKeyStores, `${at}.customKeyStores`);
    for (const [id, s] of Object.entries(stores)) {
      const sa = `${at}.customKeyStores["${id}"]`;
      if (!isObj(s)) fail(sa, 'must be an object');
      const ss = s as Obj;
      if (str(ss, 'customKeyStoreId', sa) !== id) fail(`${sa}.customKeyStoreId`, "must be the entry's id");
      if ('keyStorePassword' in ss) fail(sa, 'holds a kmsuser password, which a KMS Lab export never contains');
      str(ss, 'customKeyStoreName', sa);
      str(ss, 'cloudHsmClusterId', sa);
      str(ss, 'trustAnchorCertificate', sa);
      date(ss, 'creationMs', sa);
      oneOf(ss, 'connectionState', CUSTOM_KEY_STORE_STATES, sa);
    }
    for (const [id, k] of Object.entries(keys)) kmsKey(region, id, k, stores);
    for (const [name, a] of Object.entries(aliases)) {
      const aa = `${at}.aliases["${name}"]`;
      if (!isObj(a)) fail(aa, 'must be an object');
      const al = a as Obj;
      if (str(al, 'aliasName', aa) !== name) fail(`${aa}.aliasName`, "must be the entry's name");
      shape('kms', 'CreateAlias', { AliasName: name, TargetKeyId: str(al, 'targetKeyId', aa) }, aa);
      if (!name.startsWith('alias/')) fail(`${aa}.aliasName`, 'must begin with alias/');
      if (keys[al.targetKeyId as string] === undefined) fail(`${aa}.targetKeyId`, 'names a key that is not in the file');
      date(al, 'creationMs', aa);
      date(al, 'lastUpdatedMs', aa);
    }
  }
}

function dns(v: unknown): void {
  for (const [name, r] of Object.entries(record(v, 'account.dns'))) {
    const at = `account.dns["${name}"]`;
    if (!isObj(r)) fail(at, 'must be an object');
    const rr = r as Obj;
    str(rr, 'Name', at);
    str(rr, 'Type', at);
    num(rr, 'TTL', at);
    str(rr, 'Value', at);
  }
}

/** The first problem of an account configuration from a file, or undefined when it can be rebuilt. */
export function checkAccountConfiguration(v: unknown): string | undefined {
  try {
    const o = record(v, 'account');
    date(o, 'clockMs', 'account');
    iam(o.iam);
    kms(o.kms);
    dns(o.dns);
    // Files written before certificates were carried have no "acm" part.
    if (o.acm !== undefined) checkAcm(o.acm);
    // Files written before secrets were carried, or without secrets, have no "secrets" part.
    if (o.secrets !== undefined) checkSecrets(o.secrets);
    const n = record(o.notCarried, 'account.notCarried');
    for (const k of ['certificates', 'privateCas', 'events']) {
      if ((k !== 'events' && n[k] === undefined) || (Number.isInteger(n[k]) && (n[k] as number) >= 0)) continue;
      fail(`account.notCarried.${k}`, 'must be a whole number');
    }
    return undefined;
  } catch (e) {
    if (e instanceof Bad) return e.message;
    throw e;
  }
}
