/**
 * DeleteSecret: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_DeleteSecret.html
 * Schedules a secret for deletion after a recovery window of RecoveryWindowInDays (7-30, default
 * 30): until then it is inaccessible (InvalidRequestException) and RestoreSecret can bring it
 * back; when the window ends Secrets Manager deletes it (Event history: EndSecretDeletion).
 * ForceDeleteWithoutRecovery deletes it at once, and, as AWS documents, answers without
 * ResourceNotFoundException for a secret that does not exist. Both options together, or a window
 * outside 7-30, are InvalidParameterException; a secret already scheduled is InvalidRequestException.
 */
import { AwsError, bool, int, struct } from '@/core';
import { defineSecretsOperation } from '@/secrets/context';
import { lookupSecret, requireNotDeleted, type Secret } from '@/secrets/model/secret';
import { secretIdShape } from './common-shapes';

interface Input {
  SecretId: string;
  RecoveryWindowInDays?: number;
  ForceDeleteWithoutRecovery?: boolean;
}

const DAY_MS = 86_400_000;

export const deleteSecret = defineSecretsOperation<Input, { ARN?: string; Name: string; DeletionDate: Date }, { secret?: Secret }>({
  name: 'DeleteSecret',
  action: 'secretsmanager:DeleteSecret',
  summary: 'Schedules a secret for deletion after a recovery window of 7-30 days, or deletes it at once (ForceDeleteWithoutRecovery).',
  input: struct(
    {
      SecretId: secretIdShape,
      RecoveryWindowInDays: int({ doc: 'Days (7-30) before the secret is deleted; default 30' }),
      ForceDeleteWithoutRecovery: bool('Delete the secret at once, without a recovery window'),
    },
    ['SecretId'],
  ),
  check(input) {
    if (input.ForceDeleteWithoutRecovery && input.RecoveryWindowInDays !== undefined)
      throw new AwsError('InvalidParameterException', "You can't use ForceDeleteWithoutRecovery in conjunction with RecoveryWindowInDays.");
    const days = input.RecoveryWindowInDays;
    if (days !== undefined && (days < 7 || days > 30))
      throw new AwsError('InvalidParameterException', 'The RecoveryWindowInDays value must be between 7 and 30 days (inclusive).');
  },
  resources: {
    secret: {
      resolve(ctx, input) {
        const secret = lookupSecret(ctx.regionState, input.SecretId);
        if (!secret) {
          if (input.ForceDeleteWithoutRecovery) return undefined; // authorized on `*`, answered without an error
          throw new AwsError('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
        }
        ctx.resources.push(secret.arn);
        return { arn: secret.arn, value: secret };
      },
    },
  },
  async run(ctx, input, { secret }) {
    const now = ctx.clock.nowMs();
    if (input.ForceDeleteWithoutRecovery) {
      if (secret) delete ctx.regionState.secrets[secret.arn];
      return { ARN: secret?.arn, Name: secret?.name ?? input.SecretId, DeletionDate: new Date(now) };
    }
    requireNotDeleted(secret!, 'delete');
    secret!.deletionMs = now + (input.RecoveryWindowInDays ?? 30) * DAY_MS;
    return { ARN: secret!.arn, Name: secret!.name, DeletionDate: new Date(secret!.deletionMs) };
  },
});
