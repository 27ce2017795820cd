/**
 * DescribeSecret: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DescribeSecret.html
 * A secret's details without its value: name, description, KMS key (absent for aws/secretsmanager),
 * dates (DeletedDate while it is scheduled for deletion), tags and its versions' staging labels.
 * It answers for a secret scheduled for deletion too.
 * Simplified: no rotation, replication or owning-service fields (the lab does not model them).
 */
import { struct } from '@/core';
import { defineSecretsOperation } from '@/secrets/context';
import { secretMetadata, versionsToStages, type Secret } from '@/secrets/model/secret';
import { secretIdShape, secretNamedBy } from './common-shapes';

export const describeSecret = defineSecretsOperation<
  { SecretId: string },
  ReturnType<typeof secretMetadata> & { VersionIdsToStages?: Record<string, string[]> },
  { secret: Secret }
>({
  name: 'DescribeSecret',
  action: 'secretsmanager:DescribeSecret',
  readOnly: true,
  summary: 'Shows the details of a secret (not its value): its KMS key, dates, tags and versions.',
  input: struct({ SecretId: secretIdShape }, ['SecretId']),
  resources: { secret: secretNamedBy() },
  async run(_ctx, _input, { secret }) {
    return { ...secretMetadata(secret), VersionIdsToStages: versionsToStages(secret) };
  },
});
