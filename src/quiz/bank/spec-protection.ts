/** Specialty items, Domain 5 (Data Protection): choosing and applying encryption with KMS across data stores. */
import { builders } from './build';

const { scenario, single } = builders({ t: 'service-patterns', d: 'data-protection', lv: 3, docs: ['kmsConcepts'] });

export const SPEC_PROTECTION = [
  scenario(
    'dp-client-side-field',
    { f: ['ec-aad', 'dk-caching', 'ck-encryption-context'], t: 'envelope', docs: ['esdkConcepts', 'encryptionContext'] },
    'A payments table stores card tokens. Even database administrators with full DynamoDB access must not read them, and each encrypted value must be bound to its row so that values cannot be swapped between rows. What should the application do?',
    [
      'Client-side encryption with the row key as context',
      'Right: administrators see only ciphertext, and the row key as context makes a swapped value fail to decrypt.',
    ],
    [
      [
        'Enable DynamoDB encryption at rest with a customer managed key',
        'Wrong: the table is decrypted transparently for anyone allowed to read it, administrators included.',
      ],
      ['Store the tokens in a separate table with stricter IAM policies', 'Wrong: administrators with full DynamoDB access can still read it.'],
      ['Hash the tokens with SHA-256', 'Wrong: the application needs the tokens back; hashing is one-way.'],
    ],
    'Service-side encryption protects media; client-side encryption with context protects values from privileged readers and swaps.',
  ),
  scenario(
    'dp-cross-region-backup',
    { f: ['svc-cross-region', 'mr-when', 'qc-pricing'], docs: ['ebsCopySnapshot', 'multiRegion'] },
    'A team copies nightly encrypted EBS snapshots from us-east-1 to us-west-2 for disaster recovery, and wonders whether it needs multi-Region keys for that. Snapshots are only restored in us-west-2 after a failover. What should it do?',
    [
      'Copy under a us-west-2 key; no multi-Region key needed',
      'Right: the copy is re-encrypted under the destination Region’s key, so the data is readable there without sharing material across Regions.',
    ],
    [
      ['Replicate the us-east-1 key to us-west-2 first, or the copy fails', 'Wrong: the copy names any key in us-west-2; replication is not required.'],
      ['Copy the snapshots unencrypted and encrypt them in us-west-2', 'Wrong: encrypted snapshots cannot be copied unencrypted.'],
      ['Use the us-east-1 key from us-west-2 during restores', 'Wrong: keys are Regional; the copy must use a us-west-2 key.'],
    ],
    'Service-level cross-Region copies re-encrypt under the destination key; multi-Region keys are for your own ciphertext.',
  ),
  scenario(
    'dp-large-file-rsa-context',
    { f: ['ec-symmetric-only', 'dk-pairs', 'kt-rsa'], t: 'key-types', docs: ['encryptionContext', 'apiGenerateDataKeyPair'] },
    'An offline edge device must encrypt files that only the cloud can read, and the cloud wants each file bound to its device ID through an encryption context. A developer proposes encrypting each file’s data key with an RSA KMS key’s public key on the device. What must change to meet both goals?',
    [
      'Bind the device ID inside the file format; RSA encryption takes no encryption context',
      'Right: the RSA public key can wrap the data key offline, but a KMS encryption context only exists for symmetric keys, so binding must be done in the format (for example authenticated header data).',
    ],
    [
      [
        'Nothing: pass the device ID as encryption context to the offline RSA encryption',
        'Wrong: asymmetric encryption in KMS supports no encryption context, and the device is offline anyway.',
      ],
      ['Use a symmetric KMS key on the device', 'Wrong: an offline device cannot call KMS, and symmetric key material never leaves KMS.'],
      ['Use an HMAC key to encrypt the data key', 'Wrong: HMAC keys compute MACs; they cannot encrypt a data key, offline or not.'],
    ],
    'Encryption context is a symmetric-key feature; with public-key encryption outside KMS, bind context in your own format.',
  ),
  single(
    'dp-frame-size',
    { f: ['dk-sdk-frame'], t: 'envelope', lv: 2, docs: ['esdkConcepts'] },
    'A team encrypting a 10 GB file with the AWS Encryption SDK asks how many KMS calls that takes. What is the answer with the SDK’s defaults (no caching)?',
    ['One GenerateDataKey for the whole message', 'Right: the SDK encrypts the file locally in frames (4,096 bytes by default) with one data key.'],
    [
      ['One Encrypt call per 4,096-byte frame', 'Wrong: frames are encrypted locally; KMS sees only the data key request.'],
      ['One GenerateDataKey per frame', 'Wrong: one data key protects the whole message.'],
      ['None: the SDK encrypts without KMS', 'Wrong: the data key comes from KMS (with a KMS keyring).'],
    ],
    'Frame length affects the message format, not the number of KMS calls.',
  ),
  scenario(
    'dp-rotation-budget',
    { f: ['rot-pricing', 'cur-on-demand', 'qc-resource-quotas'], t: 'rotation', docs: ['kmsPricing', 'rotateOnDemand'] },
    'A compliance team proposes rotating a critical customer managed key on demand every week, on top of its yearly automatic rotation, "to be safe" after a phishing incident elsewhere. What should the security architect point out?',
    [
      'It hits the 25-rotation cap and protects no old data',
      'Right: the quota would run out within half a year, and rotation only changes material for new encryptions.',
    ],
    [
      ['Each weekly rotation adds a monthly charge forever', 'Wrong: only the first two rotations add to a key’s charge.'],
      ['On-demand rotation resets the automatic schedule each week', 'Wrong: on-demand rotations do not change the automatic schedule.'],
      ['On-demand rotation re-encrypts all data, so it is expensive in requests', 'Wrong: rotation never re-encrypts existing data.'],
    ],
    'Know the limits (25 on-demand rotations) and the purpose (new data only) before adding rotations.',
  ),
  scenario(
    'dp-pca-share-consume',
    { f: ['pca-sharing', 'pca-renewal'], t: 'private-ca', d: 'infrastructure', docs: ['pcaRam', 'acmRenewal'] },
    'A shared-services account owns a private CA and shares it with 15 workload accounts through AWS RAM. Workload teams want private certificates on their ALBs that renew automatically. How should they get them?',
    [
      'Request private certificates through ACM in their own account, choosing the shared CA',
      'Right: a shared CA can be used from ACM in the consuming account, and ACM renews those certificates.',
    ],
    [
      [
        'Ask the shared-services team to issue certificates with IssueCertificate and send them over',
        'Wrong: certificates issued with IssueCertificate are not renewed by ACM, and private keys would travel between teams.',
      ],
      ['Create their own general-purpose CA in each account', 'Wrong: it works but duplicates the hierarchy and its monthly cost, which sharing avoids.'],
      ['Use ACM public certificates for the internal names', 'Wrong: public certificates need public, validated domain names.'],
    ],
    'RAM-shared private CAs plus ACM requests in each account: one hierarchy, managed renewal.',
  ),
  scenario(
    'dp-size-policy-statements',
    { f: ['kp-size', 'gr-what'], t: 'key-policies', d: 'iam', docs: ['resourceQuotas', 'grants'] },
    'A vendor integration programmatically adds a key policy statement for each new customer role that needs to decrypt shared reports. Onboarding breaks at a few hundred customers. Which design scales without editing the key policy per customer?',
    [
      'Create a grant per customer role (retired at offboarding) instead of policy statements',
      'Right: grants are made for programmatic per-principal delegation; the key policy stays small (it is capped at 32 KB).',
    ],
    [
      [
        'Split the key policy across several keys and distribute customers over them',
        'Wrong: it multiplies keys and data copies to work around a limit that grants avoid.',
      ],
      [
        'Ask for a larger key policy through Service Quotas and keep adding statements',
        'Wrong: even with more room, editing the key policy per customer stays a fragile, serialised change; grants are made for this.',
      ],
      ['Name the customers’ IAM groups in the key policy instead of roles', 'Wrong: IAM groups cannot be principals in key policies.'],
    ],
    'Per-principal, programmatic access: grants (or IAM with conditions), not a growing key policy.',
  ),
  scenario(
    'dp-secrets-rotation-vs-key',
    { f: ['svc-secrets', 'rot-no-reencrypt'], docs: ['secretsChangeKey', 'secretsEncryption'] },
    'An auditor asks a team to "rotate the database password encryption". The password is in Secrets Manager under a customer managed key with automatic key rotation on. What distinguishes the two rotations, and which one changes the password?',
    [
      'Secret rotation changes the password; key rotation does not',
      'Right: KMS key rotation never changes the secret value, while secret rotation (a Lambda rotation function) creates a new password version.',
    ],
    [
      [
        'KMS key rotation also rotates every secret encrypted under the key',
        'Wrong: it changes key material for new encryptions only; secret values stay the same.',
      ],
      ['Changing the secret’s KMS key changes the password', 'Wrong: it re-encrypts labelled versions; the password is unchanged.'],
      ['Both are the same operation in Secrets Manager', 'Wrong: they are separate features with different purposes.'],
    ],
    'Rotate secrets to change credentials; rotate keys to limit material usage. They are independent.',
  ),
  scenario(
    'dp-s3-replication-kms',
    { f: ['svc-s3-permissions', 'svc-cross-region'], docs: ['s3SseKms'] },
    'S3 replication copies SSE-KMS objects from a bucket in eu-west-1 to a bucket in eu-central-1. Objects under the customer managed key are not replicated, while SSE-S3 objects are. What does the replication configuration need?',
    [
      'A destination key and KMS rights for the role',
      'Right: KMS-encrypted objects are replicated only when enabled, with a destination key and KMS permissions for the replication role.',
    ],
    [
      ['Nothing: replication copies the ciphertext as it is', 'Wrong: the object is re-encrypted under a key in the destination Region.'],
      ['A multi-Region key for the source bucket', 'Wrong: a destination key is named in the configuration; multi-Region keys are optional.'],
      ['Bucket Keys on the destination bucket only', 'Wrong: Bucket Keys lower cost; they do not grant the replication role KMS permissions.'],
    ],
    'Replicating SSE-KMS objects: opt in, name a destination key, allow the role Decrypt (source) and Encrypt (destination).',
  ),
  scenario(
    'dp-which-key-kind',
    { f: ['own-aws-owned', 'own-aws-managed', 'own-customer-needed'], t: 'key-ownership', d: 'governance', docs: ['kmsConcepts'] },
    'A startup stores non-sensitive logs in DynamoDB and S3. It wants encryption at rest at the lowest cost and effort and has no audit or cross-account needs. A consultant recommends customer managed keys everywhere. What should the startup choose?',
    [
      'The services’ default keys',
      'Right: without control, audit or sharing requirements, the defaults meet the need; customer managed keys add fees and administration.',
    ],
    [
      [
        'Customer managed keys, because default encryption is not real encryption',
        'Wrong: data is encrypted with AES-256 either way; the difference is control and audit.',
      ],
      ['No encryption, because the logs are not sensitive', 'Wrong: DynamoDB and S3 encrypt at rest by default anyway, at no extra effort.'],
      ['A CloudHSM key store', 'Wrong: the most expensive and demanding option, for a need that has no HSM requirement.'],
    ],
    'Match the key kind to the requirement: defaults for basic needs, customer managed keys when control, audit or sharing matter.',
  ),
];
