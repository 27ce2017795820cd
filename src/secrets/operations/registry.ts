/**
 * The one list of Secrets Manager operations: dispatch (cloud.call, the wire), `aws secretsmanager`
 * commands and IAM action names. Sorted by name; one import per operation file.
 */
import type { SecretsOperation } from '@/secrets/context';
import { createSecret } from './create-secret';
import { deleteSecret } from './delete-secret';
import { describeSecret } from './describe-secret';
import { getSecretValue } from './get-secret-value';
import { listSecrets } from './list-secrets';
import { putSecretValue } from './put-secret-value';
import { restoreSecret } from './restore-secret';
import { updateSecret } from './update-secret';

/** The operations by name, one row each (docs/adding-an-operation.md); `cloud.call` is typed from it. */
export const secretsRegistry = {
  CreateSecret: createSecret,
  DeleteSecret: deleteSecret,
  DescribeSecret: describeSecret,
  GetSecretValue: getSecretValue,
  ListSecrets: listSecrets,
  PutSecretValue: putSecretValue,
  RestoreSecret: restoreSecret,
  UpdateSecret: updateSecret,
} satisfies Record<string, SecretsOperation>;
