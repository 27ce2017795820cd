/** Specialty items across topics: encryption context, grants, key types, multi-Region keys, quotas and ACM in harder combinations. */
import { builders } from './build';

const { scenario } = builders({ t: 'encryption-context', d: 'data-protection', lv: 3, docs: ['encryptionContext'] });

export const SPEC_SCENARIOS = [
  scenario(
    'mix-context-swap',
    { f: ['ec-aad', 'ck-encryption-context'], docs: ['encryptionContext', 'conditionsKms'] },
    'An attacker with write access to a database cannot decrypt anything, but could copy the encrypted salary field of the CEO’s row into his own row and then read it through the HR application, which decrypts values for each employee’s own row. How does the application stop this with KMS?',
    [
      'A per-row encryption context on encrypt and decrypt',
      'Right: a value copied to another row fails to decrypt, because its context (the CEO’s row) does not match the one the application supplies.',
    ],
    [
      ['Use a separate KMS key per employee', 'Wrong: it would stop the swap, but at the cost of a key per employee and heavy administration.'],
      ['Enable automatic rotation so copied ciphertext expires', 'Wrong: rotation keeps old material; copied ciphertext still decrypts.'],
      ['Add an IAM condition on kms:CallerAccount', 'Wrong: the HR application is the legitimate caller; the account tells nothing about the row.'],
    ],
    'Encryption context binds ciphertext to where it belongs, defeating copy-and-paste attacks.',
  ),
  scenario(
    'mix-context-kms-condition-s3',
    { f: ['ec-logged', 'ck-encryption-context', 'svc-s3-permissions'], d: 'iam', docs: ['encryptionContext', 's3SseKms', 'conditionsKms'] },
    'A shared customer managed key encrypts objects in two S3 buckets (finance and marketing) with SSE-KMS, without Bucket Keys. Marketing roles must never be able to decrypt finance objects, even if a bucket policy mistake lets them read the object. Which key policy condition enforces this?',
    [
      'kms:EncryptionContext:aws:s3:arn per bucket',
      'Right: S3 puts the object ARN in the encryption context; KMS refuses Decrypt for finance objects whatever S3 allows.',
    ],
    [
      ['kms:ViaService s3.<region>.amazonaws.com for marketing roles', 'Wrong: both buckets are reached through S3, so it does not separate them.'],
      ['aws:SourceVpce for the marketing VPC', 'Wrong: S3 calls KMS for you from AWS’s network, and the condition does not name buckets.'],
      ['kms:CallerAccount for the marketing account', 'Wrong: both teams are in the same account.'],
    ],
    'S3’s encryption context (object ARN, or bucket ARN with Bucket Keys) can drive key policy conditions.',
  ),
  scenario(
    'mix-grant-token-cross',
    { f: ['gr-eventual', 'gr-retire-revoke', 'kp-cross-account'], t: 'grants', d: 'iam', docs: ['grantToken', 'grantDelete', 'crossAccount'] },
    'A partner account runs a nightly job that needs Decrypt on one of your keys for two hours. You do not want a standing key policy entry for the partner’s role, and the job starts right after access is granted. Which design fits?',
    [
      'A cross-account grant with a token, retired after the job',
      'Right: grants can name principals in other accounts, work at once with the token, and are removed when the job ends.',
    ],
    [
      [
        'Add the partner role to the key policy before the job and remove it afterwards',
        'Wrong: it edits the key policy twice a night, which the design wants to avoid.',
      ],
      ['Share the key through AWS RAM for two hours', 'Wrong: KMS keys are not shared through RAM.'],
      ['Copy the ciphertext to the partner and give them a data key', 'Wrong: handing out plaintext data keys removes KMS control and audit.'],
    ],
    'Temporary, programmatic, cross-account delegation: grants with tokens and retirement.',
  ),
  scenario(
    'mix-hmac-rotation',
    { f: ['kt-hmac', 'rot-eligibility', 'kt-fixed-usage'], t: 'key-types', docs: ['hmac', 'apiEnableKeyRotation'] },
    'A team signs webhook payloads with an HMAC_256 KMS key. Its security standard requires yearly key rotation for all keys, and the Config report shows the HMAC key as non-compliant. EnableKeyRotation fails. What should the team do?',
    [
      'Replace the HMAC key yearly, with an overlap',
      'Right: HMAC keys cannot rotate automatically; a new key (behind an alias) with a verification overlap meets the standard.',
    ],
    [
      ['Enable rotation with a 365-day period through RotationPeriodInDays', 'Wrong: the period is irrelevant; HMAC keys are not eligible.'],
      ['Call RotateKeyOnDemand yearly', 'Wrong: on-demand rotation is for symmetric encryption keys only.'],
      ['Import new material into the HMAC key each year', 'Wrong: KMS-generated HMAC keys accept no imported material.'],
    ],
    'Keys that cannot rotate automatically are rotated by replacement, with an alias and an overlap period.',
  ),
  scenario(
    'mix-ecc-sign-digest',
    { f: ['kt-ecc', 'kt-offline-verify'], t: 'key-types', d: 'infrastructure', docs: ['apiSign', 'keySpecs'] },
    'A document service signs PDFs of up to 30 MB with an ECC_NIST_P384 KMS key (ECDSA_SHA_384). Sign rejects the files. The team does not want to send whole documents to KMS anyway. What should it do?',
    [
      'Sign a locally computed SHA-384 digest (DIGEST)',
      'Right: Sign takes at most 4 KB of raw message, or a digest of the right length; the document never leaves the service.',
    ],
    [
      ['Split each PDF into 4 KB chunks and sign each chunk', 'Wrong: many signatures per document, many requests, and no signature over the whole file.'],
      ['Switch to an RSA_4096 key, which signs larger messages', 'Wrong: the 4 KB raw message limit applies to every signing key.'],
      [
        'Encrypt the PDF with the ECC key instead',
        'Wrong: elliptic-curve keys in KMS sign or agree keys; they do not encrypt, and encryption is not a signature.',
      ],
    ],
    'Large messages: sign a digest (MessageType DIGEST) computed with the algorithm’s hash.',
  ),
  scenario(
    'mix-mr-aliases',
    { f: ['mr-independent', 'create-alias'], t: 'multi-region', docs: ['multiRegion', 'aliases'] },
    'An application deployed in three Regions refers to its key as alias/app. The key is a multi-Region key with replicas in all three Regions, but in eu-west-1 the application fails with NotFoundException for alias/app. What was missed?',
    ['Create alias/app for the replica in eu-west-1', 'Right: aliases are not synchronised across multi-Region keys; each Region’s key needs its own alias.'],
    [
      [
        'The replica has a different key ID, so the alias cannot work there',
        'Wrong: related multi-Region keys share the key ID; the alias simply does not exist in that Region.',
      ],
      ['Aliases cannot point to replica keys', 'Wrong: they can; it must be created in the replica’s Region.'],
      ['The primary must be in eu-west-1 for the alias to resolve', 'Wrong: aliases work on replicas in their Region.'],
    ],
    'Multi-Region keys share material and ID, not aliases, policies, grants or tags.',
  ),
  scenario(
    'mix-quota-metrics',
    { f: ['qc-backoff', 'mon-metrics', 'qc-request-quota'], t: 'cost-quotas', d: 'detection', docs: ['requestQuotas', 'throttling'] },
    'Throttling errors from KMS appear a few times a month during batch runs. The operations team wants to be warned before throttling begins, and to know which quota is being approached. What should it set up?',
    ['Alarms on KMS usage metrics against the quota', 'Right: KMS publishes request usage metrics per quota; an alarm at, say, 80 % warns before throttling.'],
    [
      ['An alarm on the count of ThrottlingException events in CloudTrail', 'Wrong: it fires only after throttling has begun.'],
      ['A Config rule for request quotas', 'Wrong: Config evaluates resource configuration, not request rates.'],
      ['An alarm on the number of keys in the account', 'Wrong: request throttling depends on request rates, not on key count.'],
    ],
    'Watch usage against quotas with CloudWatch and Service Quotas; back off and retry when throttled.',
  ),
  scenario(
    'mix-acm-email-renewal',
    { f: ['acm-renewal', 'acm-validation-methods'], t: 'acm', d: 'incident-response', docs: ['acmRenewal', 'acmEmailValidation'] },
    'An email-validated ACM certificate in use on CloudFront expires in 10 days; ACM’s renewal emails went to an address nobody reads. What should the team do now, and what prevents a repeat?',
    [
      'Approve the renewal email (or request a DNS-validated replacement now), then move to DNS validation',
      'Right: email-validated renewals wait for a person; DNS validation with the CNAME in place renews without anyone.',
    ],
    [
      ['Nothing: ACM renews in-use certificates automatically', 'Wrong: for email-validated names ACM needs the owner to approve.'],
      [
        'Import a copy of the certificate to restart its validity',
        'Wrong: importing the same certificate does not extend it, and imported certificates are never renewed.',
      ],
      ['Call RenewCertificate to force renewal without approval', 'Wrong: renewal of a public email-validated certificate still needs domain validation.'],
    ],
    'Email validation keeps people in the renewal loop; DNS validation takes them out.',
  ),
  scenario(
    'mix-pca-cost-review',
    { f: ['pca-pricing', 'pca-modes', 'pca-sharing'], t: 'private-ca', d: 'governance', docs: ['pcaPricing', 'pcaModes'] },
    'A cost review finds eight general-purpose private CAs: two issue certificates for internal ALBs (renewed by ACM), four issue one-day certificates for containers directly, and two test CAs issue nothing. What changes cut cost while keeping function?',
    [
      'Delete idle CAs; short-lived CA for containers',
      'Right: idle CAs still cost a monthly fee; short-lived mode is cheaper and fits one-day certificates; ACM-managed ALB certificates need a general-purpose CA.',
    ],
    [
      ['Move all eight to short-lived mode', 'Wrong: ACM cannot issue from short-lived mode CAs, so the ALB certificates would stop renewing.'],
      ['Disable the test CAs instead of deleting them', 'Wrong: a disabled CA is still billed monthly until it is deleted.'],
      ['Keep all CAs; their cost is per certificate only', 'Wrong: each CA has a monthly fee regardless of use.'],
    ],
    'Private CA cost: fewer CAs, the right mode for the right certificates.',
  ),
  scenario(
    'mix-lockout-iam-delegation',
    { f: ['kp-lockout-check', 'kp-root-enables-iam'], t: 'key-policies', d: 'iam', docs: ['keyPolicyDefault', 'apiPutKeyPolicy'] },
    'A team wants a key policy with no statement for the account principal (so IAM policies cannot grant access) and only a named KeyAdmin role as administrator. PutKeyPolicy succeeds when run by KeyAdmin. What risk remains, and how is it reduced?',
    [
      'A single admin is a single point of failure; add a second',
      'Right: without the root statement only named principals manage the key; a single one is a single point of failure that could need AWS Support.',
    ],
    [
      ['No risk: the account root user can always manage any key', 'Wrong: the root user has only what the key policy allows.'],
      ['The lockout check will later delete the policy if KeyAdmin disappears', 'Wrong: the check runs only when a policy is set; nothing changes afterwards.'],
      ['IAM policies still apply through AdministratorAccess', 'Wrong: without the root statement, IAM policies cannot grant access to the key.'],
    ],
    'Policies without the root statement are stricter but need redundancy in their named administrators.',
  ),
  scenario(
    'mix-aws-owned-compliance',
    { f: ['own-aws-owned', 'own-customer-needed', 'mon-cloudtrail'], t: 'key-ownership', d: 'governance', docs: ['kmsConcepts'] },
    'A regulator asks a company to show, for an SQS queue holding customer messages, who could decrypt them and every time they were decrypted. The queue uses SQS-managed encryption (SSE-SQS). What must change to answer the regulator?',
    [
      'Switch the queue to SSE-KMS with a customer managed key',
      'Right: the key policy then shows who may decrypt, and every KMS request appears in the company’s CloudTrail.',
    ],
    [
      ['Enable CloudTrail data events for SQS', 'Wrong: they show SQS API calls, not key policies or KMS decryptions.'],
      [
        'Use the AWS managed key aws/sqs',
        'Wrong: its use is logged, but its policy lets any principal of the account decrypt through SQS, and cannot be narrowed.',
      ],
      ['Ask AWS for the SSE-SQS key logs', 'Wrong: keys that services own are not visible or auditable by customers.'],
    ],
    'Auditable, controllable encryption needs a key you own.',
  ),
  scenario(
    'mix-cmk-imported-xks-choice',
    { f: ['im-expiry-delete', 'ks-xks-double', 'ks-cloudhsm'], t: 'key-stores', d: 'governance', docs: ['importConcepts', 'externalStore', 'cloudhsmStore'] },
    'Three business units state requirements: A must be able to make keys unusable instantly and restore them later; B must keep keys in HSMs it operates; C must keep a key outside AWS in every decryption path. Which pairing is right?',
    [
      'A: imported material; B: CloudHSM key store; C: external key store',
      'Right: deleting imported material is instant and reversible by re-import; CloudHSM key stores use HSMs you operate; an external key store keeps your key outside AWS in every decryption.',
    ],
    [
      ['A: external key store; B: imported material; C: CloudHSM key store', 'Wrong: imported material lives in KMS HSMs, and CloudHSM is inside AWS.'],
      ['A: disabling keys; B: standard KMS; C: multi-Region keys', 'Wrong: standard KMS HSMs are operated by AWS, and multi-Region keys stay in AWS.'],
      ['All three: CloudHSM key store', 'Wrong: CloudHSM runs in AWS and has no instant, reversible delete of material.'],
    ],
    'Know which key source answers which control requirement.',
  ),
];
