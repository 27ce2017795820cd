/**
 * The account's configuration without any secret, for the learner's export file, and the
 * account rebuilt from it (docs/architecture.md, "Key material never leaves").
 *
 * What is carried is picked field by field (an allow-list), so a secret added to the model later
 * is left out unless someone adds it here on purpose:
 * - IAM users, groups, roles, their attached and inline policies. Access keys are listed by id and
 *   status only: a secret access key is a credential and, like key material, is never exported.
 *   On import they are not recreated (AWS never shows a secret again either: you create a new
 *   key), except the lab's documentation example key of lab-admin, whose secret is the public
 *   example value of the AWS docs (src/iam/state.ts), not something read from the file.
 * - KMS keys (metadata, key policy, tags, rotation settings, deletion schedule, state), aliases and
 *   custom key stores. Key material (symmetric, HMAC and private keys alike), import tokens, the
 *   rotation history (it names material versions that no longer exist) and the kmsuser password
 *   of custom key stores (a credential) are not carried. On import every key gets NEW material
 *   of its own key spec from the engine's own material function (asymmetric keys: a new key
 *   pair, so their public key changes); keys with origin EXTERNAL come back without material
 *   (PendingImport, as AWS has them before an import), since only the learner holds that material.
 * - The simulated date and the simulated Route 53 hosted zone (DNS records).
 * - ACM certificates, private CAs and the resources that use certificates, without any private
 *   key: on import they get NEW key pairs, and imported certificates must be imported again
 *   (account-config-acm.ts says what and why).
 * - Secrets Manager's secrets without their values (account-config-secrets.ts says what and why).
 * Not carried: the event history. (Files written before certificates were carried count the
 * certificates and private CAs they left out in `notCarried`.)
 */
import type { DnsRecord } from '@/acm/model/certificate';
import { SimulatedClock } from '@/core/clock';
import { dict } from '@/core/dict';
import { acmConfiguration, noAcmChanges, rebuildAcm, type AcmChanges, type AcmConfig } from './account-config-acm';
import { rebuildSecrets, secretsConfiguration, type SecretsConfig } from './account-config-secrets';
import type { IamGroup, IamRole, IamUser } from '@/iam/model';
import { EXAMPLE_ACCESS_KEY_ID, EXAMPLE_SECRET_ACCESS_KEY, LAB_ADMIN } from '@/iam/state';
import type { KmsEnv } from '@/kms/context';
import type { AliasRecord, CustomKeyStore, KmsKey, KmsRegionState } from '@/kms/model/key';
import { newMaterialFor } from '@/kms/model/materials';
import { SCHEMA_VERSION, type CloudState } from './state';

export interface AccessKeyConfig {
  accessKeyId: string;
  status: 'Active' | 'Inactive';
  createDate: number;
}
export type UserConfig = Omit<IamUser, 'accessKeys'> & { accessKeys: AccessKeyConfig[] };

export type KeyConfig = Pick<
  KmsKey,
  | 'keyId'
  | 'arn'
  | 'region'
  | 'creationMs'
  | 'description'
  | 'keyUsage'
  | 'keySpec'
  | 'origin'
  | 'keyManager'
  | 'keyState'
  | 'deletionMs'
  | 'pendingWindowInDays'
  | 'policy'
  | 'tags'
  | 'customKeyStoreId'
  | 'cloudHsmClusterId'
  | 'rotationBeforeDeletion'
  | 'awsService'
  | 'stateBeforeUnavailable'
  | 'grants'
> & {
  rotation: { enabled: boolean; periodDays: number; nextRotationMs?: number; onDemandCount: number };
};
export type CustomKeyStoreConfig = CustomKeyStore;

export interface RegionConfig {
  keys: Record<string, KeyConfig>;
  aliases: Record<string, AliasRecord>;
  customKeyStores: Record<string, CustomKeyStoreConfig>;
}

