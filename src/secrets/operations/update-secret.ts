/**
 * UpdateSecret: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_UpdateSecret.html
 * Changes a secret's description, its KMS key, and (with SecretString or SecretBinary) stores a
 * new AWSCURRENT version. A new KmsKeyId (an empty string: aws/secretsmanager) re-encrypts the
 * versions labelled AWSCURRENT, AWSPENDING and AWSPREVIOUS: Secrets Manager, as the caller, asks
 * KMS to Decrypt each data key under the old key and for a new data key under the new one, so
 * the caller needs kms:Decrypt on the old key and kms:GenerateDataKey on the new. Older versions
 * stay under the old key. Nothing changes if any KMS call is refused.
 * Simplified: AWS skips the re-encryption (and still changes the key) when the caller lacks
 * permission on the new key; the lab refuses the whole update instead. No Type.
 */
import { struct } from '@/core';
import { defineSecretsOperation } from '@/secrets/context';
import { openValue, sealValue, valueOf } from '@/secrets/model/envelope';
import { CURRENT, PENDING, PREVIOUS, requireNotDeleted, type SealedValue, type Secret, type SecretVersion } from '@/secrets/model/secret';
import {
  checkOneValue,
  clientRequestTokenShape,
  descriptionShape,
  kmsKeyIdShape,
  secretBinaryShape,
  secretIdShape,
  secretNamedBy,
  secretStringShape,
} from './common-shapes';
import { addVersion } from './put-secret-value';

interface Input {
  SecretId: string;
  ClientRequestToken?: string;
  Description?: string;
  KmsKeyId?: string;
  SecretString?: string;
  SecretBinary?: Uint8Array;
}

const LABELLED = [CURRENT, PENDING, PREVIOUS];

export const updateSecret = defineSecretsOperation<Input, { ARN: string; Name: string; VersionId?: string }, { secret: Secret }>({
  name: 'UpdateSecret',
  action: 'secretsmanager:UpdateSecret',
  summary: 'Changes the description or the KMS key of a secret (re-encrypting its current versions), or stores a new value.',
  input: struct(
    {
      SecretId: secretIdShape,
      ClientRequestToken: clientRequestTokenShape,
      Description: descriptionShape,
      KmsKeyId: kmsKeyIdShape,
      SecretBinary: secretBinaryShape,
      SecretString: secretStringShape,
    },
    ['SecretId'],
  ),
  check: checkOneValue,
  resources: { secret: secretNamedBy() },
  async run(ctx, input, { secret }) {
    requireNotDeleted(secret);
    const changesKey = input.KmsKeyId !== undefined;
    const keyId = changesKey ? input.KmsKeyId || undefined : secret.kmsKeyId;
    // Everything KMS must do first; the secret changes only once every call succeeded.
    const resealed: [SecretVersion, SealedValue][] = [];
    if (changesKey) {
      for (const v of Object.values(secret.versions)) {
        if (!v.stages.some((s) => LABELLED.includes(s))) continue;
        const value = await openValue(ctx, secret.arn, v.versionId, v.sealed);
        resealed.push([v, await sealValue(ctx, secret.arn, v.versionId, value, keyId)]);
      }
    }
    const value = valueOf(input);
    const commit = value && (await addVersion(ctx, secret, value, { token: input.ClientRequestToken, keyId }));
    for (const [v, sealed] of resealed) v.sealed = sealed;
    const version = commit?.();
    if (changesKey) {
      const sealedUnder = version?.sealed.keyArn ?? resealed[0]?.[1].keyArn;
      secret.kmsKeyId = keyId === undefined ? undefined : (sealedUnder ?? keyId);
    }
    if (input.Description !== undefined) secret.description = input.Description;
    secret.lastChangedMs = ctx.clock.nowMs();
    return { ARN: secret.arn, Name: secret.name, VersionId: version?.versionId };
  },
});
