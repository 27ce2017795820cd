/**
 * The AWS documentation pages the questions and facts rest on, by id, with the page's title.
 * A question names the pages (`docs`) and the explanation links them. Every address was taken
 * from AWS's own pages or from the links in botocore's service models (KMS, ACM, Private CA,
 * S3, EC2, RDS, Secrets Manager, CloudTrail), and every page was read for the fact it supports.
 * Content data: one list, longer than 300 lines would be artificial to split, so it is not.
 */

const KMS = 'https://docs.aws.amazon.com/kms/latest/developerguide/';
const KMS_API = 'https://docs.aws.amazon.com/kms/latest/APIReference/';
const ACM = 'https://docs.aws.amazon.com/acm/latest/userguide/';
const PCA = 'https://docs.aws.amazon.com/privateca/latest/userguide/';

const page = (url: string, title: string) => ({ url, title });

export const DOCS = {
  // KMS developer guide
  kmsConcepts: page(`${KMS}concepts.html`, 'AWS KMS concepts'),
  kmsCryptography: page(`${KMS}kms-cryptography.html`, 'AWS KMS cryptography essentials'),
  createKeys: page(`${KMS}create-keys.html`, 'Create a KMS key'),
  keyPolicies: page(`${KMS}key-policies.html`, 'Key policies in AWS KMS'),
  keyPolicyDefault: page(`${KMS}key-policy-default.html`, 'Default key policy'),
  keyPolicyModifying: page(`${KMS}key-policy-modifying.html`, 'Change a key policy'),
  crossAccount: page(`${KMS}key-policy-modifying-external-accounts.html`, 'Allowing users in other accounts to use a KMS key'),
  iamPolicies: page(`${KMS}iam-policies.html`, 'IAM policies for AWS KMS'),
  customerManagedPolicies: page(`${KMS}customer-managed-policies.html`, 'Customer managed policy examples'),
  apiPermissions: page(`${KMS}kms-api-permissions-reference.html`, 'AWS KMS permissions reference'),
  conditionsKms: page(`${KMS}conditions-kms.html`, 'AWS KMS condition keys'),
  vpceConditions: page(`${KMS}vpce-policy-condition.html`, 'Use VPC endpoints to control access to AWS KMS resources'),
  abac: page(`${KMS}abac.html`, 'ABAC for AWS KMS'),
  aliasAccess: page(`${KMS}alias-access.html`, 'Use aliases to control access to KMS keys'),
  aliases: page(`${KMS}kms-alias.html`, 'Aliases in AWS KMS'),
  tagging: page(`${KMS}tagging-keys.html`, 'Tags in AWS KMS'),
  grants: page(`${KMS}grants.html`, 'Grants in AWS KMS'),
  grantToken: page(`${KMS}using-grant-token.html`, 'Using a grant token'),
  grantDelete: page(`${KMS}grant-delete.html`, 'Retiring and revoking grants'),
  encryptionContext: page(`${KMS}encrypt_context.html`, 'Encryption context'),
  symmetricAsymmetric: page(`${KMS}symmetric-asymmetric.html`, 'Asymmetric keys in AWS KMS'),
  keySpecs: page(`${KMS}symm-asymm-choose-key-spec.html`, 'Key spec reference'),
  hmac: page(`${KMS}hmac.html`, 'HMAC keys in AWS KMS'),
  mldsa: page(`${KMS}mldsa.html`, 'ML-DSA keys in AWS KMS'),
  offline: page(`${KMS}offline-operations.html`, 'Offline operations with public keys'),
  attestation: page(`${KMS}cryptographic-attestation.html`, 'Cryptographic attestation support in AWS KMS'),
  multiRegion: page(`${KMS}multi-region-keys-overview.html`, 'Multi-Region keys in AWS KMS'),
  multiRegionDelete: page(`${KMS}multi-region-keys-delete.html`, 'Delete multi-Region keys'),
  multiRegionUpdate: page(`${KMS}multi-region-update.html`, 'Change the primary key in a set of multi-Region keys'),
  keyStores: page(`${KMS}key-store-overview.html`, 'Key stores'),
  cloudhsmStore: page(`${KMS}keystore-cloudhsm.html`, 'AWS CloudHSM key stores'),
  createCloudhsmStore: page(`${KMS}create-keystore.html`, 'Create an AWS CloudHSM key store'),
  externalStore: page(`${KMS}keystore-external.html`, 'External key stores'),
  xksConnectivity: page(`${KMS}choose-xks-connectivity.html`, 'Choose an external key store proxy connectivity option'),
  xksKeys: page(`${KMS}create-xks-keys.html`, 'Create a KMS key in external key stores'),
  xksTroubleshooting: page(`${KMS}xks-troubleshooting.html`, 'Troubleshooting external key stores'),
  keyState: page(`${KMS}key-state.html`, 'Key states of AWS KMS keys'),
  enablingKeys: page(`${KMS}enabling-keys.html`, 'Enable and disable keys'),
  deletingKeys: page(`${KMS}deleting-keys.html`, 'Delete an AWS KMS key'),
  scheduleDeletion: page(`${KMS}deleting-keys-scheduling-key-deletion.html`, 'Schedule key deletion'),
  importingKeys: page(`${KMS}importing-keys.html`, 'Importing key material for AWS KMS keys'),
  importConcepts: page(`${KMS}importing-keys-conceptual.html`, 'About imported key material'),
  importToken: page(`${KMS}importing-keys-get-public-key-and-token.html`, 'Download the wrapping public key and import token'),
  rotateKeys: page(`${KMS}rotate-keys.html`, 'Rotate AWS KMS keys'),
  rotateOnDemand: page(`${KMS}rotating-keys-on-demand.html`, 'Perform on-demand key rotation'),
  rotateManually: page(`${KMS}rotate-keys-manually.html`, 'Rotate keys manually'),
  resourceQuotas: page(`${KMS}resource-limits.html`, 'AWS KMS resource quotas'),
  requestQuotas: page(`${KMS}requests-per-second.html`, 'AWS KMS request quotas'),
  throttling: page(`${KMS}throttling.html`, 'Throttling AWS KMS requests'),
  monitoringCloudwatch: page(`${KMS}monitoring-cloudwatch.html`, 'Monitor KMS keys with Amazon CloudWatch'),
  accessingKms: page(`${KMS}accessing-kms.html`, 'Accessing AWS KMS (eventual consistency)'),
  // KMS API reference
  apiEncrypt: page(`${KMS_API}API_Encrypt.html`, 'Encrypt (AWS KMS API Reference)'),
  apiDecrypt: page(`${KMS_API}API_Decrypt.html`, 'Decrypt (AWS KMS API Reference)'),
  apiReEncrypt: page(`${KMS_API}API_ReEncrypt.html`, 'ReEncrypt (AWS KMS API Reference)'),
  apiGenerateDataKey: page(`${KMS_API}API_GenerateDataKey.html`, 'GenerateDataKey (AWS KMS API Reference)'),
  apiGenerateDataKeyWithoutPlaintext: page(`${KMS_API}API_GenerateDataKeyWithoutPlaintext.html`, 'GenerateDataKeyWithoutPlaintext (AWS KMS API Reference)'),
  apiGenerateDataKeyPair: page(`${KMS_API}API_GenerateDataKeyPair.html`, 'GenerateDataKeyPair (AWS KMS API Reference)'),
  apiCreateKey: page(`${KMS_API}API_CreateKey.html`, 'CreateKey (AWS KMS API Reference)'),
  apiPutKeyPolicy: page(`${KMS_API}API_PutKeyPolicy.html`, 'PutKeyPolicy (AWS KMS API Reference)'),
  apiCreateGrant: page(`${KMS_API}API_CreateGrant.html`, 'CreateGrant (AWS KMS API Reference)'),
  apiSign: page(`${KMS_API}API_Sign.html`, 'Sign (AWS KMS API Reference)'),
  apiEnableKeyRotation: page(`${KMS_API}API_EnableKeyRotation.html`, 'EnableKeyRotation (AWS KMS API Reference)'),
  apiRotateKeyOnDemand: page(`${KMS_API}API_RotateKeyOnDemand.html`, 'RotateKeyOnDemand (AWS KMS API Reference)'),
  apiGetKeyRotationStatus: page(`${KMS_API}API_GetKeyRotationStatus.html`, 'GetKeyRotationStatus (AWS KMS API Reference)'),
  apiImportKeyMaterial: page(`${KMS_API}API_ImportKeyMaterial.html`, 'ImportKeyMaterial (AWS KMS API Reference)'),
  apiDeleteImportedKeyMaterial: page(`${KMS_API}API_DeleteImportedKeyMaterial.html`, 'DeleteImportedKeyMaterial (AWS KMS API Reference)'),
  apiReplicateKey: page(`${KMS_API}API_ReplicateKey.html`, 'ReplicateKey (AWS KMS API Reference)'),
  apiScheduleKeyDeletion: page(`${KMS_API}API_ScheduleKeyDeletion.html`, 'ScheduleKeyDeletion (AWS KMS API Reference)'),
  apiGetKeyLastUsage: page(`${KMS_API}API_GetKeyLastUsage.html`, 'GetKeyLastUsage (AWS KMS API Reference)'),
  apiUpdateAlias: page(`${KMS_API}API_UpdateAlias.html`, 'UpdateAlias (AWS KMS API Reference)'),
  // Pricing
  kmsPricing: page('https://aws.amazon.com/kms/pricing/', 'AWS Key Management Service pricing'),
  acmPricing: page('https://aws.amazon.com/certificate-manager/pricing/', 'AWS Certificate Manager pricing'),
  pcaPricing: page(`${PCA}PcaPricing.html`, 'AWS Private CA pricing'),
  // Encryption SDK
  esdkConcepts: page('https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/concepts.html', 'AWS Encryption SDK concepts'),
  esdkCaching: page('https://docs.aws.amazon.com/encryption-sdk/latest/developer-guide/data-key-caching.html', 'AWS Encryption SDK data key caching'),
  // Services that use KMS
  s3SseKms: page('https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html', 'Using server-side encryption with AWS KMS keys (SSE-KMS)'),
  s3BucketKey: page('https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html', 'Reducing the cost of SSE-KMS with Amazon S3 Bucket Keys'),
  s3DefaultEncryption: page(
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html',
    'Setting default server-side encryption for S3 buckets',
  ),
  ebsEncryption: page('https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html', 'Amazon EBS encryption'),
  ebsShareSnapshot: page('https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modifying-snapshot-permissions.html', 'Share an Amazon EBS snapshot'),
  ebsCopySnapshot: page('https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html', 'Copy an Amazon EBS snapshot'),
  amiEncryption: page('https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/AMIEncryption.html', 'Use encryption with EBS-backed AMIs'),
  rdsEncryption: page('https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html', 'Encrypting Amazon RDS resources'),
  rdsCopySnapshot: page('https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html', 'Copying a DB snapshot for Amazon RDS'),
  secretsEncryption: page(
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html',
    'Secret encryption and decryption in AWS Secrets Manager',
  ),
  secretsChangeKey: page(
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_update-encryption-key.html',
    'Change the encryption key for a Secrets Manager secret',
  ),
  secretsCrossAccount: page(
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples_cross.html',
    'Access Secrets Manager secrets from a different account',
  ),
  cloudtrailSseKms: page(
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
    'Encrypting CloudTrail log files with AWS KMS keys (SSE-KMS)',
  ),
  dynamodbEncryption: page('https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html', 'DynamoDB encryption at rest'),
  // IAM, Organizations and detective services
  policyEvaluation: page('https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html', 'IAM policy evaluation logic'),
  accessAnalyzer: page('https://docs.aws.amazon.com/IAM/latest/UserGuide/what-is-access-analyzer.html', 'What is IAM Access Analyzer?'),
  scps: page('https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html', 'Service control policies (SCPs)'),
  configRotationRule: page(
    'https://docs.aws.amazon.com/config/latest/developerguide/cmk-backing-key-rotation-enabled.html',
    'AWS Config rule cmk-backing-key-rotation-enabled',
  ),
  securityHubKms: page('https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html', 'Security Hub controls for AWS KMS'),
  // ACM
  acmConcepts: page(`${ACM}acm-concepts.html`, 'AWS Certificate Manager concepts'),
  acmCharacteristics: page(`${ACM}acm-certificate-characteristics.html`, 'ACM certificate characteristics'),
  acmServices: page(`${ACM}acm-services.html`, 'Services integrated with ACM'),
  acmRegions: page(`${ACM}acm-regions.html`, 'Supported Regions (ACM)'),
  acmDnsValidation: page(`${ACM}dns-validation.html`, 'AWS Certificate Manager DNS validation'),
  acmEmailValidation: page(`${ACM}email-validation.html`, 'AWS Certificate Manager email validation'),
  acmHttpValidation: page('https://docs.aws.amazon.com/acm/latest/APIReference/API_HttpRedirect.html', 'HttpRedirect (ACM API Reference)'),
  acmCaa: page(`${ACM}setup-caa.html`, '(Optional) Configure a CAA record'),
  acmRenewal: page(`${ACM}acm-renewal.html`, 'Managed certificate renewal in AWS Certificate Manager'),
  acmImport: page(`${ACM}import-certificate.html`, 'Import certificates into AWS Certificate Manager'),
  acmExportable: page(`${ACM}acm-exportable-certificates.html`, 'AWS Certificate Manager exportable public certificates'),
  acmLimits: page(`${ACM}acm-limits.html`, 'Quotas (ACM)'),
  acmTroubleshootFailed: page(`${ACM}troubleshooting-failed.html`, 'Troubleshoot failed certificate requests'),
  acmAcmeEndpoints: page(`${ACM}acm-acme-endpoints.html`, 'ACME endpoints'),
  acmAcmeIssuance: page(`${ACM}acm-acme-issuance.html`, 'Issuing certificates through ACME'),
  acmAcmeDomainValidation: page(`${ACM}acm-acme-domain-validation.html`, 'ACME domain validation'),
  cloudfrontHttps: page(
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cnames-and-https-requirements.html',
    'Requirements for using SSL/TLS certificates with CloudFront',
  ),
  apigwCustomDomains: page(
    'https://aws.amazon.com/premiumsupport/knowledge-center/custom-domain-name-amazon-api-gateway/',
    'How do I define a custom domain name for my API Gateway API?',
  ),
  // AWS Private CA
  pcaModes: page(`${PCA}short-lived-certificates.html`, 'Understand AWS Private CA CA modes'),
  pcaWelcome: page(`${PCA}PcaWelcome.html`, 'What is AWS Private CA?'),
  pcaRam: page(`${PCA}pca-ram.html`, 'Use AWS RAM to share your AWS Private CA cross-account'),
} as const;

export type DocId = keyof typeof DOCS;
