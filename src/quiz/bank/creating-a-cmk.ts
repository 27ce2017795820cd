/** Questions of module Creating a CMK: who may do what in the course's setup, and the Create key wizard. */
import { builders } from './build';

const { single, multiple, scenario, ordering } = builders({ module: 'creating-a-cmk', t: 'key-policies', d: 'iam', docs: ['keyPolicyDefault'] });
const iam = { s: 'IAM setup', lab: 'lab-1' as const };
const wiz = { s: 'The Create key wizard', lab: 'lab-2' as const, d: 'data-protection' as const, docs: ['createKeys' as const] };

export const CREATING_A_CMK = [
  scenario(
    'create-iam-group',
    { f: ['iam-setup', 'create-admins-users', 'kp-root-enables-iam'], ...iam, lv: 3, docs: ['keyPolicyDefault', 'deletingKeys'] },
    "The group myKMSGroup has the AdministratorAccess policy; myKeyManager and myKeyUser are in it. A key's console-default policy keeps the statement that allows the account root kms:*, names myKeyManager as key administrator and myKeyUser as key user. What happens when myKeyUser calls ScheduleKeyDeletion on the key?",
    [
      'It succeeds: AdministratorAccess allows kms:*, and the root statement lets that IAM policy apply',
      'Right: the key policy delegates to IAM through the root statement, so an IAM policy can allow anything the key policy does not name.',
    ],
    [
      [
        'It fails with AccessDeniedException, because the key policy names myKeyUser only in the key users statement',
        'Wrong: the key users statement does not deny anything; the root statement lets IAM policies add permissions, and AdministratorAccess adds them all.',
      ],
      [
        'It fails, because only the account root user can schedule the deletion of a key',
        'Wrong: any principal allowed kms:ScheduleKeyDeletion can schedule it.',
      ],
      [
        'It is accepted but held until a key administrator approves the deletion in the console',
        'Wrong: KMS has no approval step; the waiting period starts at once (and can be cancelled).',
      ],
    ],
    'With the default root statement, the key policy is not the whole story: IAM policies such as AdministratorAccess apply too. To make the key policy decide alone, remove broad IAM policies from the users (or remove the root statement, carefully).',
  ),
  single(
    'create-symmetric',
    { f: ['create-symmetric', 'kt-symmetric'], ...wiz, t: 'key-types', docs: ['keySpecs', 'createKeys'] },
    'A key must encrypt application data, generate data keys and protect S3 objects and EBS volumes. Which key type do you choose in the Create key wizard?',
    ['Symmetric, Encrypt and decrypt', 'Right: a symmetric encryption key (SYMMETRIC_DEFAULT) is what data keys and AWS services use.'],
    [
      ['Asymmetric, Sign and verify', 'Wrong: signing keys do not encrypt.'],
      ['HMAC, Generate and verify MAC', 'Wrong: HMAC keys generate and verify MACs, they do not encrypt.'],
      [
        'Asymmetric RSA, Encrypt and decrypt, so the public key can be shared with S3 and EBS',
        'Wrong: AWS services encrypt only with symmetric keys, and RSA keys cannot generate data keys.',
      ],
    ],
    'Symmetric keys are the default and the type used for envelope encryption and the integrated services.',
  ),
  single(
    'create-origin-default',
    { f: ['create-material-kms'], ...wiz, t: 'kms-basics' },
    'You accept the defaults of the Create key wizard. Who generates the key material?',
    ['KMS (origin AWS_KMS)', 'Right: the default origin is AWS_KMS: KMS generates and protects the material.'],
    [
      ['You, by uploading it after creation', 'Wrong: that is the External origin, chosen under Advanced options.'],
      ['Your CloudHSM cluster, through a custom key store', 'Wrong: that is the AWS CloudHSM key store origin, not the default.'],
      ['The IAM user who created the key', 'Wrong: principals never hold key material.'],
    ],
    'Default origin: KMS generates the material.',
  ),
  single(
    'create-alias',
    { f: ['create-alias'], ...wiz, t: 'kms-basics', docs: ['aliases'] },
    'What does an alias such as alias/myCMK give you?',
    ['A friendly name that points to one key', 'Right: aliases make keys easy to find and refer to, and can be re-pointed later.'],
    [
      ['A second copy of the key material, kept for disaster recovery', 'Wrong: an alias is only a name; it holds no material.'],
      ['A different set of permissions for the same key', 'Wrong: permissions come from the key policy, not the alias.'],
      ['A key that works in every Region', 'Wrong: aliases are Regional, like keys.'],
    ],
    'An alias is a pointer to a key, named alias/<name>.',
  ),
  single(
    'create-tags-optional',
    { f: ['create-tags-optional'], ...wiz, t: 'kms-basics', docs: ['tagging'] },
    'On the Add labels step of the wizard, what is required?',
    ['The alias; tags are optional', 'Right: the console asks for an alias; tags can be skipped.'],
    [
      ['At least one tag named Name', 'Wrong: tags are optional.'],
      ['A tag named Owner and a description', 'Wrong: neither is required by KMS.'],
      ['A cost allocation tag approved in the Billing console', 'Wrong: cost allocation tags are optional and set in Billing.'],
    ],
    'Tags help organise and report costs (and can drive ABAC) but are not required.',
  ),
  multiple(
    'create-admins-users',
    { f: ['create-admins-users'], ...wiz, t: 'key-policies', d: 'iam', docs: ['keyPolicyDefault'] },
    'Which two permission sets does the Create key wizard ask you to choose? (Choose two.)',
    [
      ['Key administrators: IAM users and roles that can manage the key', 'Right: they may change, disable or schedule deletion of the key.'],
      [
        'Key users: IAM users and roles that can use the key in cryptographic operations',
        'Right: they may encrypt, decrypt, re-encrypt and generate data keys.',
      ],
    ],
    [
      ['Key exporters: principals allowed to download the key material', 'Wrong: nobody can export KMS key material.'],
      ['Key owners: the AWS account that pays for the key', 'Wrong: the owning account is implicit; the wizard does not ask.'],
      ['Key rotators: the service role that rotates keys', 'Wrong: KMS rotates keys itself; there is no such role.'],
      ['Key auditors: principals whose calls CloudTrail records', 'Wrong: CloudTrail records every call; nobody has to be chosen for it.'],
    ],
    'Administrators manage, users use: both land as statements in the key policy (and IAM policies can still add to them through the root statement).',
  ),
  scenario(
    'create-admin-not-user',
    { f: ['create-admins-users', 'kp-separation'], s: 'Key administrators and key users', lab: 'lab-8' },
    'myKeyManager is a key administrator of alias/myCMK but not a key user. myKeyManager has no IAM policy that grants KMS actions. What happens when myKeyManager calls kms encrypt with the key?',
    ['AccessDeniedException', 'Right: the administrator statement lists management actions only, and no IAM policy adds Encrypt.'],
    [
      [
        'The call succeeds, because key administrators receive every KMS permission on their keys',
        'Wrong: the administrator statement lists management actions only.',
      ],
      ['The call succeeds because the key is enabled', 'Wrong: the key state does not grant permissions.'],
      ['DisabledException', 'Wrong: the key is enabled; the refusal comes from the policy.'],
    ],
    'Key administrators and key users are separate statements of the key policy. With AdministratorAccess in IAM, the same call would succeed: separation needs least-privilege IAM policies as well.',
  ),
  single(
    'create-review-policy',
    { f: ['create-review-policy'], ...wiz },
    'What does the last step of the Create key wizard show before you choose Finish?',
    [
      'The settings and the key policy the wizard generated',
      'Right: the key policy with the administrator and user statements can be reviewed (and edited) there.',
    ],
    [
      ['The plaintext key material to copy into your password manager', 'Wrong: key material is never shown.'],
      ['A bill estimate that must be approved', 'Wrong: there is no approval step.'],
      ['The CloudTrail events of the new key', 'Wrong: the key does not exist yet.'],
    ],
    'Review: the wizard shows the key policy it built from your choices.',
  ),
  single(
    'create-aws-managed-list',
    { f: ['aws-managed-list', 'aws-managed'], s: 'AWS managed keys', t: 'key-ownership', d: 'data-protection', docs: ['kmsConcepts'] },
    'In the KMS console you find keys with aliases such as aws/s3 and aws/ebs that you never created. What are they?',
    ['AWS managed keys created by AWS services you used', 'Right: services like S3 and EBS create alias/aws/<service> keys on first use.'],
    [
      ['Keys created by another account that shares them with you', 'Wrong: shared keys are not listed under your aliases.'],
      [
        'Deleted customer managed keys, kept under an aws/ alias during their 30-day waiting period',
        'Wrong: keys pending deletion keep their own aliases and stay in Customer managed keys.',
      ],
      ['Keys left by an attacker', 'Wrong: the alias/aws/ prefix is reserved for AWS; nobody else can create it.'],
    ],
    'AWS managed keys are listed separately and managed by the services.',
  ),
  ordering(
    'create-wizard-order',
    { f: ['create-symmetric', 'create-alias', 'create-admins-users', 'create-review-policy', 'sum-create-steps'], ...wiz },
    "Put the Create key wizard's steps in the order the console shows them.",
    [
      ['Configure key: key type (symmetric) and usage', 'First the key type and usage are chosen (with the material origin under Advanced options).'],
      ['Add labels: alias, description, tags', 'Then the names: alias (required), description and optional tags.'],
      ['Define key administrative permissions', 'Then who may manage the key.'],
      ['Define key usage permissions', 'Then who may use the key.'],
      ['Review: the settings and the key policy, then Finish', 'Last, the review with the generated key policy.'],
    ],
    'Configure key, Add labels, administrators, users, Review.',
  ),
  scenario(
    'create-byo-region',
    { f: ['create-regional', 'create-alias'], ...wiz, t: 'kms-basics', docs: ['aliases'] },
    'An application in eu-central-1 refers to its key as alias/app-key. The team created the key with that alias in us-east-1 only. What must they do so the application in eu-central-1 works with the least change?',
    ['Create a key in eu-central-1 with the alias alias/app-key', 'Right: aliases and keys are Regional; the same alias name can exist in each Region.'],
    [
      ["Add eu-central-1 to the alias's list of Regions in the us-east-1 console", 'Wrong: an alias cannot span Regions.'],
      ['Move the key with kms update-alias --region eu-central-1', 'Wrong: update-alias re-points an alias within one Region.'],
      ['Nothing: aliases are global', 'Wrong: aliases are Regional.'],
    ],
    'Keys and aliases live in one Region.',
  ),
];
