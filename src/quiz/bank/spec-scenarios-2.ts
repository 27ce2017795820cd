/** Specialty items across domains: service integrations, deletion safety, certificates and key stores under constraints. */
import { builders } from './build';

const { scenario } = builders({ t: 'service-patterns', d: 'data-protection', lv: 3, docs: ['kmsConcepts'] });

export const SPEC_SCENARIOS_2 = [
  scenario(
    'mix2-rds-cross-account',
    { f: ['svc-share-snapshot', 'svc-encrypt-existing', 'own-customer-needed'], d: 'iam', docs: ['rdsCopySnapshot', 'crossAccount'] },
    'An RDS snapshot encrypted with aws/rds must be restored in a separate analytics account for a one-off study. The analytics team must not get lasting access to production keys. What is the cleanest path?',
    [
      'Copy under a shareable customer managed key, then share',
      'Right: aws/rds cannot be used across accounts; a purpose-made customer managed key is shared, and the analytics copy under their own key ends the dependency.',
    ],
    [
      ['Share the aws/rds-encrypted snapshot directly', 'Wrong: the other account cannot use aws/rds, so it cannot restore the snapshot.'],
      ['Give the analytics role kms:Decrypt on the production key permanently', 'Wrong: it grants lasting access to production data, which is ruled out.'],
      ['Export the database to CSV and email it', 'Wrong: it removes encryption and control over the data entirely.'],
    ],
    'Cross-account snapshot sharing: customer managed key, share, then copy under the recipient’s key.',
  ),
  scenario(
    'mix2-lambda-env',
    { f: ['own-aws-managed', 'own-customer-needed', 'kp-one-policy'], t: 'key-ownership', d: 'iam', docs: ['kmsConcepts', 'keyPolicies'] },
    'A Lambda function’s environment variables hold an API token and are encrypted with the default AWS managed key. Security wants the token readable only by the function’s execution role, not by every developer who can view the function configuration. What should change?',
    [
      'Use a customer managed key whose policy lets only the execution role decrypt',
      'Right: with the AWS managed key, anyone allowed to view the configuration in the account sees the values; a customer managed key restricts decryption.',
    ],
    [
      ['Enable automatic rotation of the AWS managed key', 'Wrong: it already rotates yearly, and rotation does not restrict who can decrypt.'],
      ['Rename the variables so developers do not recognise them', 'Wrong: obscurity does not restrict access.'],
      ['Encrypt the environment variables twice with the same key', 'Wrong: the same principals could decrypt both layers.'],
    ],
    'AWS managed keys are convenient; customer managed keys let you decide who decrypts.',
  ),
  scenario(
    'mix2-ebs-key-disabled',
    { f: ['key-states', 'svc-ebs-default', 'kl-disable-first'], t: 'key-lifecycle', d: 'incident-response', docs: ['ebsEncryption', 'keyState'] },
    'After a key used for EBS encryption by default was disabled during a cleanup, new instances fail to launch and some stopped instances will not start. Running instances are unaffected. What explains this pattern?',
    [
      'New volumes and attachments need the disabled key',
      'Right: EBS needs the key when a volume is created or attached; running instances already hold their volume keys.',
    ],
    [
      ['Disabling a key deletes the volumes encrypted under it', 'Wrong: nothing is deleted; the volumes wait for the key.'],
      ['EBS switched to unencrypted volumes, which the instances refuse', 'Wrong: EBS never falls back to unencrypted volumes.'],
      ['The instances’ roles lost kms:Decrypt', 'Wrong: the permissions did not change; the key state did.'],
    ],
    'Disabled keys break operations that need the key next, not data already unlocked.',
  ),
  scenario(
    'mix2-schedule-window-alert',
    { f: ['kl-deletion', 'kl-monitor-pending', 'ck-create-key-attrs'], t: 'key-lifecycle', d: 'governance', docs: ['scheduleDeletion', 'deletingKeys'] },
    'An auditor finds that key deletions in the company are scheduled with the minimum 7-day window, and one mistaken deletion was noticed only on day 9. Which combination gives the most time and the earliest warning?',
    [
      'A 30-day minimum window plus alarms on attempted use',
      'Right: the longest window maximises recovery time, and the alarm detects dependent use while cancellation is possible.',
    ],
    [
      ['Keep 7 days but email the key administrators weekly', 'Wrong: a weekly email can arrive after the key is gone.'],
      [
        'Disable CancelKeyDeletion so that deletions are always deliberate',
        'Wrong: forbidding cancellation removes the recovery path the waiting period exists for.',
      ],
      ['Rely on GetKeyLastUsage before each deletion', 'Wrong: it helps choose candidates but does not warn during the waiting period.'],
    ],
    'Make deletion slow (30 days) and noisy (alarms on attempted use).',
  ),
  scenario(
    'mix2-acm-import-chain',
    { f: ['acm-imported', 'acm-regions'], t: 'acm', d: 'infrastructure', docs: ['acmImport', 'acmRegions'] },
    'A company must use an EV certificate from a commercial CA on ALBs in three Regions. It imported the certificate into ACM in one Region and attached it there. What must it do for the other two Regions and for renewals?',
    [
      'Import per Region; reimport each renewal everywhere',
      'Right: imported certificates are Regional and never renewed by ACM; each Region needs the import, and each renewal must be reimported (to the same ARNs).',
    ],
    [
      ['Nothing: imported certificates are available in every Region', 'Wrong: ACM certificates, imported or not, are Regional.'],
      ['Let ACM renew it with the commercial CA', 'Wrong: ACM does not renew imported certificates.'],
      ['Request an ACM public certificate with EV validation', 'Wrong: ACM issues domain-validated certificates only.'],
    ],
    'Imported certificates: per Region, renewed and reimported by you.',
  ),
  scenario(
    'mix2-xks-dependency',
    { f: ['ks-xks-tradeoffs', 'ks-xks-double'], t: 'key-stores', d: 'governance', docs: ['externalStore', 'xksTroubleshooting'] },
    'A bank plans to encrypt all of its S3 data lake with keys in an external key store run from a single data center, to satisfy a sovereignty requirement. What should the security architect insist on?',
    [
      'Highly available proxies and key managers (several sites), monitoring, and a tested outage runbook',
      'Right: every decryption depends on the external components; their availability becomes the data lake’s availability.',
    ],
    [
      ['Nothing extra: KMS caches external keys if the data center is down', 'Wrong: KMS does not hold your external key; an outage stops decryption.'],
      ['Multi-Region replicas of the external keys for resilience', 'Wrong: keys in custom key stores cannot be multi-Region.'],
      [
        'Automatic rotation to reduce dependency on the external key',
        'Wrong: keys in external key stores do not rotate, and rotation would not remove the dependency.',
      ],
    ],
    'External key stores move availability responsibility to you; design for it.',
  ),
  scenario(
    'mix2-grant-vs-policy-audit',
    { f: ['gr-what', 'mon-access-analyzer', 'mon-cloudtrail'], t: 'grants', d: 'detection', docs: ['grants', 'accessAnalyzer'] },
    'An auditor reviews who can decrypt with a key by reading its key policy and the IAM policies of the account, and concludes that only two roles can. Later, CloudTrail shows Decrypt calls by a third role. What did the review miss?',
    [
      'The key’s grants, which appear in no policy',
      'Right: ListGrants (or IAM Access Analyzer) must be part of any access review, since grants add permissions outside policies.',
    ],
    [
      ['The key’s aliases, which carry their own permissions', 'Wrong: aliases are names; they grant nothing unless policies use alias conditions.'],
      ['Service control policies, which can grant permissions', 'Wrong: SCPs only restrict; they never grant.'],
      ['The key’s tags, which override policies', 'Wrong: tags matter only when policies use them in conditions.'],
    ],
    'Access to a key = key policy + IAM (via the root statement) + grants.',
  ),
  scenario(
    'mix2-bucket-key-context-policy',
    { f: ['qc-bucket-key', 'ck-encryption-context'], t: 'cost-quotas', d: 'iam', docs: ['s3BucketKey', 'conditionsKms'] },
    'A key policy restricts Decrypt with the condition kms:EncryptionContext:aws:s3:arn equal to arn:aws:s3:::reports/*. After enabling S3 Bucket Keys on the reports bucket to save cost, new objects cannot be read. Why, and how is it fixed?',
    [
      'The context is now the bucket ARN; fix the condition',
      'Right: S3 then requests KMS with the bucket ARN as encryption context, so object-level conditions no longer match.',
    ],
    [
      ['Bucket Keys cannot be used with customer managed keys', 'Wrong: they work with customer managed keys.'],
      ['Bucket Keys need kms:ReEncrypt permissions', 'Wrong: the failure comes from the context condition, not a missing permission.'],
      ['Disable and re-enable the key to refresh the bucket key', 'Wrong: the key is enabled; the failing part is the encryption context condition.'],
    ],
    'Enabling Bucket Keys changes the encryption context S3 sends: update policies that use it.',
  ),
  scenario(
    'mix2-reencrypt-context-change',
    { f: ['re-permissions', 'ec-aad'], t: 'encryption-context', d: 'data-protection', docs: ['apiReEncrypt', 'encryptionContext'] },
    'After a data migration, 5 million records must carry a new encryption context (tenant ID renamed) under the same key. The migration job must never see plaintext. Which call does this?',
    [
      'ReEncrypt from the old context to the new one',
      'Right: ReEncrypt can change the encryption context (and/or key) inside KMS; the job needs ReEncryptFrom and ReEncryptTo on the key.',
    ],
    [
      ['Decrypt with the old context and Encrypt with the new one', 'Wrong: the plaintext would pass through the job.'],
      ['UpdateKeyDescription with the new tenant names', 'Wrong: the description is key metadata; ciphertext contexts do not change.'],
      ['RotateKeyOnDemand', 'Wrong: rotation does not change contexts of existing ciphertext.'],
    ],
    'ReEncrypt changes key and/or encryption context without exposing plaintext.',
  ),
  scenario(
    'mix2-acme-revoke-eab',
    { f: ['acm-acme'], t: 'acm', d: 'incident-response', docs: ['acmAcmeEndpoints', 'acmAcmeIssuance'] },
    'External account binding (EAB) credentials for an ACM ACME endpoint were pasted into a public chat. Anyone could now register ACME accounts and request certificates for the pre-validated domains. What should the PKI team do first?',
    [
      'Revoke the binding and its accounts, then reissue',
      'Right: revoking the binding prevents new registrations with the leaked credentials; accounts already registered with it must be revoked too.',
    ],
    [
      ['Delete all DNS validation CNAME records', 'Wrong: that breaks renewals for legitimate certificates and does not stop registered accounts at once.'],
      ['Rotate the KMS keys of the account', 'Wrong: ACME credentials have nothing to do with KMS keys.'],
      ['Wait: ACME clients must also prove domain control each time', 'Wrong: with pre-approved domain validations, no live challenge is required.'],
    ],
    'With pre-validated domains, ACME credentials are the gate: protect and revoke them like keys.',
  ),
  scenario(
    'mix2-kms-endpoint-fips',
    { f: ['gov-fips', 'ck-vpce'], t: 'cost-quotas', d: 'infrastructure', docs: ['vpceConditions', 'mldsa'] },
    'A government workload must use FIPS 140 validated cryptography for data at rest and must reach KMS only over private network paths from its VPC, with the least operational effort. Which combination meets both?',
    ['Standard KMS keys via an interface endpoint', 'Right: KMS HSMs meet the validation; PrivateLink gives the private path.'],
    [
      [
        'A CloudHSM key store reached over the internet',
        'Wrong: the internet path fails the private network requirement, and CloudHSM is not needed for validation.',
      ],
      ['AWS managed keys with a NAT gateway', 'Wrong: a NAT gateway routes to the public endpoint over the internet path.'],
      ['An external key store with a public proxy endpoint', 'Wrong: public connectivity and external dependency, neither required.'],
    ],
    'FIPS validation and private connectivity are both available with standard KMS.',
  ),
];
