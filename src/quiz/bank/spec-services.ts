/** Specialty items: services with KMS (EBS, snapshots and AMIs, RDS, S3, Secrets Manager, CloudTrail logs). */
import { builders } from './build';

const { single, scenario, ordering } = builders({ t: 'service-patterns', d: 'data-protection', lv: 3, docs: ['ebsEncryption'] });

export const SPEC_SERVICES = [
  scenario(
    'svc-ebs-default-region',
    { f: ['svc-ebs-default'], d: 'governance', docs: ['ebsEncryption'] },
    'A company enabled EBS encryption by default in us-east-1 with a customer managed key. An audit finds unencrypted volumes created last week in eu-west-1 and older unencrypted volumes in us-east-1. What explains both findings?',
    ['It is per Region and affects only new volumes', 'Right: it must be enabled in every Region used, and existing volumes stay as they are.'],
    [
      ['Encryption by default is global but needs 24 hours to apply', 'Wrong: it is a per-Region setting and applies to new volumes at once.'],
      ['Encryption by default covers only volumes created from encrypted snapshots', 'Wrong: it covers all new volumes and snapshot copies in that Region.'],
      ['The customer managed key must be multi-Region to cover other Regions', 'Wrong: the setting is per Region, with a key of that Region.'],
    ],
    'EBS encryption by default: per account and Region, new volumes only; pair it with an SCP or Config rule across Regions.',
  ),
  ordering(
    'svc-encrypt-existing-rds',
    { f: ['svc-encrypt-existing'], lv: 2, docs: ['rdsEncryption', 'rdsCopySnapshot'] },
    'An RDS for PostgreSQL instance was created unencrypted. Put the steps to move it to an encrypted instance under a customer managed key in order.',
    [
      ['Take a snapshot of the unencrypted instance', 'Encryption cannot be turned on for the running instance.'],
      ['Copy the snapshot, choosing encryption with the customer managed key', 'The copy is the encrypted version of the data.'],
      ['Restore a new DB instance from the encrypted snapshot', 'The restored instance is encrypted with that key.'],
      ['Switch the application to the new endpoint and retire the old instance', 'The old, unencrypted instance is then removed.'],
    ],
    'Snapshot, encrypted copy, restore, cut over.',
  ),
  scenario(
    'svc-encrypt-existing-ebs',
    { f: ['svc-encrypt-existing', 'svc-ebs-default'], docs: ['ebsEncryption', 'ebsCopySnapshot'] },
    'A production EC2 instance has a 2 TB unencrypted EBS data volume. Policy now requires encryption with a customer managed key, with the shortest possible outage. What is the correct procedure?',
    [
      'Snapshot, encrypted copy, new volume, swap',
      'Right: an existing volume cannot be encrypted in place; the encrypted copy is created from a snapshot (a final short snapshot or sync keeps the outage small).',
    ],
    [
      ['Modify the volume and tick Encrypt with the customer managed key', 'Wrong: EBS offers no in-place encryption of an existing volume.'],
      ['Enable encryption by default; existing volumes are encrypted at their next reboot', 'Wrong: the setting only affects new volumes and copies.'],
      [
        'Attach a new encrypted volume and let EBS mirror the data automatically',
        'Wrong: EBS does not mirror volumes; data must be copied (for example through a snapshot).',
      ],
    ],
    'No in-place encryption: snapshot, encrypted copy, new volume.',
  ),
  scenario(
    'svc-cross-region-copy',
    { f: ['svc-cross-region', 'mr-when'], d: 'incident-response', docs: ['ebsCopySnapshot', 'rdsCopySnapshot'] },
    'A disaster-recovery job copies encrypted RDS snapshots from eu-west-1 to eu-north-1 every night. The copy fails because the KMS key it names is in eu-west-1. What should the job do?',
    ['Name a KMS key in eu-north-1 for the copy', 'Right: keys are Regional; the copy is re-encrypted under a key of the destination Region.'],
    [
      [
        'Share the eu-west-1 key with eu-north-1 through its key policy',
        'Wrong: key policies grant principals, not Regions; the key still exists only in eu-west-1.',
      ],
      ['Copy the snapshot unencrypted, then encrypt it in eu-north-1', 'Wrong: an encrypted snapshot cannot be copied to an unencrypted one.'],
      ['Use the AWS managed key of eu-west-1 instead', 'Wrong: the AWS managed key is Regional as well and cannot encrypt a copy in another Region.'],
    ],
    'Cross-Region copies of encrypted snapshots name a key in the destination Region.',
  ),
  scenario(
    'svc-share-snapshot-account',
    { f: ['svc-share-snapshot', 'own-aws-managed', 'kp-cross-account'], d: 'iam', docs: ['ebsShareSnapshot', 'crossAccount'] },
    'An EBS snapshot encrypted with aws/ebs must be handed to a forensics account for an investigation. Sharing the snapshot with that account succeeds, but the forensics team cannot create a volume from it. What is the correct way?',
    [
      'Re-encrypt a copy under a customer managed key and share that copy',
      'Right: the aws/ebs key cannot be used by another account; a customer managed key with a cross-account key policy can, and the forensics account then copies it under its own key.',
    ],
    [
      ['Add the forensics account to the key policy of aws/ebs', 'Wrong: the policies of AWS managed keys cannot be edited.'],
      ['Make the snapshot public for the duration of the investigation', 'Wrong: encrypted snapshots cannot be made public, and it would expose evidence.'],
      ['Share the snapshot with AWS RAM instead of snapshot permissions', 'Wrong: the problem is the key, not the sharing mechanism.'],
    ],
    'Sharing encrypted snapshots (and AMIs) needs a customer managed key whose policy lets the other account use it.',
  ),
  scenario(
    'svc-share-ami',
    { f: ['svc-share-snapshot', 'ck-grant-for-resource'], d: 'iam', docs: ['amiEncryption', 'ebsShareSnapshot'] },
    'A golden AMI with encrypted EBS snapshots (customer managed key) is shared with 30 application accounts. Instances launched from it in those accounts fail to start. The AMI permissions are correct. What is missing?',
    [
      'Use of the key by those accounts, allowed in the key’s policy (with CreateGrant)',
      'Right: launching from an encrypted AMI needs the other account to use the key, which is done with a cross-account key policy (and IAM policies there).',
    ],
    [
      [
        'Encryption by default enabled in each application account',
        'Wrong: the volumes come from snapshots under your key; the other accounts must be able to use it.',
      ],
      ['Making the AMI public', 'Wrong: AMIs with encrypted snapshots cannot be public, and public is not needed.'],
      ['Copying the key to each account', 'Wrong: keys cannot be copied; access is granted by policy.'],
    ],
    'Encrypted AMIs and snapshots shared across accounts need the key to be usable there (or a copy under the recipient’s key).',
  ),
  scenario(
    'svc-s3-download-denied',
    { f: ['svc-s3-permissions', 'kp-one-policy'], d: 'iam', docs: ['s3SseKms', 'keyPolicies'] },
    'An analyst role can list a bucket and has s3:GetObject on it, but downloading objects fails with AccessDenied. Uploads by the ingestion role work. Objects are encrypted with SSE-KMS under a customer managed key whose key policy names only the ingestion role. What is the least-privilege fix?',
    ['kms:Decrypt on the key for the analyst role', 'Right: reading an SSE-KMS object needs kms:Decrypt on its key besides s3:GetObject.'],
    [
      ['Give the analyst role s3:* on the bucket', 'Wrong: the missing permission is in KMS, not S3.'],
      ['Give the analyst role kms:GenerateDataKey on the key', 'Wrong: that is for uploads; downloads need Decrypt.'],
      ['Switch the bucket to SSE-S3 so that KMS is not involved', 'Wrong: it works but removes the key-level control the customer managed key provides.'],
    ],
    'SSE-KMS: GenerateDataKey to write, Decrypt to read, on the object’s key.',
  ),
  scenario(
    'svc-s3-cross-account-aws-s3',
    { f: ['svc-s3-permissions', 'own-aws-managed'], d: 'iam', docs: ['s3SseKms'] },
    'A partner account has a bucket policy grant to read objects in your bucket. The objects were written with SSE-KMS using aws/s3. The partner gets AccessDenied on every download. What must change?',
    [
      'Re-encrypt the objects under a customer managed key the partner may use',
      'Right: aws/s3 can be used only by principals of your account through S3; cross-account reads need a customer managed key.',
    ],
    [
      ['Add the partner account to the key policy of aws/s3', 'Wrong: AWS managed key policies cannot be changed.'],
      ['Give the partner s3:GetObject on the objects as well as the bucket', 'Wrong: the S3 permission is not what is missing.'],
      ['Enable S3 Bucket Keys', 'Wrong: Bucket Keys reduce KMS calls; they do not change who may use the key.'],
    ],
    'Cross-account access to KMS-encrypted data always goes through a customer managed key.',
  ),
  scenario(
    'svc-secret-new-key',
    { f: ['svc-secrets'], docs: ['secretsChangeKey', 'secretsEncryption'] },
    'A database secret is encrypted with an old customer managed key that will be disabled next month. The team switches the secret to a new key with UpdateSecret. A week later it wants to be sure the current secret value can be read with the new key alone. What should it know and do?',
    [
      'Old versions stay under the old key; create a new version',
      'Right: Secrets Manager re-encrypts AWSCURRENT, AWSPENDING and AWSPREVIOUS with the new key (if it may decrypt with the old one) and keeps existing versions under the old key; a new version uses only the new key.',
    ],
    [
      [
        'Nothing: UpdateSecret re-encrypts every version of the secret, labelled or not',
        'Wrong: only versions with the three staging labels are re-encrypted.',
      ],
      ['Rotate the old KMS key; Secrets Manager follows the rotation', 'Wrong: rotating the old key keeps it as the key of the secret.'],
      ['Delete the old key at once; Secrets Manager no longer needs it', 'Wrong: versions still under the old key would become unreadable.'],
    ],
    'Changing a secret’s key: labelled versions re-encrypted, older versions not; disabling the old key cuts those.',
  ),
  scenario(
    'svc-cloudtrail-sse-kms',
    { f: ['svc-cloudtrail-logs', 'kp-one-policy'], d: 'detection', docs: ['cloudtrailSseKms'] },
    'A security team enables SSE-KMS with a customer managed key on its organization trail. Afterwards no new log files arrive in the S3 bucket, and analysts cannot read older ones they copied. What must the key policy allow?',
    [
      'Use of the key by CloudTrail (to encrypt) and readers (to decrypt)',
      'Right: CloudTrail needs permission on the key to write encrypted logs, and readers need kms:Decrypt.',
    ],
    [
      ['Nothing: CloudTrail uses a service-linked role with implicit access to every key', 'Wrong: the key policy must allow CloudTrail to use the key.'],
      ['Only the S3 bucket policy must change', 'Wrong: the bucket policy allows writing objects; the key policy allows using the key.'],
      ['The analysts need kms:GenerateDataKey', 'Wrong: GenerateDataKey is for writing; reading the encrypted log files needs Decrypt.'],
    ],
    'CloudTrail logs use SSE-S3 by default; with SSE-KMS, the key policy must allow CloudTrail and the readers.',
  ),
  single(
    'svc-dynamodb-switch',
    { f: ['aws-managed', 'customer-managed', 'own-aws-owned'], t: 'key-ownership', lv: 2, docs: ['dynamodbEncryption'] },
    'Which statement about DynamoDB encryption at rest is true?',
    [
      'Always encrypted, with a choice of three kinds of key',
      'Right: encryption at rest cannot be turned off; you choose which kind of key protects the table.',
    ],
    [
      ['Tables are unencrypted unless you enable encryption when creating them', 'Wrong: encryption at rest is always on.'],
      ['Only customer managed keys can encrypt tables', 'Wrong: the default is an AWS owned key.'],
      ['The key can never be changed after the table is created', 'Wrong: you can switch between the key kinds for an existing table.'],
    ],
    'DynamoDB: always encrypted; choose the key that fits your audit and control needs.',
  ),
];
