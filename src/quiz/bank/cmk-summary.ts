/** Questions of module CMK summary: metadata, states, key material, managed vs customer managed, data keys. */
import { builders } from './build';

const { single, multiple, scenario } = builders('cmk-summary');
const states = { s: 'Key states', lab: 'lab-7' as const };
const material = { s: 'Key material', lab: 'lab-9' as const };
const tips = { s: 'Exam tips: setting up a CMK', lab: 'lab-2' as const };
const owners = { s: 'AWS managed and customer managed keys' };

export const CMK_SUMMARY = [
  multiple(
    'sum-metadata',
    { f: ['key-metadata'], s: 'What a key shows' },
    'Which attributes does every KMS key show in its general configuration? (Choose three.)',
    [
      ['Creation date', 'Right: every key records when it was created.'],
      ['Description', 'Right: a free-text description (empty if none was given).'],
      ['Key state (for example Enabled)', 'Right: the state decides whether the key can be used.'],
    ],
    [
      ['The plaintext key material', 'Wrong: key material is never shown or exported.'],
      ['The list of objects it encrypted', 'Wrong: KMS does not track what was encrypted; data keys are not stored.'],
    ],
    "Creation date, description and key state are part of the key's metadata (DescribeKey).",
  ),
  single(
    'sum-states',
    { f: ['key-states'], ...states },
    'Which of these is NOT a KMS key state?',
    ['Archived', 'Right (it is not a state): keys are Enabled, Disabled, Pending deletion, Pending import, Unavailable...'],
    [
      ['Enabled', 'Wrong: Enabled is the normal, usable state.'],
      ['Disabled', 'Wrong: Disabled is a state; the key cannot be used until re-enabled.'],
      ['Pending deletion', 'Wrong: a key scheduled for deletion is Pending deletion during its waiting period.'],
    ],
    'The course names Enabled, Disabled and Pending deletion.',
  ),
  scenario(
    'sum-disabled',
    { f: ['key-states'], ...states },
    "A key user's encrypt call suddenly fails with DisabledException. Nothing changed in IAM or the key policy. What is the most likely cause and fix?",
    [
      'Someone disabled the key; a key administrator must enable it again',
      'Right: a disabled key cannot be used for cryptographic operations until re-enabled.',
    ],
    [
      ['The key rotated; use the new key ID', 'Wrong: rotation keeps the key ID and never disables the key.'],
      ['The data is over 4 KB', 'Wrong: that is a validation error, not DisabledException.'],
      ["The key user's password expired", 'Wrong: an expired password stops console sign-in, not this call.'],
    ],
    'DisabledException means the key state is Disabled.',
  ),
  scenario(
    'sum-pending-deletion',
    { f: ['key-states'], ...states },
    'A key was scheduled for deletion by mistake five days ago with a 30-day waiting period. What can the administrator do?',
    [
      'Cancel the key deletion; the key returns in the Disabled state and can then be enabled',
      'Right: during the waiting period cancel-key-deletion keeps the key; it comes back Disabled.',
    ],
    [
      ['Nothing: deletion cannot be stopped', 'Wrong: the waiting period exists so it can be cancelled.'],
      ['Restore the key from a backup export of its material', 'Wrong: key material cannot be exported, so no such backup exists.'],
      ['Enable the key directly; it returns to Enabled', 'Wrong: a key pending deletion must have the deletion cancelled first.'],
    ],
    'Pending deletion -> cancel -> Disabled -> enable.',
  ),
  single(
    'sum-origin',
    { f: ['material-origin', 'tip-material-option'], ...material },
    'Which key material origins can you choose when creating a symmetric KMS key?',
    ['KMS, External (import your own), or AWS CloudHSM (custom key store)', "Right: the three options of the wizard's Advanced options."],
    [
      ['KMS only', 'Wrong: you can import material or use a CloudHSM key store.'],
      ['KMS or an S3 object', 'Wrong: material is never read from S3.'],
      ['Only AWS owned keys', 'Wrong: AWS owned keys are not created by you at all.'],
    ],
    'Key material: KMS-generated, external, or CloudHSM.',
  ),
  scenario(
    'sum-origin-byok',
    { f: ['material-origin', 'tip-material-option'], ...material },
    'Compliance requires that the company generate key material in its own on-premises HSM and use it in KMS. Which option meets the requirement?',
    ['Create a KMS key with the External origin and import the key material', 'Right: External (BYOK) keys use material you generated and imported.'],
    [
      ['Create a default KMS key and rotate it', 'Wrong: KMS would generate the material.'],
      ['Use an AWS managed key', 'Wrong: AWS managed keys always use KMS-generated material.'],
      ['Store the key in Secrets Manager', 'Wrong: a secret is not a KMS key and cannot be used with KMS encrypt.'],
    ],
    'Bring your own key = External origin + ImportKeyMaterial.',
  ),
  single(
    'sum-no-export',
    { f: ['material-no-export'], ...material },
    'A team imported its own key material into a KMS key. Can it download the material from KMS later?',
    ['No: KMS never exports key material, imported or not; keep your own copy', 'Right: material cannot leave KMS; for imported keys you keep the original.'],
    [
      ['Yes, with kms get-key-material', 'Wrong: no such operation exists.'],
      ['Yes, because they imported it', 'Wrong: even imported material cannot be exported.'],
      ['Yes, with the root user', 'Wrong: not even the root user can export it.'],
    ],
    'Key material cannot be exported outside of KMS.',
  ),
  scenario(
    'sum-no-export-2',
    { f: ['material-no-export'], s: 'Key material', lab: 'lab-9' },
    'An auditor asks how the company would take its KMS key material to another cloud provider. What is true?',
    [
      'KMS key material cannot be exported; data must be decrypted and re-encrypted with keys at the destination',
      'Right: no API returns the material of a KMS key.',
    ],
    [
      ["Use kms re-encrypt with the other provider's key ID", 'Wrong: re-encrypt only targets KMS keys.'],
      ['Export the key with GetPublicKey', 'Wrong: GetPublicKey returns only the public half of an asymmetric key.'],
      ['Request an export from AWS Support', 'Wrong: Support cannot export material either.'],
    ],
    'Material never leaves KMS.',
  ),
  multiple(
    'sum-tips',
    { f: ['tip-alias', 'tip-description', 'tip-admin-perms'], ...tips },
    'According to the exam tips, which steps belong to setting up a CMK? (Choose three.)',
    [
      ['Create an alias', 'Right: the alias names the key.'],
      ['Add a meaningful description', 'Right: the description says what the key is for.'],
      ['Define the key administrators', 'Right: who may manage the key.'],
    ],
    [
      ['Download a backup of the key material', 'Wrong: material cannot be exported.'],
      ['Create an ACM certificate for the key', 'Wrong: ACM certificates are for TLS, unrelated to KMS keys.'],
    ],
    'Alias, description, material option, administrators, users.',
  ),
  single(
    'sum-tip-usage',
    { f: ['tip-usage-perms'], ...tips },
    'Which wizard setting lets an application role call Encrypt and Decrypt with a new key?',
    ['Adding the role as a key user (key usage permissions)', 'Right: key users get the cryptographic actions in the key policy.'],
    [
      ['Adding the role as a key administrator', 'Wrong: administrators manage, they do not use the key.'],
      ['Adding a tag with the role name', 'Wrong: tags do not grant permissions by themselves.'],
      ['Giving the key an alias with the role name', 'Wrong: aliases do not grant permissions.'],
    ],
    'Key usage permissions = key users.',
  ),
  scenario(
    'sum-tip-description',
    { f: ['tip-description', 'tip-alias'], ...tips },
    'An account has 40 customer managed keys and nobody knows which key protects which application. What should the team have done when creating them?',
    ['Given each key an alias and a meaningful description', 'Right: the exam tips say to create an alias and add a meaningful description.'],
    [
      ['Enabled rotation on each key', 'Wrong: rotation does not help identify keys.'],
      ['Created all keys with imported material', 'Wrong: the origin does not describe the purpose.'],
      ['Used one key for everything', 'Wrong: that removes the separation between applications.'],
    ],
    'Alias and description tell people what a key is for.',
  ),
  single(
    'sum-aws-managed',
    { f: ['aws-managed'], ...owners },
    'Who creates and manages an AWS managed key such as aws/rds?',
    ['AWS, for the integrated service that uses it in your account', 'Right: the service creates it on first use and AWS manages it.'],
    [
      ['You, in the Create key wizard', 'Wrong: that makes a customer managed key.'],
      ['The AWS Marketplace seller', 'Wrong: not involved.'],
      ["Your organisation's management account", 'Wrong: AWS managed keys live in each account that uses the service.'],
    ],
    'AWS managed keys: created and managed by AWS for a service.',
  ),
  scenario(
    'sum-customer-managed',
    { f: ['customer-managed', 'aws-managed'], ...owners },
    'A team needs to edit the key policy to allow a specific role, and to be able to disable the key in an emergency. Which key should protect their RDS database?',
    ['A customer managed key', 'Right: you create, own and manage it: edit the policy, disable it, schedule its deletion.'],
    [
      ['The AWS managed key aws/rds', 'Wrong: its policy cannot be edited and it cannot be disabled.'],
      ['An AWS owned key', 'Wrong: you cannot see or manage AWS owned keys at all.'],
      ['A data key', 'Wrong: a data key is not a KMS key with a policy.'],
    ],
    'Full control (policy, enable/disable, deletion) needs a customer managed key.',
  ),
  multiple(
    'sum-customer-managed-2',
    { f: ['customer-managed'], ...owners },
    'Which actions are possible on a customer managed key but NOT on an AWS managed key? (Choose two.)',
    [
      ['Editing the key policy', 'Right: AWS managed key policies are fixed.'],
      ['Scheduling the key for deletion', 'Right: AWS managed keys cannot be deleted by you.'],
    ],
    [
      ['Viewing the key in the KMS console', 'Wrong: both kinds can be viewed.'],
      ['Seeing its use in CloudTrail', 'Wrong: use of both kinds is recorded.'],
      ['Having its material rotated', 'Wrong: AWS managed keys rotate every year automatically.'],
    ],
    'Customer managed keys are yours to control.',
  ),
  single(
    'sum-data-key',
    { f: ['data-key-large'], s: 'Data keys', lab: 'lab-4' },
    'What is a data key used for?',
    [
      'Encrypting large amounts of data outside KMS; it is generated and protected by a KMS key',
      'Right: data keys do the bulk work; the KMS key encrypts and decrypts them.',
    ],
    [
      ['Signing API requests to KMS', 'Wrong: requests are signed with IAM credentials.'],
      ['Replacing a KMS key after rotation', 'Wrong: rotation keeps the same KMS key.'],
      ['Identifying the key in the console', 'Wrong: that is the alias.'],
    ],
    'Data keys encrypt large data; the CMK generates, encrypts and decrypts them.',
  ),
];
