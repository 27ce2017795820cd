/**
 * DisableKey: https://docs.aws.amazon.com/kms/latest/APIReference/API_DisableKey.html
 * Enabled -> Disabled: the reversible way to stop all use of a key (cryptographic operations
 * then fail with DisabledException); disabling a disabled key changes nothing. A key pending
 * import or pending deletion cannot be disabled (the key-state table answers). AWS managed
 * keys cannot be enabled or disabled.
 * Simplified: on an Unavailable key (disconnected key store) AWS records the wish and applies
 * it on reconnection; the lab leaves the key Unavailable and records nothing.
 */
import { struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { assertCustomerManaged } from '@/kms/model/aws-managed-guard';
import { keyIdOrArnShape } from './common-shapes';

export const disableKey = defineKmsOperation<{ KeyId: string }, object>({
  name: 'DisableKey',
  action: 'kms:DisableKey',
  summary: 'Disables a KMS key so it cannot be used until it is enabled again.',
  key: { member: 'KeyId', forms: 'id-or-arn' },
  input: struct({ KeyId: keyIdOrArnShape }, ['KeyId']),
  async run(ctx) {
    assertCustomerManaged(ctx, 'kms:DisableKey');
    if (ctx.key.keyState === 'Enabled') ctx.key.keyState = 'Disabled';
    return {};
  },
});
