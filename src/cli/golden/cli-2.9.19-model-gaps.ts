/**
 * What the AWS CLI 2.9.19 of Debian (early 2023) does not know, compared with the current
 * KMS model the lab follows. That CLI's botocore model silently drops response members it
 * does not model, and lacks newer commands and options. The golden test runs the lab's shell
 * with exactly these gaps (shell option `aws.modelGaps`) and ignores nothing else.
 * Checked against /usr/lib/python3/dist-packages/awscli/botocore/data/kms/2014-11-01/service-2.json.
 */
import type { ModelGaps } from '@/cli/shell/types';

export const CLI_2_9_19_MODEL_GAPS: ModelGaps = {
  outputFields: {
    CreateKey: ['KeyMetadata.CurrentKeyMaterialId'],
    DescribeKey: ['KeyMetadata.CurrentKeyMaterialId'],
    Decrypt: ['KeyMaterialId'],
    ReEncrypt: ['SourceKeyMaterialId', 'DestinationKeyMaterialId'],
    GenerateDataKey: ['KeyMaterialId'],
    GenerateDataKeyWithoutPlaintext: ['KeyMaterialId'],
    // 2.9.19's GetKeyRotationStatusResponse has only KeyRotationEnabled.
    GetKeyRotationStatus: ['KeyId', 'RotationPeriodInDays', 'NextRotationDate', 'OnDemandRotationStartDate'],
    GetKeyPolicy: ['PolicyName'],
    // 2.9.19's ImportKeyMaterialResponse and DeleteImportedKeyMaterial have no members.
    ImportKeyMaterial: ['KeyId', 'KeyMaterialId'],
    DeleteImportedKeyMaterial: ['KeyId', 'KeyMaterialId'],
    GetPublicKey: ['KeyAgreementAlgorithms'],
    GenerateDataKeyPair: ['KeyMaterialId'],
    GenerateDataKeyPairWithoutPlaintext: ['KeyMaterialId'],
  },
  inputMembers: {
    Encrypt: ['DryRun'],
    Decrypt: ['DryRun', 'DryRunModifiers'],
    ReEncrypt: ['DryRun', 'DryRunModifiers'],
    GenerateDataKey: ['DryRun'],
    GenerateDataKeyWithoutPlaintext: ['DryRun'],
    EnableKeyRotation: ['RotationPeriodInDays'],
    ImportKeyMaterial: ['ImportType', 'KeyMaterialDescription', 'KeyMaterialId'],
    DeleteImportedKeyMaterial: ['KeyMaterialId'],
    Sign: ['DryRun'],
    Verify: ['DryRun'],
    GenerateMac: ['DryRun'],
    VerifyMac: ['DryRun'],
    GenerateDataKeyPair: ['DryRun'],
    GenerateDataKeyPairWithoutPlaintext: ['DryRun'],
    CreateGrant: ['DryRun', 'GranteeServicePrincipal', 'RetiringServicePrincipal'],
    ListGrants: ['GranteeServicePrincipal'],
    ListRetirableGrants: ['RetiringServicePrincipal'],
    RetireGrant: ['DryRun'],
    RevokeGrant: ['DryRun'],
  },
  commands: {
    kms: ['derive-shared-secret', 'get-key-last-usage', 'list-key-rotations', 'rotate-key-on-demand'],
  },
};