export interface AccountConfig {
  clockMs: number;
  iam: { users: Record<string, UserConfig>; groups: Record<string, IamGroup>; roles: Record<string, IamRole> };
  kms: Record<string, RegionConfig>;
  dns: Record<string, DnsRecord>;
  /** Certificate Manager; absent in files written before it was carried. */
  acm?: AcmConfig;
  /** Secrets Manager's secrets, without their values; absent in files written before secrets were carried, or without secrets. */
  secrets?: SecretsConfig;
  /** What the export left out, so the import can say so (certificates and private CAs: older files only). */
  notCarried: { events: number; certificates?: number; privateCas?: number };
}

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const mapValues = <A, B>(r: Record<string, A>, f: (a: A) => B): Record<string, B> => dict(Object.entries(r).map(([k, v]) => [k, f(v)] as const));

export function keyConfig(k: KmsKey): KeyConfig {
  return defined({
    keyId: k.keyId,
    arn: k.arn,
    region: k.region,
    creationMs: k.creationMs,
    description: k.description,
    keyUsage: k.keyUsage,
    keySpec: k.keySpec,
    origin: k.origin,
    keyManager: k.keyManager,
    keyState: k.keyState,
    deletionMs: k.deletionMs,
    pendingWindowInDays: k.pendingWindowInDays,
    policy: k.policy,
    tags: k.tags.map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue })),
    customKeyStoreId: k.customKeyStoreId,
    cloudHsmClusterId: k.cloudHsmClusterId,
    rotationBeforeDeletion: k.rotationBeforeDeletion,
    awsService: k.awsService,
    stateBeforeUnavailable: k.stateBeforeUnavailable,
    grants: k.grants?.length ? structuredClone(k.grants) : undefined,
    rotation: defined({
      enabled: k.rotation.enabled,
      periodDays: k.rotation.periodDays,
      nextRotationMs: k.rotation.nextRotationMs,
      onDemandCount: k.rotation.onDemandCount,
    }),
  });
}

function regionConfig(r: KmsRegionState): RegionConfig {
  return {
    keys: mapValues(r.keys, keyConfig),
    aliases: mapValues(r.aliases, (a) => ({ aliasName: a.aliasName, targetKeyId: a.targetKeyId, creationMs: a.creationMs, lastUpdatedMs: a.lastUpdatedMs })),
    customKeyStores: mapValues(r.customKeyStores, (s) => ({
      customKeyStoreId: s.customKeyStoreId,
      customKeyStoreName: s.customKeyStoreName,
      cloudHsmClusterId: s.cloudHsmClusterId,
      trustAnchorCertificate: s.trustAnchorCertificate,
      connectionState: s.connectionState,
      creationMs: s.creationMs,
    })),
  };
}

/** The account's configuration as plain JSON-safe data, without key material or credentials. */
export function accountConfiguration(state: CloudState): AccountConfig {
  const policies = (p: IamUser['inlinePolicies']) => p.map((d) => ({ name: d.name, document: d.document }));
  return structuredClone({
    clockMs: state.clockMs,
    iam: {
      users: mapValues(state.iam.users, (u) => ({
        userName: u.userName,
        userId: u.userId,
        arn: u.arn,
        path: u.path,
        createDate: u.createDate,
        groups: [...u.groups],
        attachedPolicies: [...u.attachedPolicies],
        inlinePolicies: policies(u.inlinePolicies),
        accessKeys: u.accessKeys.map((a) => ({ accessKeyId: a.accessKeyId, status: a.status, createDate: a.createDate })),
      })),
      groups: mapValues(state.iam.groups, (g) => ({
        groupName: g.groupName,
        groupId: g.groupId,
        arn: g.arn,
        path: g.path,
        createDate: g.createDate,
        attachedPolicies: [...g.attachedPolicies],
        inlinePolicies: policies(g.inlinePolicies),
      })),
      roles: mapValues(state.iam.roles, (r) =>
        defined({
          roleName: r.roleName,
          roleId: r.roleId,
          arn: r.arn,
          path: r.path,
          createDate: r.createDate,
          assumeRolePolicyDocument: r.assumeRolePolicyDocument,
          description: r.description,
          maxSessionDuration: r.maxSessionDuration,
          attachedPolicies: [...r.attachedPolicies],
          inlinePolicies: policies(r.inlinePolicies),
        }),
      ),
    },
    kms: mapValues(state.kms, regionConfig),
    dns: state.acm?.hostedZone ?? {},
    acm: acmConfiguration(state.acm),
    secrets: secretsConfiguration(state.secretsmanager),
    notCarried: { events: state.trail.length },
  });
}

