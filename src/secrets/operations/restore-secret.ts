/**
 * RestoreSecret: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_RestoreSecret.html
 * Cancels the scheduled deletion of a secret within its recovery window: its DeletedDate goes and
 * it can be used again. A secret that is not scheduled for deletion is answered the same.
 */
import { struct } from '@/core';
import { defineSecretsOperation } from '@/secrets/context';
import type { Secret } from '@/secrets/model/secret';
import { secretIdShape, secretNamedBy } from './common-shapes';

export const restoreSecret = defineSecretsOperation<{ SecretId: string }, { ARN: string; Name: string }, { secret: Secret }>({
  name: 'RestoreSecret',
  action: 'secretsmanager:RestoreSecret',
  summary: 'Cancels the scheduled deletion of a secret during its recovery window.',
  input: struct({ SecretId: secretIdShape }, ['SecretId']),
  resources: { secret: secretNamedBy() },
  async run(ctx, _input, { secret }) {
    delete secret.deletionMs;
    secret.lastChangedMs = ctx.clock.nowMs();
    return { ARN: secret.arn, Name: secret.name };
  },
});
