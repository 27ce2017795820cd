/** Questions of module KMS 101: what KMS is, when to use it, integrations, the 4 KB limit. */
import { builders } from './build';

const { single, multiple, scenario } = builders({ module: 'kms-101', t: 'kms-basics', d: 'data-protection', docs: ['kmsConcepts'] });
const what = { s: 'What KMS is' };
const when = { s: 'When to use KMS' };
const integ = { s: 'Integrations' };
const cmk = { s: 'The CMK (KMS key)' };

export const KMS_101 = [
  single(
    'k101-what',
    { f: ['kms-managed'], ...what },
    'What does AWS Key Management Service (KMS) provide?',
    [
      'A managed service to create and control the keys used to encrypt data',
      'Right: KMS creates, stores and controls encryption keys for you and your AWS services.',
    ],
    [
      ['A managed service that issues SSL/TLS certificates for websites', 'Wrong: that is AWS Certificate Manager (ACM).'],
      [
        'A vault for database passwords that rotates the passwords automatically on a schedule',
        'Wrong: that describes AWS Secrets Manager (which itself uses KMS to encrypt secrets).',
      ],
      ['A dedicated hardware security module that you manage yourself', 'Wrong: that is AWS CloudHSM; KMS is a managed service.'],
    ],
    'KMS is the managed key service: you do not run key servers; you create keys and decide who may use and manage them.',
  ),
  scenario(
    'k101-managed-ops',
    { f: ['kms-managed', 'ks-cloudhsm', 'own-customer-needed'], ...what, d: 'governance', docs: ['kmsConcepts', 'cloudhsmStore'] },
    'A start-up must encrypt data at rest with keys it controls but has no staff to operate key servers or HSMs. Which option meets the requirement with the LEAST operational overhead?',
    ['Create customer managed keys in AWS KMS', 'Right: KMS is managed by AWS while you keep control of key policy, rotation and deletion.'],
    [
      [
        'Run an open-source key server on a pair of EC2 instances in two Availability Zones',
        'Wrong: the team would patch, scale and back up the servers themselves.',
      ],
      [
        'Provision an AWS CloudHSM cluster and manage its crypto users',
        'Wrong: CloudHSM gives single-tenant HSMs but you manage users, keys and high availability.',
      ],
      ['Store keys in an S3 bucket and load them at start-up', 'Wrong: keys in a bucket are just files; nothing controls their use or audits it.'],
    ],
    'The constraint is "least operational overhead" with keys the company controls: a customer managed KMS key.',
  ),
  multiple(
    'k101-integrations',
    { f: ['kms-integrations'], ...integ, docs: ['kmsConcepts', 'ebsEncryption', 'rdsEncryption'] },
    'Which AWS services can encrypt their data at rest with KMS keys? (Choose three.)',
    [
      ['Amazon S3', 'Right: SSE-KMS encrypts objects with a KMS key.'],
      ['Amazon EBS', 'Right: EBS volumes and snapshots are encrypted with KMS keys.'],
      ['Amazon RDS', 'Right: RDS encryption at rest uses a KMS key chosen at creation.'],
    ],
    [
      ['Amazon Route 53 public DNS records', 'Wrong: public DNS records are public data; Route 53 offers no KMS encryption of records.'],
      ["AWS Certificate Manager public certificates' public keys", 'Wrong: a public key is public; there is nothing to encrypt at rest.'],
      ['Amazon VPC security group rules', 'Wrong: security group rules are configuration, not data that KMS encrypts.'],
    ],
    'S3, RDS, EBS, EFS, Lambda, DynamoDB and CloudTrail are among the services that encrypt with KMS keys.',
  ),
  single(
    'k101-checkbox',
    { f: ['kms-checkbox', 'kms-integrations'], ...integ, docs: ['ebsEncryption', 'rdsEncryption'] },
    'How do you usually turn on KMS encryption for an integrated service such as EBS or RDS?',
    ["Choose the encryption setting and a KMS key in the service's console", 'Right: the service calls KMS for you; no code is needed.'],
    [
      ['Write code that calls kms encrypt on every block the service stores on disk', 'Wrong: integrated services do the KMS calls themselves.'],
      ['Open a support case so AWS enables KMS encryption for the whole account', 'Wrong: no support case is needed; it is a setting.'],
      ['Export the key material and install it on the service', 'Wrong: KMS key material never leaves KMS.'],
    ],
    'Integration means the service handles envelope encryption with KMS behind a simple setting.',
  ),
  multiple(
    'k101-when',
    { f: ['kms-when'], ...when },
    'Which data are typical reasons to use KMS encryption? (Choose three.)',
    [
      ['Customer personal data', 'Right: sensitive data is exactly what KMS protects.'],
      ['Database credentials and application secrets', 'Right: secrets must be encrypted, for example in Secrets Manager with a KMS key.'],
      ['Financial records', 'Right: financial data is sensitive.'],
    ],
    [
      ['The public HTML of a marketing website', 'Wrong: public content needs integrity in transit (TLS), not secrecy at rest.'],
      ['A public key published for customers', 'Wrong: a public key is meant to be shared.'],
      ['An open-data catalogue published under a public licence', 'Wrong: data meant to be public gains nothing from encryption at rest.'],
    ],
    'Use KMS whenever you handle sensitive information: customer data, financial data, passwords, credentials, secrets.',
  ),
  scenario(
    'k101-when-scenario',
    { f: ['kms-when'], ...when, docs: ['secretsEncryption'] },
    'A developer keeps a payment provider API secret in a plain environment file in a repository. The company wants the secret encrypted at rest with keys it controls. What should the developer use?',
    ['Secrets Manager with a customer managed KMS key', 'Right: the secret is encrypted with a KMS key and access is controlled by the key policy.'],
    [
      [
        'Base64-encode the secret in the file and restrict who can clone the repository',
        'Wrong: base64 is an encoding, not encryption; anyone with the file can decode it.',
      ],
      ['Put the file behind CloudFront with an ACM certificate', 'Wrong: TLS protects data in transit, not the secret at rest.'],
      ['Rename the file so it is harder to find', 'Wrong: obscurity is not encryption.'],
    ],
    'Secrets are sensitive data: encrypt them with a KMS key.',
  ),
  single(
    'k101-4kb',
    { f: ['cmk-4kb'], ...cmk, docs: ['apiEncrypt', 'esdkConcepts'] },
    'What is the largest amount of data that a symmetric KMS key (CMK) can encrypt directly with the Encrypt API?',
    ['4 KB (4,096 bytes)', 'Right: Encrypt takes 1 to 4,096 bytes of plaintext with a symmetric key.'],
    [
      ['64 KB (65,536 bytes)', 'Wrong: 64 KB is far above the limit; larger data needs envelope encryption.'],
      [
        '1 MB',
        'Wrong: no KMS limit is 1 MB. Do not confuse it with the AWS Encryption SDK, which encrypts data in frames (4,096 bytes by default) after getting one data key from KMS.',
      ],
      ['There is no limit', 'Wrong: Encrypt rejects more than 4,096 bytes.'],
    ],
    'A symmetric KMS key encrypts small data directly (up to 4 KB); anything larger uses a data key. RSA keys encrypt even less (for example 446 bytes with RSA_4096 and OAEP SHA-256).',
  ),
  scenario(
    'k101-4kb-scenario',
    { f: ['cmk-4kb', 'cmk-data-keys'], ...cmk, docs: ['apiEncrypt', 'apiGenerateDataKey'] },
    'An application calls kms encrypt with a 20 KB JSON document and gets a validation error. What is the best fix?',
    ['Encrypt the document locally with a data key from GenerateDataKey', 'Right: data over 4 KB is encrypted locally with a data key (envelope encryption).'],
    [
      [
        'Split the document into 4 KB chunks and call Encrypt once for each chunk',
        'Wrong: it works but sends all data to KMS, costs a call per chunk and hits request quotas; it is not the intended pattern.',
      ],
      ['Request a quota increase for the Encrypt payload size', 'Wrong: the 4 KB plaintext limit is fixed, not an adjustable quota.'],
      ['Use an asymmetric RSA_4096 KMS key instead', 'Wrong: RSA keys encrypt even less data directly (446 bytes with OAEP SHA-256).'],
    ],
    'The Encrypt limit is 4 KB; larger data uses a data key generated by the KMS key, and the encrypted data key is stored with the data.',
  ),
  single(
    'k101-data-keys',
    { f: ['cmk-data-keys'], ...cmk, t: 'envelope', docs: ['kmsCryptography'] },
    'Which statement describes how a KMS key (CMK) relates to data keys?',
    [
      'The KMS key protects data keys; the data keys encrypt the data',
      'Right: the KMS key generates, encrypts and decrypts data keys; data keys do the bulk work.',
    ],
    [
      ['Data keys encrypt the KMS key, which is then stored alongside the encrypted data', 'Wrong: it is the other way round; the KMS key never leaves KMS.'],
      ['The KMS key and data keys are the same key under two names', 'Wrong: a data key is a separate key that KMS returns to you.'],
      ['Data keys are only used by AWS managed keys, never by customer managed keys', 'Wrong: customer managed keys generate data keys too.'],
    ],
    'A CMK protects data keys; data keys protect data.',
  ),
  single(
    'k101-envelope-name',
    { f: ['envelope-definition', 'tip-env-layer'], ...cmk, t: 'envelope', docs: ['kmsCryptography'] },
    'What is the practice of encrypting data with a data key and then encrypting that data key with a KMS key called?',
    ['Envelope encryption', 'Right: the encrypted data key is the "envelope" around the data key.'],
    [
      ['Key wrapping rotation', 'Wrong: not a term the exam uses; rotation replaces key material.'],
      ['Client-side hashing', 'Wrong: hashing is one-way; nothing can be decrypted.'],
      ['Double encryption at rest', 'Wrong: the data is encrypted once; the key is what is encrypted again.'],
    ],
    'Envelope encryption: data key encrypts data, KMS key encrypts data key.',
  ),
  single(
    'k101-kms-key-name',
    { f: ['cur-kms-key-name'], s: 'CMK or KMS key?' },
    'An older study guide says "customer master key (CMK)". What does the current AWS documentation call it?',
    ['A KMS key', 'Right: AWS renamed customer master keys to KMS keys; customer managed keys and AWS managed keys are both KMS keys.'],
    [
      ['A data key', 'Wrong: a data key is what a KMS key generates to encrypt data outside KMS.'],
      ['A root key certificate', 'Wrong: certificates belong to ACM, not KMS.'],
      ['An IAM access key', 'Wrong: access keys sign API requests; they encrypt nothing.'],
    ],
    'Exam questions may use either term: CMK (older) and KMS key (current) mean the same thing.',
  ),
  single(
    'k101-kms-key-name-2',
    { f: ['cur-kms-key-name', 'customer-managed'], s: 'CMK or KMS key?', t: 'key-ownership' },
    'In current AWS wording, which term covers a key that you create, own and manage in KMS?',
    ['Customer managed key', 'Right: what older material calls a customer-managed CMK; it is one kind of KMS key.'],
    [
      ['AWS owned key of your account', 'Wrong: AWS owned keys belong to AWS service accounts and are not in your account.'],
      ['AWS managed key', 'Wrong: AWS managed keys are created and managed by AWS services in your account.'],
      ['Envelope key', 'Wrong: that is another name for a data key.'],
    ],
    'KMS keys are customer managed, AWS managed or AWS owned; the customer managed one is yours to control.',
  ),
  scenario(
    'k101-checkbox-s3',
    { f: ['kms-checkbox', 'kms-integrations'], ...integ, t: 'service-patterns', docs: ['s3DefaultEncryption', 's3SseKms'] },
    'A company must encrypt all new objects in an S3 bucket with a key whose use it can audit and restrict, without changing application code. What should it do?',
    [
      "Set the bucket's default encryption to SSE-KMS with a customer managed key",
      'Right: a bucket setting; S3 calls KMS for every object and the key policy restricts use.',
    ],
    [
      [
        'Encrypt every object in the application before upload with a key hard-coded in the build pipeline',
        'Wrong: that requires code changes and a hard-coded key is unmanaged.',
      ],
      ['Enable S3 Versioning', 'Wrong: versioning keeps old versions; it does not encrypt.'],
      ['Attach an ACM certificate to the bucket', 'Wrong: ACM certificates are for TLS endpoints like CloudFront and ELB.'],
    ],
    'Integrated services turn on KMS encryption with a setting; a customer managed key adds control and auditing.',
  ),
];
