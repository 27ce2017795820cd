/**
 * The custom key store operations as the registry holds them: lazy rows (core/operation.ts
 * `lazyOperation`), like the grant operations (grant-rows.ts). Each row holds the operation's head
 * (name, IAM action, summary, input shape); its run function is in its own file
 * (create-custom-key-store.ts ...), and the four files load together (custom-key-store-ops.ts) on
 * the first call of any of them, off the first screen (README "Budgets").
 */
import { lazyOperation, str, struct } from '@/core';
import type { KmsContext } from '@/kms/context';
import { limitShape, markerShape } from './common-shapes';
import type { CreateCustomKeyStoreInput } from './create-custom-key-store';
import type { DescribeCustomKeyStoresInput, DescribeCustomKeyStoresOutput } from './describe-custom-key-stores';

type None = Record<string, never>;
type StoreId = { CustomKeyStoreId: string };

const storeIdInput = () => struct({ CustomKeyStoreId: str({ min: 1, max: 64, doc: 'The custom key store' }) }, ['CustomKeyStoreId']);
const ops = () => import('./custom-key-store-ops');

export const connectCustomKeyStoreRow = lazyOperation<KmsContext, StoreId, None, None>(
  {
    name: 'ConnectCustomKeyStore',
    action: 'kms:ConnectCustomKeyStore',
    summary: 'Connects a custom key store to its CloudHSM cluster; its keys become usable.',
    input: storeIdInput(),
  },
  () => ops().then((m) => m.connectCustomKeyStore),
);

export const createCustomKeyStoreRow = lazyOperation<KmsContext, CreateCustomKeyStoreInput, StoreId, None>(
  {
    name: 'CreateCustomKeyStore',
    action: 'kms:CreateCustomKeyStore',
    summary: 'Creates a custom key store backed by an AWS CloudHSM cluster (simulated).',
    input: struct(
      {
        CustomKeyStoreName: str({ min: 1, max: 256, doc: 'Name of the key store, unique in the account and Region' }),
        CloudHsmClusterId: str({ min: 19, max: 24, doc: 'CloudHSM cluster id (cluster-...)' }),
        TrustAnchorCertificate: str({ min: 1, max: 5000, doc: 'Content of the cluster trust anchor certificate (customerCA.crt), PEM' }),
        // Sensitive: never recorded, and validation errors do not echo it.
        KeyStorePassword: str({ min: 7, max: 32, sensitive: true, doc: 'Password of the kmsuser crypto user in the cluster (7-32 characters)' }),
        CustomKeyStoreType: str({ enum: ['AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'], doc: 'AWS_CLOUDHSM (default)' }),
      },
      ['CustomKeyStoreName'],
    ),
  },
  () => ops().then((m) => m.createCustomKeyStore),
);

export const describeCustomKeyStoresRow = lazyOperation<KmsContext, DescribeCustomKeyStoresInput, DescribeCustomKeyStoresOutput, None>(
  {
    name: 'DescribeCustomKeyStores',
    action: 'kms:DescribeCustomKeyStores',
    readOnly: true,
    summary: 'Shows the custom key stores of the Region and whether they are connected.',
    input: struct({
      CustomKeyStoreId: str({ min: 1, max: 64, doc: 'Only this key store' }),
      CustomKeyStoreName: str({ min: 1, max: 256, doc: 'Only the key store with this name' }),
      Limit: limitShape(1000),
      Marker: markerShape,
    }),
  },
  () => ops().then((m) => m.describeCustomKeyStores),
);

export const disconnectCustomKeyStoreRow = lazyOperation<KmsContext, StoreId, None, None>(
  {
    name: 'DisconnectCustomKeyStore',
    action: 'kms:DisconnectCustomKeyStore',
    summary: 'Disconnects a custom key store from its CloudHSM cluster; its keys become Unavailable.',
    input: storeIdInput(),
  },
  () => ops().then((m) => m.disconnectCustomKeyStore),
);
