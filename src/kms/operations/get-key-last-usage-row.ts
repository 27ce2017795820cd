/**
 * GetKeyLastUsage as the registry holds it: a lazy row (core/operation.ts `lazyOperation`) whose
 * body (get-key-last-usage.ts) loads on the first call, off the first screen.
 */
import { lazyOperation, struct } from '@/core';
import type { KmsContext, OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { keyIdOrArnShape } from './common-shapes';
import type { GetKeyLastUsageInput, GetKeyLastUsageOutput } from './get-key-last-usage';

export const getKeyLastUsageRow = lazyOperation<KmsContext, GetKeyLastUsageInput, GetKeyLastUsageOutput, OneKey>(
  {
    name: 'GetKeyLastUsage',
    action: 'kms:GetKeyLastUsage',
    readOnly: true,
    summary: 'Shows when a KMS key was last used, and how.',
    input: struct({ KeyId: keyIdOrArnShape }, ['KeyId']),
    resources: { key: keyNamedBy<GetKeyLastUsageInput>('KeyId', { forms: 'id-or-arn', states: KEY_STATES.any }) },
  },
  () => import('./get-key-last-usage').then((m) => m.getKeyLastUsage),
);
