/**
 * DescribeCustomKeyStores: https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeCustomKeyStores.html
 * Every custom key store of the Region (oldest first), or the one named by CustomKeyStoreId or
 * CustomKeyStoreName, with its ConnectionState. The kmsuser password is never returned.
 * Simplified: stores never fail to connect, so ConnectionErrorCode never appears.
 */
import { AwsError, paginate, type OperationBody } from '@/core';
import type { KmsContext } from '@/kms/context';
import type { CustomKeyStore } from '@/kms/model/key';

export interface DescribeCustomKeyStoresInput {
  CustomKeyStoreId?: string;
  CustomKeyStoreName?: string;
  Limit?: number;
  Marker?: string;
}

const describe = (s: CustomKeyStore) => ({
  CustomKeyStoreId: s.customKeyStoreId,
  CustomKeyStoreName: s.customKeyStoreName,
  CloudHsmClusterId: s.cloudHsmClusterId,
  TrustAnchorCertificate: s.trustAnchorCertificate,
  ConnectionState: s.connectionState,
  CreationDate: new Date(s.creationMs),
  CustomKeyStoreType: 'AWS_CLOUDHSM',
});

export type DescribeCustomKeyStoresOutput = { CustomKeyStores: ReturnType<typeof describe>[]; NextMarker?: string; Truncated: boolean };

/** Its head is in custom-key-store-rows.ts (the registry's row). */
export const describeCustomKeyStores: OperationBody<KmsContext, DescribeCustomKeyStoresInput, DescribeCustomKeyStoresOutput, Record<string, never>> = {
  async run(ctx, input) {
    if (input.CustomKeyStoreId !== undefined && input.CustomKeyStoreName !== undefined) {
      throw new AwsError('ValidationException', 'Specify either CustomKeyStoreId or CustomKeyStoreName, not both.');
    }
    let stores = Object.values(ctx.state.customKeyStores).sort((a, b) => a.creationMs - b.creationMs);
    if (input.CustomKeyStoreId !== undefined) {
      stores = stores.filter((s) => s.customKeyStoreId === input.CustomKeyStoreId);
      if (!stores.length) throw new AwsError('CustomKeyStoreNotFoundException', `Custom key store ${input.CustomKeyStoreId} does not exist.`);
    }
    if (input.CustomKeyStoreName !== undefined) {
      stores = stores.filter((s) => s.customKeyStoreName === input.CustomKeyStoreName);
      if (!stores.length) throw new AwsError('CustomKeyStoreNotFoundException', `Custom key store with name ${input.CustomKeyStoreName} does not exist.`);
    }
    const { page, NextMarker, Truncated } = paginate(stores, input.Limit ?? 100, input.Marker);
    return { CustomKeyStores: page.map(describe), NextMarker, Truncated };
  },
};
