/**
 * The one list of KMS operations. It drives dispatch (cloud.call and the wire protocol),
 * the CLI's `aws kms` subcommands and help, and the IAM action names.
 * Keep it sorted by name; one import per operation file.
 */
import type { KmsOperation } from '../context';
import { cancelKeyDeletion } from './cancel-key-deletion';
import { createAlias } from './create-alias';
import { deleteAlias } from './delete-alias';
import { disableKey } from './disable-key';
import { enableKey } from './enable-key';
import { getKeyPolicy } from './get-key-policy';
import { listAliases } from './list-aliases';
import { listKeyPolicies } from './list-key-policies';
import { listResourceTags } from './list-resource-tags';
import { putKeyPolicy } from './put-key-policy';
import { scheduleKeyDeletion } from './schedule-key-deletion';
import { tagResource } from './tag-resource';
import { untagResource } from './untag-resource';
import { updateAlias } from './update-alias';
import { updateKeyDescription } from './update-key-description';
import { createKey } from './create-key';
import { decrypt } from './decrypt';
import { describeKey } from './describe-key';
import { encrypt } from './encrypt';
import { listKeys } from './list-keys';
import { connectCustomKeyStore } from './connect-custom-key-store';
import { createCustomKeyStore } from './create-custom-key-store';
import { deleteImportedKeyMaterial } from './delete-imported-key-material';
import { describeCustomKeyStores } from './describe-custom-key-stores';
import { disableKeyRotation } from './disable-key-rotation';
import { disconnectCustomKeyStore } from './disconnect-custom-key-store';
import { enableKeyRotation } from './enable-key-rotation';
import { generateDataKey } from './generate-data-key';
import { generateDataKeyWithoutPlaintext } from './generate-data-key-without-plaintext';
import { generateRandom } from './generate-random';
import { getKeyRotationStatus } from './get-key-rotation-status';
import { getParametersForImport } from './get-parameters-for-import';
import { importKeyMaterial } from './import-key-material';
import { listKeyRotations } from './list-key-rotations';
import { reEncrypt } from './re-encrypt';
import { rotateKeyOnDemand } from './rotate-key-on-demand';

export const kmsOperations: KmsOperation[] = [
  cancelKeyDeletion,
  createAlias,
  deleteAlias,
  disableKey,
  enableKey,
  getKeyPolicy,
  listAliases,
  listKeyPolicies,
  listResourceTags,
  putKeyPolicy,
  scheduleKeyDeletion,
  tagResource,
  untagResource,
  updateAlias,
  updateKeyDescription,
  createKey,
  decrypt,
  describeKey,
  encrypt,
  listKeys,
  connectCustomKeyStore,
  createCustomKeyStore,
  deleteImportedKeyMaterial,
  describeCustomKeyStores,
  disableKeyRotation,
  disconnectCustomKeyStore,
  enableKeyRotation,
  generateDataKey,
  generateDataKeyWithoutPlaintext,
  generateRandom,
  getKeyRotationStatus,
  getParametersForImport,
  importKeyMaterial,
  listKeyRotations,
  reEncrypt,
  rotateKeyOnDemand,
].sort((a, b) => a.name.localeCompare(b.name));
