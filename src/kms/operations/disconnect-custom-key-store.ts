/**
 * DisconnectCustomKeyStore: https://docs.aws.amazon.com/kms/latest/APIReference/API_DisconnectCustomKeyStore.html
 * Disconnects a CloudHSM key store from its cluster: its KMS keys become Unavailable (every
 * cryptographic operation fails with "<ARN> is unavailable.") until the store is connected again;
 * a key already pending deletion stays PendingDeletion. The state each key had is remembered.
 * Disconnecting a store that is not connected is CustomKeyStoreInvalidStateException.
 * Simplified: the disconnection completes at once (no DISCONNECTING).
 */
import { AwsError, type OperationBody } from '@/core';
import type { KmsContext } from '@/kms/context';
import { findCustomKeyStore } from './connect-custom-key-store';

/** Its head is in custom-key-store-rows.ts (the registry's row). */
export const disconnectCustomKeyStore: OperationBody<KmsContext, { CustomKeyStoreId: string }, Record<string, never>, Record<string, never>> = {
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
};
