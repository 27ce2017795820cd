/** Specialty facts: running KMS (monitoring, governance, pricing, quotas) and the services that use it (S3, EBS, RDS, Secrets Manager). */
import { rows } from './build';

export const OPERATIONS_FACTS = [
  ...rows('monitoring', [
    [
      'mon-cloudtrail',
      'CloudTrail records every KMS API call, including Encrypt and Decrypt made by AWS services for you, with the key ARN, the caller and the encryption context; a trail can leave KMS events out to save volume, at the cost of that audit trail.',
      ['encryptionContext', 'deletingKeys'],
      ['lab:break-it/denied-principal'],
    ],
    [
      'mon-eventbridge',
      'EventBridge rules on KMS events in CloudTrail (DisableKey, ScheduleKeyDeletion, PutKeyPolicy, CreateGrant) can notify or start automatic remediation within seconds.',
      ['deletingKeys', 'monitoringCloudwatch'],
    ],
    [
      'mon-config-hub',
      'AWS Config managed rules (for example cmk-backing-key-rotation-enabled) and Security Hub KMS controls report keys without rotation, keys pending deletion and policies that allow decryption too widely.',
      ['configRotationRule', 'securityHubKms'],
    ],
    [
      'mon-access-analyzer',
      'IAM Access Analyzer reports KMS keys whose key policy or grants give access to principals outside your account or organization.',
      ['accessAnalyzer'],
    ],
    [
      'mon-metrics',
      'KMS publishes CloudWatch metrics such as SecondsUntilKeyMaterialExpiration for imported material, external key store latency, errors and certificate expiry, and request usage against quotas.',
      ['monitoringCloudwatch', 'requestQuotas'],
    ],
  ]),
  ...rows('key-policies', [
    [
      'gov-scp',
      'Service control policies can deny KMS actions across an organization, for example ScheduleKeyDeletion or PutKeyPolicy for everyone but a break-glass role, or key creation without required tags; they limit the accounts, never grant.',
      ['scps', 'policyEvaluation'],
    ],
    [
      'gov-fips',
      'KMS protects keys in hardware security modules validated under FIPS 140-3 Security Level 3; CloudHSM is needed only when you must own and operate the HSMs yourself.',
      ['mldsa', 'cloudhsmStore'],
    ],
  ]),
  ...rows('cost-quotas', [
    [
      'qc-pricing',
      'A customer managed key costs a monthly fee (prorated by the hour; each multi-Region replica is a key too) plus a charge per request after a monthly free tier of 20,000 requests; AWS managed keys have no monthly fee and AWS owned keys cost nothing.',
      ['kmsPricing'],
    ],
    [
      'qc-request-quota',
      'Cryptographic operations share a request quota per account and Region; above it KMS answers ThrottlingException. Calls that services make for you count against your quota, and cross-account calls count against the key owner. Quotas can be raised, except the CloudHSM key store quota.',
      ['requestQuotas', 'throttling'],
    ],
    [
      'qc-backoff',
      'Throttling is handled with exponential backoff and retry (the AWS SDKs do it), by calling KMS less (data key caching, S3 Bucket Keys), or by a quota increase through Service Quotas; CloudWatch usage metrics show how close you are.',
      ['throttling', 'requestQuotas'],
    ],
    [
      'qc-bucket-key',
      'An S3 Bucket Key makes S3 derive object data keys from a short-lived bucket-level key, cutting KMS requests and their cost by up to 99 %; CloudTrail then shows the bucket ARN, not the object ARN, as encryption context.',
      ['s3BucketKey'],
    ],
    [
      'qc-resource-quotas',
      'Resource quotas include 100,000 customer managed keys per Region, 50 aliases per key, 50,000 grants per key and 25 on-demand rotations per key.',
      ['resourceQuotas'],
    ],
  ]),
  ...rows('service-patterns', [
    [
      'svc-ebs-default',
      'EBS encryption by default is a setting per account and Region, with a default KMS key (aws/ebs or a customer managed key); it applies to new volumes and snapshot copies, not to volumes that already exist.',
      ['ebsEncryption'],
    ],
    [
      'svc-encrypt-existing',
      'An unencrypted EBS volume or RDS database cannot be encrypted in place: take a snapshot, copy it with encryption under the chosen key, then create a volume or restore a database from the encrypted copy.',
      ['ebsEncryption', 'rdsEncryption'],
    ],
    [
      'svc-cross-region',
      'Copying an encrypted snapshot to another Region needs a KMS key in the destination Region: keys are Regional, so the copy is re-encrypted there.',
      ['ebsCopySnapshot', 'rdsCopySnapshot'],
    ],
    [
      'svc-share-snapshot',
      'An encrypted snapshot or AMI can be shared only if a customer managed key encrypts it and its key policy lets the other account use it; a snapshot under aws/ebs cannot be shared. The other account should copy it under its own key.',
      ['ebsShareSnapshot', 'amiEncryption'],
    ],
    [
      'svc-s3-permissions',
      'With SSE-KMS, uploading needs kms:GenerateDataKey and downloading needs kms:Decrypt on the key, besides the S3 permissions; another account cannot read objects under aws/s3, which needs a customer managed key.',
      ['s3SseKms'],
    ],
    [
      'svc-secrets',
      'Secrets Manager encrypts each secret with a KMS key (aws/secretsmanager by default); reading a secret from another account needs a customer managed key. Changing the key re-encrypts the AWSCURRENT, AWSPENDING and AWSPREVIOUS versions and keeps older versions under the old key.',
      ['secretsChangeKey', 'secretsCrossAccount'],
    ],
    [
      'svc-cloudtrail-logs',
      'CloudTrail log files are encrypted with SSE-S3 by default; SSE-KMS with a customer managed key needs a key policy that lets CloudTrail encrypt and the readers decrypt.',
      ['cloudtrailSseKms'],
    ],
  ]),
];
