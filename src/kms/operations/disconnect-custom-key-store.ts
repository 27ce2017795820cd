/**
 * DisconnectCustomKeyStore: https://docs.aws.amazon.com/kms/latest/APIReference/API_DisconnectCustomKeyStore.html
 * Disconnects a CloudHSM key store from its cluster: its KMS keys become Unavailable (every
 * cryptographic operation fails with "<ARN> is unavailable.") until the store is connected again;
 * a key already pending deletion stays PendingDeletion. The state each key had is remembered.
 * Disconnecting a store that is not connected is CustomKeyStoreInvalidStateException.
 * Simplified: the disconnection completes at once (no DISCONNECTING).
 */
import { AwsError, str, struct } from '@/core';
import { defineKmsOperation } from '@/kms/context';
import { findCustomKeyStore } from './connect-custom-key-store';

export const disconnectCustomKeyStore = defineKmsOperation<{ CustomKeyStoreId: string }, Record<string, never>>({
  name: 'DisconnectCustomKeyStore',
  action: 'kms:DisconnectCustomKeyStore',
  summary: 'Disconnects a custom key store from its CloudHSM cluster; its keys become Unavailable.',
  input: struct({ CustomKeyStoreId: str({ min: 1, max: 64, doc: 'The custom key store' }) }, ['CustomKeyStoreId']),
  async run(ctx, input) {
    const store = findCustomKeyStore(ctx, input.CustomKeyStoreId);
    if (store.connectionState === 'DISCONNECTED' || store.connectionState === 'DISCONNECTING') {
      throw new AwsError('CustomKeyStoreInvalidStateException', `Custom key store ${store.customKeyStoreId} is not connected.`);
    }
    store.connectionState = 'DISCONNECTED';
    for (const key of Object.values(ctx.state.keys)) {
      if (key.customKeyStoreId !== store.customKeyStoreId) continue;
      if (key.keyState === 'Enabled' || key.keyState === 'Disabled') {
        key.stateBeforeUnavailable = key.keyState;
        key.keyState = 'Unavailable';
      }
    }
    return {};
  },
});
