/**
 * The one list of KMS operations. It drives dispatch (cloud.call and the wire protocol),
 * the CLI's `aws kms` subcommands and help, and the IAM action names.
 * Keep it sorted by name; one import per operation file. The grant and custom key store operations are
 * lazy rows (grant-rows.ts, custom-key-store-rows.ts, get-key-last-usage-row.ts): their code loads on their first call, off
 * the first screen.
 */
import type { OperationRow } from '@/core';
import type { KmsContext } from '@/kms/context';
import { cancelKeyDeletion } from './cancel-key-deletion';
import { createAlias } from './create-alias';
import { connectCustomKeyStoreRow, createCustomKeyStoreRow, describeCustomKeyStoresRow, disconnectCustomKeyStoreRow } from './custom-key-store-rows';
import { createKey } from './create-key';
import { decrypt } from './decrypt';
import { deleteAlias } from './delete-alias';
import { deleteImportedKeyMaterial } from './delete-imported-key-material';
import { deriveSharedSecret } from './derive-shared-secret';
import { describeKey } from './describe-key';
import { disableKey } from './disable-key';
import { disableKeyRotation } from './disable-key-rotation';
import { enableKey } from './enable-key';
import { enableKeyRotation } from './enable-key-rotation';
import { encrypt } from './encrypt';
import { generateDataKey } from './generate-data-key';
import { generateDataKeyPair } from './generate-data-key-pair';
import { generateDataKeyPairWithoutPlaintext } from './generate-data-key-pair-without-plaintext';
import { generateDataKeyWithoutPlaintext } from './generate-data-key-without-plaintext';
import { generateMac } from './generate-mac';
import { generateRandom } from './generate-random';
import { createGrantRow, listGrantsRow, listRetirableGrantsRow, retireGrantRow, revokeGrantRow } from './grant-rows';
import { getKeyLastUsageRow } from './get-key-last-usage-row';
import { getKeyPolicy } from './get-key-policy';
import { getKeyRotationStatus } from './get-key-rotation-status';
import { getParametersForImport } from './get-parameters-for-import';
import { getPublicKey } from './get-public-key';
import { importKeyMaterial } from './import-key-material';
import { listAliases } from './list-aliases';
import { listKeyPolicies } from './list-key-policies';
import { listKeyRotations } from './list-key-rotations';
import { listKeys } from './list-keys';
import { listResourceTags } from './list-resource-tags';
import { putKeyPolicy } from './put-key-policy';
import { reEncrypt } from './re-encrypt';
import { rotateKeyOnDemand } from './rotate-key-on-demand';
import { scheduleKeyDeletion } from './schedule-key-deletion';
import { sign } from './sign';
import { tagResource } from './tag-resource';
import { untagResource } from './untag-resource';
import { updateAlias } from './update-alias';
import { updateKeyDescription } from './update-key-description';
import { verify } from './verify';
import { verifyMac } from './verify-mac';

/** The operations by name, one row each (docs/adding-an-operation.md); `cloud.call` is typed from it. */
export const kmsRegistry = {
  CancelKeyDeletion: cancelKeyDeletion,
  ConnectCustomKeyStore: connectCustomKeyStoreRow,
  CreateAlias: createAlias,
  CreateCustomKeyStore: createCustomKeyStoreRow,
  CreateGrant: createGrantRow,
  CreateKey: createKey,
  Decrypt: decrypt,
  DeleteAlias: deleteAlias,
  DeleteImportedKeyMaterial: deleteImportedKeyMaterial,
  DeriveSharedSecret: deriveSharedSecret,
  DescribeCustomKeyStores: describeCustomKeyStoresRow,
  DescribeKey: describeKey,
  DisableKey: disableKey,
  DisableKeyRotation: disableKeyRotation,
  DisconnectCustomKeyStore: disconnectCustomKeyStoreRow,
  EnableKey: enableKey,
  EnableKeyRotation: enableKeyRotation,
  Encrypt: encrypt,
  GenerateDataKey: generateDataKey,
  GenerateDataKeyPair: generateDataKeyPair,
  GenerateDataKeyPairWithoutPlaintext: generateDataKeyPairWithoutPlaintext,
  GenerateDataKeyWithoutPlaintext: generateDataKeyWithoutPlaintext,
  GenerateMac: generateMac,
  GenerateRandom: generateRandom,
  GetKeyLastUsage: getKeyLastUsageRow,
  GetKeyPolicy: getKeyPolicy,
  GetKeyRotationStatus: getKeyRotationStatus,
  GetParametersForImport: getParametersForImport,
  GetPublicKey: getPublicKey,
  ImportKeyMaterial: importKeyMaterial,
  ListAliases: listAliases,
  ListGrants: listGrantsRow,
  ListKeyPolicies: listKeyPolicies,
  ListKeyRotations: listKeyRotations,
  ListKeys: listKeys,
  ListResourceTags: listResourceTags,
  ListRetirableGrants: listRetirableGrantsRow,
  PutKeyPolicy: putKeyPolicy,
  ReEncrypt: reEncrypt,
  RetireGrant: retireGrantRow,
  RevokeGrant: revokeGrantRow,
  RotateKeyOnDemand: rotateKeyOnDemand,
  ScheduleKeyDeletion: scheduleKeyDeletion,
  Sign: sign,
  TagResource: tagResource,
  UntagResource: untagResource,
  UpdateAlias: updateAlias,
  UpdateKeyDescription: updateKeyDescription,
  Verify: verify,
  VerifyMac: verifyMac,
} satisfies Record<string, OperationRow<KmsContext>>;

export const kmsOperations: OperationRow<KmsContext>[] = Object.values(kmsRegistry);
