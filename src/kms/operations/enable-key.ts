/**
 * EnableKey: https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKey.html
 * Disabled -> Enabled, so the key can be used in cryptographic operations again; enabling an
 * enabled key changes nothing. A key pending import or pending deletion cannot be enabled
 * (the key-state table answers). AWS managed keys cannot be enabled or disabled.
 * No automatic rotation happens while a key is disabled; if its rotation date passed
 * meanwhile, enabling it rotates the key material at once (lifecycle/rotation.ts).
 * Simplified: on an Unavailable key (disconnected key store) AWS records the wish and applies
 * it on reconnection; the lab leaves the key Unavailable and records nothing. The catch-up
 * rotation is not written to the event history as a separate RotateKey service event.
 */
import { struct } from '@/core';
import { defineKmsOperation, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { rotateIfOverdue } from '@/kms/lifecycle/rotation';
import { keyIdOrArnShape } from './common-shapes';

export const enableKey = defineKmsOperation<{ KeyId: string }, object, OneKey>({
  name: 'EnableKey',
  action: 'kms:EnableKey',
  summary: 'Enables a disabled KMS key so it can be used again.',
  resources: { key: keyNamedBy('KeyId', { forms: 'id-or-arn', states: KEY_STATES.enableDisable, changes: true }) },
  input: struct({ KeyId: keyIdOrArnShape }, ['KeyId']),
  async run(ctx, input, { key }) {
    if (key.keyState !== 'Disabled') return {};
    key.keyState = 'Enabled';
    await rotateIfOverdue(ctx.env, key);
    return {};
  },
});
