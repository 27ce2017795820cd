/**
 * GetSecretValue: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html
 * Returns a version's value: AWSCURRENT unless VersionId or VersionStage names another. Secrets
 * Manager asks KMS, as the caller, to Decrypt the version's data key with the encryption context
 * { SecretARN, SecretVersionId }; so the caller needs kms:Decrypt on the key (through the key
 * policy or IAM, via Secrets Manager) as well as secretsmanager:GetSecretValue. A refusal of KMS is
 * AccessDeniedException "Access to KMS is not allowed"; a key that cannot decrypt (disabled,
 * pending deletion) is DecryptionFailure. A secret scheduled for deletion is InvalidRequestException.
 * The secret's LastAccessedDate becomes today.
 */
import { AwsError, struct } from '@/core';
import { defineSecretsOperation } from '@/secrets/context';
import { openValue } from '@/secrets/model/envelope';
import { CURRENT, requireNotDeleted, versionWithStage, type Secret } from '@/secrets/model/secret';
import { secretIdShape, secretNamedBy, versionIdShape, versionStageShape } from './common-shapes';

interface Input {
  SecretId: string;
  VersionId?: string;
  VersionStage?: string;
}

interface Output {
  ARN: string;
  Name: string;
  VersionId: string;
  SecretString?: string;
  SecretBinary?: Uint8Array;
  VersionStages: string[];
  CreatedDate: Date;
}

function pickVersion(secret: Secret, input: Input) {
  if (input.VersionId !== undefined) {
    const v = Object.hasOwn(secret.versions, input.VersionId) ? secret.versions[input.VersionId] : undefined;
    if (!v || (input.VersionStage !== undefined && !v.stages.includes(input.VersionStage)))
      throw new AwsError('ResourceNotFoundException', `Secrets Manager can't find the specified secret value for VersionId: ${input.VersionId}`);
    return v;
  }
  const stage = input.VersionStage ?? CURRENT;
  const v = versionWithStage(secret, stage);
  if (!v) throw new AwsError('ResourceNotFoundException', `Secrets Manager can't find the specified secret value for staging label: ${stage}`);
  return v;
}

export const getSecretValue = defineSecretsOperation<Input, Output, { secret: Secret }>({
  name: 'GetSecretValue',
  action: 'secretsmanager:GetSecretValue',
  readOnly: true,
  summary: 'Retrieves the value of a secret (AWSCURRENT unless a version or label is named); KMS decrypts it as you.',
  input: struct({ SecretId: secretIdShape, VersionId: versionIdShape, VersionStage: versionStageShape }, ['SecretId']),
  sensitiveOutput: ['SecretString', 'SecretBinary'],
  resources: { secret: secretNamedBy() },
  async run(ctx, input, { secret }) {
    requireNotDeleted(secret);
    const version = pickVersion(secret, input);
    const value = await openValue(ctx, secret.arn, version.versionId, version.sealed);
    secret.lastAccessedMs = ctx.clock.nowMs();
    return {
      ARN: secret.arn,
      Name: secret.name,
      VersionId: version.versionId,
      ...(value.kind === 'string' ? { SecretString: value.text } : { SecretBinary: value.bytes }),
      VersionStages: [...version.stages],
      CreatedDate: new Date(version.createdMs),
    };
  },
});