export interface KeyChange {
  region: string;
  keyId: string;
  /** The key's aliases, to name it as the learner knows it. */
  aliases: string[];
}

export interface RebuildChanges extends AcmChanges {
  /** Keys that got new key material: ciphertexts made before the export no longer decrypt. */
  newMaterial: KeyChange[];
  /** EXTERNAL keys that had imported material: they wait for an import again. */
  awaitingImport: KeyChange[];
  /** Access keys not recreated (their secrets were never exported). */
  accessKeysDropped: { userName: string; accessKeyId: string }[];
  /** Custom key stores whose kmsuser password was not carried. */
  keyStorePasswords: string[];
  /** Secrets that had a value: they come back without one (a value is never exported). */
  secretValuesDropped: { region: string; name: string }[];
}

/**
 * Builds a new account from a configuration that `checkAccountConfiguration` accepted. `env` gives
 * the randomness of the new material; nothing of the current account is read or touched.
 */
export async function rebuildAccount(config: AccountConfig, env: Pick<KmsEnv, 'random'>): Promise<{ state: CloudState; changes: RebuildChanges }> {
  const c = structuredClone(config);
  const changes: RebuildChanges = {
    newMaterial: [],
    awaitingImport: [],
    accessKeysDropped: [],
    keyStorePasswords: [],
    secretValuesDropped: [],
    ...noAcmChanges(),
  };
  const users = dict<IamUser>();
  for (const [name, u] of Object.entries(c.iam.users)) {
    const accessKeys: IamUser['accessKeys'] = [];
    for (const a of u.accessKeys) {
      if (u.userName === LAB_ADMIN && a.accessKeyId === EXAMPLE_ACCESS_KEY_ID) accessKeys.push({ ...a, secretAccessKey: EXAMPLE_SECRET_ACCESS_KEY });
      else changes.accessKeysDropped.push({ userName: u.userName, accessKeyId: a.accessKeyId });
    }
    users[name] = { ...u, accessKeys };
  }
  // The material is made at the account's own simulated date, not the browser's.
  const materialEnv: KmsEnv = {
    random: env.random,
    clock: new SimulatedClock(c.clockMs),
    iam: { users, groups: dict(c.iam.groups), roles: dict(c.iam.roles) },
    keepRawMaterial: false,
  };
  const kms = dict<KmsRegionState>();
  for (const [region, r] of Object.entries(c.kms)) {
    const aliasesOf = (keyId: string) =>
      Object.values(r.aliases)
        .filter((a) => a.targetKeyId === keyId)
        .map((a) => a.aliasName)
        .sort();
    const keys = dict<KmsKey>();
    for (const [id, k] of Object.entries(r.keys)) {
      const key: KmsKey = { ...k, rotation: { ...k.rotation, history: [] }, materials: [], importTokens: [] };
      const change = { region, keyId: id, aliases: aliasesOf(id) };
      if (k.origin === 'EXTERNAL') {
        if (k.keyState !== 'PendingImport') changes.awaitingImport.push(change);
        if (k.keyState !== 'PendingDeletion') key.keyState = 'PendingImport';
      } else {
        const material = await newMaterialFor(materialEnv, k.keySpec, k.keyUsage);
        key.materials.push(material);
        key.currentMaterialId = material.id;
        changes.newMaterial.push(change);
      }
      keys[id] = key;
    }
    const customKeyStores = mapValues(r.customKeyStores, (s): CustomKeyStore => {
      changes.keyStorePasswords.push(s.customKeyStoreName);
      // The password is a credential the lab never keeps: the store keeps its configuration.
      return { ...s };
    });
    kms[region] = { keys, aliases: dict(r.aliases), customKeyStores };
  }
  const acm = await rebuildAcm(c.acm, c.dns, env.random, changes);
  const secrets = rebuildSecrets(c.secrets);
  changes.secretValuesDropped = secrets.valuesDropped;
  const state: CloudState = {
    schemaVersion: SCHEMA_VERSION,
    clockMs: c.clockMs,
    iam: materialEnv.iam,
    kms,
    trail: [],
    ...(acm ? { acm } : {}),
    ...(secrets.part ? { secretsmanager: secrets.part } : {}),
  };
  return { state, changes };
}
