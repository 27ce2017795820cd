/**
 * CreateSecret: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html
 * Creates a secret, and its first version when a value is given (SecretString or SecretBinary):
 * Secrets Manager asks KMS, as the caller, for a data key under KmsKeyId (default: the AWS managed
 * key aws/secretsmanager, which KMS creates on this first use) with the encryption context
 * { SecretARN, SecretVersionId }, and stores the value encrypted under it (model/envelope.ts). The
 * new version is AWSCURRENT; its id is ClientRequestToken (the AWS CLI and SDKs fill it with a
 * UUID) or one Secrets Manager makes. The action is authorized on the ARN the secret will have
 * (its name and six random characters). A name in use is ResourceExistsException; a name whose
 * secret is scheduled for deletion is InvalidRequestException. If KMS refuses, nothing is created.
 * Simplified: no replication (AddReplicaRegions), no Type (secrets managed by other services);
 * a KmsKeyId given without a value is kept as written (AWS shows the key's ARN).
 */
import { AwsError, dict, struct, uuid } from '@/core';
import { defineSecretsOperation } from '@/secrets/context';
import { sealValue, valueOf } from '@/secrets/model/envelope';
import { CURRENT, arnSuffix, lookupSecret, secretArn, type Secret } from '@/secrets/model/secret';
import {
  checkOneValue,
  clientRequestTokenShape,
  descriptionShape,
  kmsKeyIdShape,
  nameShape,
  secretBinaryShape,
  secretStringShape,
  tagsShape,
} from './common-shapes';

interface Input {
  Name: string;
  ClientRequestToken?: string;
  Description?: string;
  KmsKeyId?: string;
  SecretString?: string;
  SecretBinary?: Uint8Array;
  Tags?: { Key: string; Value: string }[];
}

export const createSecret = defineSecretsOperation<Input, { ARN: string; Name: string; VersionId?: string }, { arn: string }>({
  name: 'CreateSecret',
  action: 'secretsmanager:CreateSecret',
  summary: 'Creates a secret, encrypted with a KMS key (aws/secretsmanager by default), and stores its first value.',
  input: struct(
    {
      Name: nameShape,
      ClientRequestToken: clientRequestTokenShape,
      Description: descriptionShape,
      KmsKeyId: kmsKeyIdShape,
      SecretBinary: secretBinaryShape,
      SecretString: secretStringShape,
      Tags: tagsShape,
    },
    ['Name'],
  ),
  check: checkOneValue,
  resources: {
    arn: {
      resolve(ctx, input) {
        const existing = lookupSecret(ctx.regionState, input.Name);
        if (existing?.deletionMs !== undefined)
          throw new AwsError('InvalidRequestException', "You can't create this secret because a secret with this name is already scheduled for deletion.");
        if (existing) throw new AwsError('ResourceExistsException', `The operation failed because the secret ${input.Name} already exists.`);
        const arn = secretArn(ctx.region, input.Name, arnSuffix(ctx.random));
        return { arn, value: arn };
      },
    },
  },
  async run(ctx, input, { arn }) {
    const keyId = input.KmsKeyId || undefined;
    const value = valueOf(input);
    const now = ctx.clock.nowMs();
    const secret: Secret = {
      arn,
      name: input.Name,
      description: input.Description,
      kmsKeyId: keyId,
      tags: (input.Tags ?? []).map((t) => ({ Key: t.Key, Value: t.Value })),
      createdMs: now,
      lastChangedMs: now,
      versions: dict(),
    };
    let versionId: string | undefined;
    if (value) {
      versionId = input.ClientRequestToken ?? uuid(ctx.random);
      const sealed = await sealValue(ctx, arn, versionId, value, keyId);
      if (keyId) secret.kmsKeyId = sealed.keyArn;
      secret.versions[versionId] = { versionId, stages: [CURRENT], createdMs: now, sealed };
    }
    ctx.regionState.secrets[arn] = secret;
    ctx.keepRegion();
    ctx.resources.push(arn);
    return { ARN: arn, Name: input.Name, VersionId: versionId };
  },
});
