/**
 * Secrets Manager's part of the learner's export file (account-config.ts) and its rebuild and check.
 * Carried: each secret's name, ARN, description, KMS key, tags, dates and scheduled deletion.
 * Not carried: the values. A secret's value is a secret, never written to a file (as key material
 * is not); and the KMS keys get new material on import, so a value sealed before could not be
 * decrypted anyway. An imported secret that had a value comes back without versions, as a secret
 * created without a value is in AWS (GetSecretValue: ResourceNotFoundException); put a value again.
 * The check sends every name, description, key and tag list through CreateSecret's input shape.
 */
import { dict, isRegion } from '@/core';
import type { Secret, SecretsState } from '@/secrets/model/secret';
import { date, fail, isObj, MAX_ENTRIES, optDate, record, shape, str, type Obj } from './account-config-rules';

export interface SecretConfig {
  arn: string;
  name: string;
  description?: string;
  kmsKeyId?: string;
  tags: { Key: string; Value: string }[];
  createdMs: number;
  lastChangedMs: number;
  lastAccessedMs?: number;
  deletionMs?: number;
  /** It had a value when exported (the value itself is not carried). */
  hadValue: boolean;
}

/** Secrets by Region, then by ARN. */
export type SecretsConfig = Record<string, Record<string, SecretConfig>>;

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

export function secretsConfiguration(part: SecretsState | undefined): SecretsConfig | undefined {
  if (!part) return undefined;
  const out: SecretsConfig = {};
  for (const [region, r] of Object.entries(part.regions)) {
    const secrets: Record<string, SecretConfig> = {};
    for (const s of Object.values(r.secrets)) {
      secrets[s.arn] = defined({
        arn: s.arn,
        name: s.name,
        description: s.description,
        kmsKeyId: s.kmsKeyId,
        tags: s.tags.map((t) => ({ Key: t.Key, Value: t.Value })),
        createdMs: s.createdMs,
        lastChangedMs: s.lastChangedMs,
        lastAccessedMs: s.lastAccessedMs,
        deletionMs: s.deletionMs,
        hadValue: Object.keys(s.versions).length > 0,
      });
    }
    if (Object.keys(secrets).length) out[region] = secrets;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The Secrets Manager part of a rebuilt account, and the secrets whose value was left behind. */
export function rebuildSecrets(config: SecretsConfig | undefined): { part?: SecretsState; valuesDropped: { region: string; name: string }[] } {
  const valuesDropped: { region: string; name: string }[] = [];
  if (!config) return { valuesDropped };
  const regions = dict<{ secrets: Record<string, Secret> }>();
  for (const [region, secrets] of Object.entries(config)) {
    const r = (regions[region] = { secrets: dict<Secret>() });
    for (const s of Object.values(secrets)) {
      // Field by field: nothing else of the file enters the account.
      r.secrets[s.arn] = defined({
        arn: s.arn,
        name: s.name,
        description: s.description,
        kmsKeyId: s.kmsKeyId,
        tags: s.tags.map((t) => ({ Key: t.Key, Value: t.Value })),
        createdMs: s.createdMs,
        lastChangedMs: s.lastChangedMs,
        lastAccessedMs: s.lastAccessedMs,
        deletionMs: s.deletionMs,
        versions: dict(),
      });
      if (s.hadValue) valuesDropped.push({ region, name: s.name });
    }
  }
  return { part: { regions }, valuesDropped };
}

/** Checks the part from a file; throws `Bad` naming the path of the first problem. */
export function checkSecrets(v: unknown): void {
  const names = new Set<string>();
  for (const [region, secrets] of Object.entries(record(v, 'account.secrets'))) {
    if (!isRegion(region)) fail(`account.secrets["${region}"]`, 'is not a Region');
    for (const [arn, s] of Object.entries(record(secrets, `account.secrets["${region}"]`))) {
      const at = `account.secrets["${region}"]["${arn}"]`;
      if (!isObj(s)) return fail(at, 'must be an object');
      const o = s as Obj;
      if (str(o, 'arn', at) !== arn) fail(`${at}.arn`, "must be the entry's ARN");
      const name = str(o, 'name', at);
      if (!new RegExp(`^arn:aws:secretsmanager:${region}:\\d{12}:secret:`).test(arn) || !arn.slice(arn.indexOf(':secret:') + 8).startsWith(`${name}-`))
        fail(`${at}.arn`, `must be a secret ARN of ${region} named ${name}`);
      if (names.has(`${region}/${name}`)) fail(`${at}.name`, `is the name of another secret of ${region}`);
      names.add(`${region}/${name}`);
      const tags = o.tags;
      if (!Array.isArray(tags) || tags.length > MAX_ENTRIES) fail(`${at}.tags`, 'must be a list');
      const input: Obj = { Name: name, ...((tags as unknown[]).length ? { Tags: tags } : {}) };
      if (o.description !== undefined) input.Description = str(o, 'description', at);
      if (o.kmsKeyId !== undefined) input.KmsKeyId = str(o, 'kmsKeyId', at);
      shape('secretsmanager', 'CreateSecret', input, at);
      date(o, 'createdMs', at);
      date(o, 'lastChangedMs', at);
      optDate(o, 'lastAccessedMs', at);
      optDate(o, 'deletionMs', at);
      if (typeof o.hadValue !== 'boolean') fail(`${at}.hadValue`, 'must be true or false');
    }
  }
}
