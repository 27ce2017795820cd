/**
 * ConnectCustomKeyStore: https://docs.aws.amazon.com/kms/latest/APIReference/API_ConnectCustomKeyStore.html
 * Connects a CloudHSM key store to its cluster. Its KMS keys leave Unavailable and return to
 * the state they had (Enabled or Disabled) when the store was disconnected. Connecting a
 * connected store is accepted and changes nothing.
 * Simplified: the connection completes at once (AWS goes through CONNECTING, up to 20 minutes)
 * and never FAILS.
 */
import { AwsError, own, type OperationBody } from '@/core';
import type { KmsContext } from '@/kms/context';

export function findCustomKeyStore(ctx: KmsContext, id: string) {
  const store = own(ctx.state.customKeyStores, id);
  if (!store) throw new AwsError('CustomKeyStoreNotFoundException', `Custom key store ${id} does not exist.`);
  return store;
}

/** Its head is in custom-key-store-rows.ts (the registry's row). */
export const connectCustomKeyStore: OperationBody<KmsContext, { CustomKeyStoreId: string }, Record<string, never>, Record<string, never>> = {
  async run(ctx, input) {
    const store = findCustomKeyStore(ctx, input.CustomKeyStoreId);
    if (store.connectionState === 'DISCONNECTING' || store.connectionState === 'FAILED') {
      throw new AwsError('CustomKeyStoreInvalidStateException', `Custom key store ${store.customKeyStoreId} is ${store.connectionState}.`);
    }
    store.connectionState = 'CONNECTED';
    for (const key of Object.values(ctx.state.keys)) {
      if (key.customKeyStoreId !== store.customKeyStoreId || key.keyState !== 'Unavailable') continue;
      key.keyState = key.stateBeforeUnavailable ?? 'Enabled';
      delete key.stateBeforeUnavailable;
    }
    return {};
  },
};
