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
import { defineKmsOperation } from '@/kms/context';
import { rotateIfOverdue } from '@/kms/lifecycle/rotation';
import { assertCustomerManaged } from '@/kms/model/aws-managed-guard';
import { keyIdOrArnShape } from './common-shapes';

export const enableKey = defineKmsOperation<{ KeyId: string }, object>({
  name: 'EnableKey',
  action: 'kms:EnableKey',
  summary: 'Enables a disabled KMS key so it can be used again.',
  key: { member: 'KeyId', forms: 'id-or-arn' },
  input: struct({ KeyId: keyIdOrArnShape }, ['KeyId']),
  async run(ctx) {
    assertCustomerManaged(ctx, 'kms:EnableKey');
    if (ctx.key.keyState !== 'Disabled') return {};
    ctx.key.keyState = 'Enabled';
    await rotateIfOverdue(ctx.env, ctx.key);
    return {};
  },
});
