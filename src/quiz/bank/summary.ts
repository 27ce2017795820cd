/** Questions of module Summary and exam review: mixed scenarios across the course. */
import { builders } from './build';

const { single, multiple, scenario } = builders({ module: 'summary', t: 'kms-basics', d: 'data-protection', docs: ['kmsConcepts'] });
const review = { s: 'Exam review' };
const states = { s: 'Key states', lab: 'lab-7' as const, t: 'key-lifecycle' as const, docs: ['deletingKeys' as const] };
const breakIt = { s: 'Break-it review', lab: 'lab-10' as const };

export const SUMMARY = [
  scenario(
    'rev-managed-vs-customer',
    { f: ['aws-managed', 'customer-managed', 'svc-share-snapshot'], ...review, t: 'service-patterns', docs: ['ebsShareSnapshot'] },
    'A company must share encrypted EBS snapshots with another AWS account. Which key must encrypt the snapshots?',
    ['A customer managed key that allows the other account', 'Right: only customer managed key policies can be edited to let another account use the key.'],
    [
      [
        'The AWS managed key aws/ebs, with the other account added to the snapshot permissions',
        'Wrong: the policy of aws/ebs cannot be changed, so the other account can never use it.',
      ],
      ['An AWS owned key', 'Wrong: not visible in your account.'],
      ['A data key', 'Wrong: not a KMS key with a policy.'],
    ],
    'Sharing encrypted snapshots needs a customer managed key whose policy allows the other account.',
  ),
  multiple(
    'rev-api',
    { f: ['tip-five-commands', 'api-decrypt'], ...review, docs: ['apiDecrypt', 'apiReEncrypt'] },
    'Which AWS CLI commands act on ciphertext you already have? (Choose two.)',
    [
      ['aws kms decrypt', 'Right: turns ciphertext back into plaintext.'],
      ['aws kms re-encrypt', 'Right: moves ciphertext to another key.'],
    ],
    [
      ['aws kms generate-data-key', 'Wrong: creates a new data key.'],
      ['aws kms enable-key-rotation', 'Wrong: changes a key setting.'],
      ['aws kms create-key', 'Wrong: creates a key.'],
      ['aws kms encrypt', 'Wrong: it takes plaintext, not ciphertext.'],
    ],
    'Decrypt and re-encrypt take ciphertext; encrypt and generate-data-key produce it.',
  ),
  scenario(
    'rev-disable-vs-delete',
    { f: ['key-states', 'kl-disable-first'], ...states },
    'A team no longer wants a key used but is not sure whether old data still needs it. What is the safest action?',
    ['Disable the key', 'Right: it can be enabled again if the data is needed; deletion is irreversible after the waiting period.'],
    [
      ['Schedule deletion with a 7-day window, then cancel it if anyone complains in time', 'Wrong: after 7 days the data is lost forever, complaints or not.'],
      ['Delete the alias', 'Wrong: the key remains usable by ID.'],
      ['Disable rotation', 'Wrong: the key stays usable.'],
    ],
    'Disable first, watch for failed requests; delete only when sure.',
  ),
  single(
    'rev-deletion-window',
    { f: ['key-states', 'kl-deletion'], ...states },
    'What waiting period can you set when scheduling a KMS key for deletion?',
    ['7 to 30 days (default 30)', 'Right: the key is Pending deletion during that period and can be cancelled.'],
    [
      ['None: immediate deletion is allowed for customer managed keys', 'Wrong: there is always a waiting period.'],
      ['1 to 7 days', 'Wrong: the minimum is 7.'],
      ['90 to 2560 days', 'Wrong: that is the rotation period range.'],
    ],
    'Deletion: 7-30 days waiting period.',
  ),
  scenario(
    'rev-separation',
    {
      f: ['create-admins-users', 'tip-admin-perms', 'tip-usage-perms', 'kp-separation'],
      s: 'Key administrators and key users',
      lab: 'lab-8',
      t: 'key-policies',
      d: 'iam',
      lv: 3,
      docs: ['keyPolicyDefault', 'customerManagedPolicies'],
    },
    'Security requires that the people who manage keys cannot decrypt data, and that applications that decrypt cannot delete keys. The administrators currently hold AdministratorAccess, and key policies keep the default root statement. What must change?',
    [
      'Least-privilege IAM policies besides the key policy roles',
      'Right: through the root statement AdministratorAccess grants kms:* anyway; separation holds only when IAM policies stop adding use to administrators (and deletion to users), for example with explicit denies.',
    ],
    [
      [
        'Nothing more than making the managers key administrators and the application roles key users',
        'Wrong: with the root statement, IAM policies such as AdministratorAccess still let the managers decrypt.',
      ],
      [
        'Use one IAM user for both roles, with MFA required for every call',
        'Wrong: one identity holding both duties is the opposite of separation, MFA or not.',
      ],
      ['Use AWS managed keys', 'Wrong: you cannot edit their policies at all, so neither duty can be assigned to anyone.'],
    ],
    'Naming administrators and users in the key policy is not enough: IAM policies apply through the root statement, and administrators who hold kms:PutKeyPolicy could also grant themselves use.',
  ),
  scenario(
    'rev-alias-repoint',
    { f: ['create-alias', 'tip-when-reencrypt', 'rot-manual'], s: 'Manual rotation', t: 'rotation', docs: ['rotateManually', 'apiUpdateAlias'] },
    'Applications refer to alias/app-key. The team rotates manually to a new key. How do applications start using the new key without code changes?',
    ['update-alias to the new key; keep the old key', 'Right: the alias hides the change; old data still decrypts with the old key.'],
    [
      [
        'Delete the old key immediately so that the alias falls back to the newest key in the account',
        'Wrong: aliases never fall back, and old ciphertext would become unreadable.',
      ],
      ['Rename the new key', 'Wrong: keys have IDs, not names; aliases are the names.'],
      ['Enable rotation on the old key', 'Wrong: that is automatic rotation, not moving to the new key.'],
    ],
    'Manual rotation = new key + update-alias (+ re-encrypt if wanted).',
  ),
  scenario(
    'rev-envelope-network',
    { f: ['env-network', 'env-kms-no-store'], s: 'Envelope encryption', t: 'envelope', docs: ['kmsCryptography'] },
    'Which statement explains why envelope encryption scales to terabytes?',
    ['KMS handles only the small data keys', 'Right: the bulk data is encrypted where it is; no bulk data crosses the network to KMS.'],
    [
      ['KMS stores the data keys in a fast index, so that lookups scale with the data', 'Wrong: KMS stores no data keys.'],
      ['KMS compresses the data before encrypting it', 'Wrong: KMS never sees the data.'],
      ['Data keys never need to be decrypted', 'Wrong: each read decrypts the data key once.'],
    ],
    'Only keys cross the network.',
  ),
  scenario(
    'rev-break-alias',
    { f: ['create-alias', 'api-encrypt'], ...breakIt, docs: ['aliases', 'apiUpdateAlias'] },
    'An application encrypts with alias/app-key but CloudTrail shows the data encrypted under an unexpected key. Nothing else changed. What is the likely cause?',
    ['The alias points to another key', 'Right: an alias is a pointer and can target the wrong key; re-point it with update-alias.'],
    [
      ['The key rotated and got a new key ID, which CloudTrail now reports', 'Wrong: rotation keeps the key ID.'],
      ['CloudTrail logs the wrong key for aliases', 'Wrong: CloudTrail records the key actually used.'],
      ['Aliases encrypt with all keys in the account', 'Wrong: an alias targets exactly one key.'],
    ],
    'Check which key the alias targets.',
  ),
  scenario(
    'rev-break-denied',
    {
      f: ['create-admins-users', 'api-key-user-creds', 'kp-root-enables-iam'],
      ...breakIt,
      t: 'key-policies',
      d: 'iam',
      docs: ['keyPolicyDefault', 'iamPolicies'],
    },
    'A new application role gets AccessDeniedException on kms:Decrypt. The key policy lists key users explicitly and keeps the default root statement. The role has no IAM policy for KMS. Which change grants least privilege?',
    [
      'Make it a key user, or allow kms:Decrypt on the key ARN in IAM',
      'Right: either the key policy allows the role directly, or (thanks to the root statement) an IAM policy scoped to the key does.',
    ],
    [
      ['Add the role as a key administrator', 'Wrong: administrators cannot decrypt, and it would gain management rights.'],
      ['Attach the AWS managed AdministratorAccess policy to the role', 'Wrong: it works through the root statement but grants far more than Decrypt.'],
      ['Create a new alias for the role', 'Wrong: aliases grant nothing.'],
    ],
    'Cryptographic use: key users in the key policy, or IAM policies scoped to the key ARN when the root statement delegates to IAM.',
  ),
];
