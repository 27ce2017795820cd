/**
 * PutSecretValue: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutSecretValue.html
 * Stores a new version of a secret's value, encrypted under the secret's KMS key: Secrets Manager
 * asks KMS, as the caller, for a new data key (GenerateDataKey with { SecretARN, SecretVersionId }).
 * The new version takes the labels of VersionStages (default AWSCURRENT); the version that was
 * AWSCURRENT becomes AWSPREVIOUS. Its id is ClientRequestToken (filled by the AWS CLI and SDKs)
 * or one Secrets Manager makes; an id already used is ResourceExistsException.
 * Simplified: a repeated request with the same token and value is refused like a different one
 * (AWS answers it again); RotationToken is not accepted (no rotation).
 */
import { AwsError, list, struct, uuid } from '@/core';
import { defineSecretsOperation } from '@/secrets/context';
import { sealValue, valueOf, type SecretValue } from '@/secrets/model/envelope';
import { CURRENT, pruneVersions, requireNotDeleted, stageVersion, type Secret } from '@/secrets/model/secret';
import { checkOneValue, clientRequestTokenShape, secretBinaryShape, secretIdShape, secretNamedBy, secretStringShape, versionStageShape } from './common-shapes';

interface Input {
  SecretId: string;
  ClientRequestToken?: string;
  SecretString?: string;
  SecretBinary?: Uint8Array;
  VersionStages?: string[];
}

/** A new version of `secret` with `value`, sealed and staged (PutSecretValue, UpdateSecret). */
export async function addVersion(
  ctx: Parameters<typeof sealValue>[0],
  secret: Secret,
  value: SecretValue,
  o: { token?: string; stages?: readonly string[]; keyId?: string },
) {
  const versionId = o.token ?? uuid(ctx.random);
  if (Object.hasOwn(secret.versions, versionId))
    throw new AwsError('ResourceExistsException', "You can't modify an existing version, you can only create a new version.");
  const sealed = await sealValue(ctx, secret.arn, versionId, value, o.keyId);
  return () => {
    const now = ctx.clock.nowMs();
    const version = { versionId, stages: [] as string[], createdMs: now, sealed };
    secret.versions[versionId] = version;
    stageVersion(secret, version, o.stages ?? [CURRENT]);
    pruneVersions(secret);
    secret.lastChangedMs = now;
    return version;
  };
}

export const putSecretValue = defineSecretsOperation<Input, { ARN: string; Name: string; VersionId: string; VersionStages: string[] }, { secret: Secret }>({
  name: 'PutSecretValue',
  action: 'secretsmanager:PutSecretValue',
  summary: 'Stores a new value in a secret as a new version (AWSCURRENT by default), encrypted with a new data key.',
  input: struct(
    {
      SecretId: secretIdShape,
      ClientRequestToken: clientRequestTokenShape,
      SecretBinary: secretBinaryShape,
      SecretString: secretStringShape,
      VersionStages: list(versionStageShape, { min: 1, max: 20, doc: 'The staging labels of the new version (default AWSCURRENT)' }),
    },
    ['SecretId'],
  ),
  check: checkOneValue,
  resources: { secret: secretNamedBy() },
  async run(ctx, input, { secret }) {
    requireNotDeleted(secret);
    const value = valueOf(input);
    if (!value) throw new AwsError('InvalidParameterException', 'You must provide either SecretString or SecretBinary.');
    const commit = await addVersion(ctx, secret, value, { token: input.ClientRequestToken, stages: input.VersionStages, keyId: secret.kmsKeyId });
    const version = commit();
    return { ARN: secret.arn, Name: secret.name, VersionId: version.versionId, VersionStages: [...version.stages] };
  },
});
