/**
 * Secrets Manager's state: per Region, its secrets by ARN, each with its versions. A version holds
 * its value sealed as Secrets Manager seals it (envelope.ts): the data key encrypted under the
 * secret's KMS key, and the value encrypted under that data key. Plain, structured-cloneable data.
 * https://docs.aws.amazon.com/secretsmanager/latest/userguide/getting-started.html#term_version
 */
import { ACCOUNT_ID, AwsError, own, type Dict, type Random } from '@/core';

export interface SealedValue {
  /** The data key, encrypted under the KMS key (GenerateDataKey's CiphertextBlob). */
  encryptedDataKey: Uint8Array;
  iv: Uint8Array;
  /** The value under the data key (AES-GCM). */
  ciphertext: Uint8Array;
  kind: 'string' | 'binary';
  /** The KMS key that protects it (GenerateDataKey's KeyId). */
  keyArn: string;
}

export interface SecretVersion {
  versionId: string;
  stages: string[];
  createdMs: number;
  sealed: SealedValue;
}

export interface Secret {
  arn: string;
  name: string;
  description?: string;
  /** The key ARN the learner chose; absent: the AWS managed key aws/secretsmanager. */
  kmsKeyId?: string;
  tags: { Key: string; Value: string }[];
  createdMs: number;
  lastChangedMs: number;
  lastAccessedMs?: number;
  /** Set while the secret is scheduled for deletion: the end of its recovery window (DescribeSecret's DeletedDate). */
  deletionMs?: number;
  versions: Dict<SecretVersion>;
}

export interface SecretsRegionState {
  secrets: Dict<Secret>;
}

export interface SecretsState {
  regions: Dict<SecretsRegionState>;
}

export const DEFAULT_KEY_ALIAS = 'alias/aws/secretsmanager';
export const CURRENT = 'AWSCURRENT';
export const PREVIOUS = 'AWSPREVIOUS';
export const PENDING = 'AWSPENDING';

/** `arn:aws:secretsmanager:<region>:<account>:secret:<name>-<6 characters>`, as AWS names a secret. */
export const secretArn = (region: string, name: string, suffix: string) => `arn:aws:secretsmanager:${region}:${ACCOUNT_ID}:secret:${name}-${suffix}`;

const SUFFIX = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** The six random characters AWS appends to a secret's name in its ARN. */
export const arnSuffix = (random: Random) => Array.from(random.bytes(6), (b) => SUFFIX[b % SUFFIX.length]).join('');

export const notFound = () => new AwsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");

/** The secret a SecretId names (its name or its ARN), or undefined. */
export function lookupSecret(region: SecretsRegionState, secretId: string): Secret | undefined {
  const byArn = own(region.secrets, secretId);
  if (byArn) return byArn;
  return Object.values(region.secrets).find((s) => s.name === secretId);
}

/** The secret a SecretId names, or Secrets Manager's ResourceNotFoundException. */
export function findSecret(region: SecretsRegionState, secretId: string): Secret {
  const s = lookupSecret(region, secretId);
  if (!s) throw notFound();
  return s;
}

/** Refuses a secret scheduled for deletion, as every operation but DescribeSecret, ListSecrets and RestoreSecret does. */
export function requireNotDeleted(s: Secret, action: 'perform' | 'delete' = 'perform'): void {
  if (s.deletionMs === undefined) return;
  throw new AwsError(
    'InvalidRequestException',
    action === 'delete'
      ? "You can't perform this operation on the secret because it was already scheduled for deletion."
      : "You can't perform this operation on the secret because it was marked for deletion.",
  );
}

/** The version holding a staging label. */
export const versionWithStage = (s: Secret, stage: string): SecretVersion | undefined => Object.values(s.versions).find((v) => v.stages.includes(stage));

/** `VersionIdsToStages` (DescribeSecret) / `SecretVersionsToStages` (ListSecrets): versions with at least one label. */
export function versionsToStages(s: Secret): Record<string, string[]> | undefined {
  const out: Record<string, string[]> = {};
  for (const v of Object.values(s.versions)) if (v.stages.length) out[v.versionId] = [...v.stages];
  return Object.keys(out).length ? out : undefined;
}

/** AWS reports LastAccessedDate to the day (midnight UTC). */
const day = (ms: number) => new Date(Math.floor(ms / 86_400_000) * 86_400_000);

/** The metadata DescribeSecret and ListSecrets share. */
export function secretMetadata(s: Secret) {
  return {
    ARN: s.arn,
    Name: s.name,
    Description: s.description,
    KmsKeyId: s.kmsKeyId,
    LastChangedDate: new Date(s.lastChangedMs),
    LastAccessedDate: s.lastAccessedMs === undefined ? undefined : day(s.lastAccessedMs),
    DeletedDate: s.deletionMs === undefined ? undefined : new Date(s.deletionMs),
    Tags: s.tags.length ? s.tags.map((t) => ({ ...t })) : undefined,
    CreatedDate: new Date(s.createdMs),
  };
}

/**
 * Moves a staging label to `version`: AWSCURRENT moved leaves AWSPREVIOUS on the version that had it
 * (and takes AWSPREVIOUS from the one before), as PutSecretValue and UpdateSecret do.
 */
export function stageVersion(s: Secret, version: SecretVersion, stages: readonly string[]): void {
  for (const stage of stages) {
    const holder = versionWithStage(s, stage);
    if (holder === version) continue;
    if (holder) holder.stages = holder.stages.filter((x) => x !== stage);
    if (stage === CURRENT && holder) {
      const previous = versionWithStage(s, PREVIOUS);
      if (previous) previous.stages = previous.stages.filter((x) => x !== PREVIOUS);
      holder.stages.push(PREVIOUS);
    }
    version.stages.push(stage);
  }
}

/** AWS keeps at most 100 versions; versions without a staging label are removed first, oldest first. */
export function pruneVersions(s: Secret, max = 100): void {
  const unlabeled = Object.values(s.versions)
    .filter((v) => !v.stages.length)
    .sort((a, b) => a.createdMs - b.createdMs);
  let count = Object.keys(s.versions).length;
  for (const v of unlabeled) {
    if (count <= max) break;
    delete s.versions[v.versionId];
    count--;
  }
}
