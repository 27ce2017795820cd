/**
 * AWS Secrets Manager, declared once (src/cloud/service.ts). Its operations (src/secrets) call KMS
 * on the caller's behalf (GenerateDataKey on write, Decrypt on read), so Event history shows the
 * KMS calls it made with invokedBy secretsmanager.amazonaws.com. It loads on its first call, so the
 * browser's first screen does not carry it (README "Budgets").
 */
import { dict } from '@/core';
import type { createSecretsContext } from '@/secrets/context';
import type { SecretsState } from '@/secrets/model/secret';
import { defineService, type Registry, type ServiceEnv, type ServiceRuntime, type StatePart } from '@/cloud/service';

export const secretsState: StatePart<SecretsState> = {
  key: 'secretsmanager',
  // Written here rather than imported, so the first screen carries no Secrets Manager module.
  empty: () => ({ regions: dict() }),
  async lifecycle({ part, to, random }) {
    return (await import('@/secrets/lifecycle')).secretsLifecycle(part, to, random);
  },
};

/** The runtime: the operations, with the context of src/secrets/context.ts. */
export function secretsRuntime<Reg extends Registry>(registry: Reg, create: typeof createSecretsContext): ServiceRuntime<Reg> {
  const context = (env: ServiceEnv<SecretsState>) =>
    create({
      state: env.part,
      region: env.region,
      clock: env.clock,
      random: env.random,
      caller: env.caller,
      resources: env.resources,
      callKms: (operation, input) => env.callOnBehalf({ service: 'kms', operation, input }),
    });
  return { registry, context };
}

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
    const [{ secretsRegistry }, { createSecretsContext }] = await Promise.all([import('@/secrets/operations/registry'), import('@/secrets/context')]);
    return secretsRuntime(secretsRegistry, createSecretsContext);
  },
});
