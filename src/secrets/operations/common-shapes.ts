/** Shapes shared by Secrets Manager operations (botocore secretsmanager/2017-10-17/service-2.json). */
import { AwsError, blob, list, str, struct, type ResourceStep } from '@/core';
import type { SecretsContext } from '@/secrets/context';
import { findSecret, type Secret } from '@/secrets/model/secret';

export const nameShape = str({ min: 1, max: 512, doc: 'The name of the new secret (letters, digits and /_+=.@-)' });
export const secretIdShape = str({ min: 1, max: 2048, doc: 'The ARN or name of the secret' });
export const clientRequestTokenShape = str({ min: 32, max: 64, doc: 'The id of the new version (the AWS CLI and SDKs fill it with a UUID)' });
export const descriptionShape = str({ max: 2048, doc: 'The description of the secret' });
export const kmsKeyIdShape = str({ min: 0, max: 2048, doc: 'The KMS key (ARN, key ID or alias) that encrypts the secret; default aws/secretsmanager' });
export const secretStringShape = str({ min: 1, max: 65536, sensitive: true, doc: 'The text to encrypt and store' });
export const secretBinaryShape = blob({ min: 1, max: 65536, sensitive: true, doc: 'The binary data to encrypt and store' });
export const versionIdShape = str({ min: 32, max: 64, doc: 'The id of a version of the secret' });
export const versionStageShape = str({ min: 1, max: 256, doc: 'A staging label (AWSCURRENT, AWSPREVIOUS ...)' });
export const tagsShape = list(struct({ Key: str({ min: 1, max: 128 }), Value: str({ min: 0, max: 256 }) }), { doc: 'Tags to attach to the secret' });
/** botocore MedeaTypeType: the type of a secret managed by another service (accepted, not modelled). */
export const typeShape = str({ min: 0, max: 256, doc: 'The type of a secret another service manages' });

/** The secret a SecretId names (name or ARN), found before its action is authorized on its ARN. */
export function secretNamedBy<I extends { SecretId: string }>(): ResourceStep<SecretsContext, I, Secret> {
  return {
    resolve(ctx, input) {
      const secret = findSecret(ctx.regionState, input.SecretId);
      ctx.resources.push(secret.arn);
      return { arn: secret.arn, value: secret };
    },
  };
}

/** Exactly one of SecretString and SecretBinary, when a value is given. */
export function checkOneValue(input: { SecretString?: string; SecretBinary?: Uint8Array }): void {
  if (input.SecretString !== undefined && input.SecretBinary !== undefined) {
    throw new AwsError('InvalidParameterException', "You can't specify both a binary secret value and a string secret value in the same secret.");
  }
}
