/** KeyMetadata as DescribeKey and CreateKey return it (docs/aws-behaviour.md, "Key metadata and key states"). */
import { ACCOUNT_ID } from '@/core';
import type { KmsKey } from './key';
import { keyAlgorithms } from './key-specs';

export function keyMetadata(key: KmsKey) {
  const current = key.materials.find((m) => m.id === key.currentMaterialId);
  return {
    AWSAccountId: ACCOUNT_ID,
    KeyId: key.keyId,
    Arn: key.arn,
    CreationDate: new Date(key.creationMs),
    Enabled: key.keyState === 'Enabled',
    Description: key.description,
    KeyUsage: key.keyUsage,
    KeyState: key.keyState,
    DeletionDate: key.keyState === 'PendingDeletion' && key.deletionMs !== undefined ? new Date(key.deletionMs) : undefined,
    ValidTo: key.origin === 'EXTERNAL' && current?.validToMs !== undefined ? new Date(current.validToMs) : undefined,
    Origin: key.origin,
    CustomKeyStoreId: key.customKeyStoreId,
    CloudHsmClusterId: key.cloudHsmClusterId,
    ExpirationModel: key.origin === 'EXTERNAL' ? current?.expirationModel : undefined,
    KeyManager: key.keyManager,
    CustomerMasterKeySpec: key.keySpec,
    KeySpec: key.keySpec,
    ...keyAlgorithms(key.keySpec, key.keyUsage),
    MultiRegion: false,
    // KMS reports the current material only for symmetric keys whose material it holds (AWS_KMS, EXTERNAL).
    CurrentKeyMaterialId: key.origin === 'AWS_CLOUDHSM' || key.keySpec !== 'SYMMETRIC_DEFAULT' ? undefined : key.currentMaterialId,
  };
}
