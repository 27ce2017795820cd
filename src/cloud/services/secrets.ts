/**
 * AWS Secrets Manager, declared once (src/cloud/service.ts). Its operations (src/secrets) call KMS
 * on the caller's behalf (GenerateDataKey on write, Decrypt on read), so Event history shows the
 * KMS calls it made with invokedBy secretsmanager.amazonaws.com. It loads on its first call, so the
 * browser's first screen does not carry it (README "Budgets").
 */
import { dict } from '@/core';
import type { SecretsState } from '@/secrets/model/secret';
import { defineService, type StatePart } from '@/cloud/service';

export const secretsState: StatePart<SecretsState> = {
  key: 'secretsmanager',
  // Written here rather than imported, so the first screen carries no Secrets Manager module.
  empty: () => ({ regions: dict() }),
  async lifecycle({ part, to, random }) {
    return (await import('@/secrets/lifecycle')).secretsLifecycle(part, to, random);
  },
};

export const secretsService = defineService({
  name: 'secretsmanager',
  title: 'AWS Secrets Manager',
  eventSource: 'secretsmanager.amazonaws.com',
  validationCode: 'ValidationException',
  accessDenied: { code: 'AccessDeniedException' },
  wire: { targetPrefix: 'secretsmanager', signingName: 'secretsmanager' },
  cli: {
    tokens: { inputToken: 'NextToken', limitKey: 'MaxResults', outputToken: 'NextToken', moreResults: 'NextToken' },
    resultKeys: { ListSecrets: 'SecretList' },
  },
  trailResourceTypes: { 'secretsmanager:secret': 'AWS::SecretsManager::Secret' },
  state: secretsState,
  runtime: async () => {
    const [{ secretsRegistry }, { secretsContextOf }] = await Promise.all([import('@/secrets/operations/registry'), import('@/secrets/context')]);
    return { registry: secretsRegistry, context: secretsContextOf };
  },
});
