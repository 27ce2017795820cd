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
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { keyIdOrArnShape } from './common-shapes';

export const disableKey = defineKmsOperation<{ KeyId: string }, object, OneKey>({
  name: 'DisableKey',
  action: 'kms:DisableKey',
  summary: 'Disables a KMS key so it cannot be used until it is enabled again.',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.enableDisable, changes: true }) },
  input: struct({ KeyId: keyIdOrArnShape }, ['KeyId']),
  async run(ctx, input, { key }) {
    if (key.keyState === 'Enabled') key.keyState = 'Disabled';
    return {};
  },
});
