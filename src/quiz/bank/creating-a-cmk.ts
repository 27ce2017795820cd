/** Questions of module Creating a CMK: the demo's IAM setup and the Create key wizard. */
import { builders } from './build';

const { single, multiple, scenario, ordering } = builders('creating-a-cmk');
const iam = { s: 'IAM setup', lab: 'lab-1' as const };
const wiz = { s: 'The Create key wizard', lab: 'lab-2' as const };

export const CREATING_A_CMK = [
  single(
    'create-iam-group',
    { f: ['iam-setup'], ...iam },
    "In the course's demo, how do the two users myKeyManager and myKeyUser get their IAM permissions?",
    [
      'They are members of the group myKMSGroup, which has the AdministratorAccess policy attached',
      'Right: permissions come from the group; the key policy then names one as administrator and one as user.',
    ],
    [
      ['Each user gets an inline policy copied from the key policy', 'Wrong: the demo attaches no inline policies; key access is set in the key policy.'],
      ['They sign in as the account root user', 'Wrong: the root user is never shared; that is why IAM users are created.'],
      ['They assume an AWS managed key', 'Wrong: principals assume roles, not keys.'],
    ],
    'A group with AdministratorAccess holds both users; what each may do with the key is decided by the key policy.',
  ),
  multiple(
    'create-iam-group-2',
    { f: ['iam-setup'], ...iam },
    'Which IAM resources does the course create before creating its CMK? (Choose two.)',
    [
      ['A group named myKMSGroup with AdministratorAccess', 'Right: the group carries the IAM permissions.'],
      ['Two users, myKeyManager and myKeyUser, in that group', 'Right: one will administer the key, the other use it.'],
    ],
    [
      ['A role that KMS assumes to encrypt data', 'Wrong: KMS needs no role to use its own keys.'],
      ['An access key for the root user', 'Wrong: root access keys are discouraged and not part of the demo.'],
      ['A permissions boundary named myCMK', "Wrong: myCMK is the key's alias, not an IAM resource."],
    ],
    'Group plus two users: the setup used for the separation of duties between managing and using the key.',
  ),
  single(
    'create-symmetric',
    { f: ['create-symmetric'], ...wiz },
    'In the Create key wizard, which key type does the course choose to encrypt and decrypt data?',
    ['Symmetric', 'Right: a symmetric encryption key (SYMMETRIC_DEFAULT) encrypts and decrypts with the same secret that never leaves KMS.'],
    [
      ['Asymmetric, Sign and verify', 'Wrong: signing keys do not encrypt.'],
      ['HMAC', 'Wrong: HMAC keys generate and verify MACs, they do not encrypt.'],
      ['Asymmetric, Encrypt and decrypt', 'Wrong: possible, but the course uses symmetric keys, the default for encrypting data and data keys.'],
    ],
    'Symmetric keys are the default and the type used for envelope encryption and the integrated services.',
  ),
  single(
    'create-origin-default',
    { f: ['create-material-kms'], ...wiz },
    'You accept the defaults of the Create key wizard. Who generates the key material?',
    ['KMS (key material origin KMS)', 'Right: the default origin is AWS_KMS: KMS generates and protects the material.'],
    [
      ['You, by uploading it after creation', 'Wrong: that is the External origin, chosen under Advanced options.'],
      ['Your CloudHSM cluster', 'Wrong: that is the AWS CloudHSM key store origin, not the default.'],
      ['The IAM user who created the key', 'Wrong: principals never hold key material.'],
    ],
    'Default origin: KMS generates the material.',
  ),
  scenario(
    'create-regional',
    { f: ['create-regional'], ...wiz },
    'A key was created with the console in us-east-1 (N. Virginia). A developer with the right permissions runs a command against it in eu-west-1 and gets NotFoundException. Why?',
    [
      'KMS keys are Regional; the key exists only in us-east-1',
      'Right: a single-Region key is used in its own Region; call us-east-1 or create a key in eu-west-1.',
    ],
    [
      ['The developer is not a key administrator', 'Wrong: missing permissions give AccessDeniedException, not NotFoundException.'],
      ['The key is disabled', 'Wrong: a disabled key gives DisabledException.'],
      ['Keys must be replicated by AWS Support first', 'Wrong: replication is a multi-Region key feature you control; Support is not involved.'],
    ],
    'The wizard creates a single-Region key in the Region selected in the console.',
  ),
  single(
    'create-alias',
    { f: ['create-alias'], ...wiz },
    'What does an alias such as alias/myCMK give you?',
    [
      'A friendly name that points to one key, usable instead of the key ID',
      'Right: aliases make keys easy to find and refer to, and can be re-pointed later.',
    ],
    [
      ['A second copy of the key material', 'Wrong: an alias is only a name; it holds no material.'],
      ['A different set of permissions for the same key', 'Wrong: permissions come from the key policy, not the alias.'],
      ['A key that works in every Region', 'Wrong: aliases are Regional, like keys.'],
    ],
    'An alias is a pointer to a key, named alias/<name>.',
  ),
  single(
    'create-tags-optional',
    { f: ['create-tags-optional'], ...wiz },
    'On the Add labels step of the wizard, what is required?',
    ['The alias; tags are optional', 'Right: the console asks for an alias; tags can be skipped, as the course does.'],
    [
      ['At least one tag named Name', 'Wrong: tags are optional.'],
      ['A tag named Owner and a description', 'Wrong: neither is required by KMS.'],
      ['A cost allocation tag approved in Billing', 'Wrong: cost allocation tags are optional and set in Billing.'],
    ],
    'Tags help organise and report costs but are not required.',
  ),
  multiple(
    'create-admins-users',
    { f: ['create-admins-users'], ...wiz },
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
    ],
    'Administrators manage, users use: both land as statements in the key policy.',
  ),
  scenario(
    'create-admin-not-user',
    { f: ['create-admins-users'], s: 'Key administrators and key users', lab: 'lab-8' },
    'myKeyManager is a key administrator of alias/myCMK but not a key user. The account has no IAM policy that grants KMS actions directly. What happens when myKeyManager calls kms encrypt with the key?',
    [
      'AccessDeniedException: administrators can manage the key but not use it',
      'Right: separation of duties; only key users get Encrypt, Decrypt and GenerateDataKey.',
    ],
    [
      ['The call succeeds because administrators have every permission', 'Wrong: the administrator statement lists management actions only.'],
      ['The call succeeds because the key is enabled', 'Wrong: the key state does not grant permissions.'],
      ['DisabledException', 'Wrong: the key is enabled; the refusal comes from the policy.'],
    ],
    'Key administrators and key users are separate statements of the key policy.',
  ),
  single(
    'create-review-policy',
    { f: ['create-review-policy'], ...wiz },
    'What does the last step of the Create key wizard show before you choose Finish?',
    [
      'A review of the settings and the key policy that the wizard generated',
      'Right: the key policy with the administrator and user statements can be reviewed (and edited) there.',
    ],
    [
      ['The plaintext key material to copy', 'Wrong: key material is never shown.'],
      ['A bill estimate that must be approved', 'Wrong: there is no approval step.'],
      ['The CloudTrail events of the new key', 'Wrong: the key does not exist yet.'],
    ],
    'Review: the wizard shows the key policy it built from your choices.',
  ),
  single(
    'create-result',
    { f: ['create-result'], ...wiz },
    'After Finish, where do you see the new key with its alias and key ID?',
    ['On the Customer managed keys page of the KMS console', 'Right: the key you created is listed with its alias, key ID and status.'],
    [
      ['On the AWS managed keys page', 'Wrong: that page lists keys that AWS services created.'],
      ['In IAM under Access keys', 'Wrong: access keys are IAM credentials, not KMS keys.'],
      ['Only in the CloudTrail event history', 'Wrong: CloudTrail records the call, but the console lists the key itself.'],
    ],
    "Customer managed keys: yours. AWS managed keys: the services'.",
  ),
  single(
    'create-aws-managed-list',
    { f: ['aws-managed-list', 'aws-managed'], s: 'AWS managed keys' },
    'In the KMS console you find keys with aliases such as aws/s3 and aws/ebs that you never created. What are they?',
    [
      'AWS managed keys that AWS services created in your account when you used them',
      'Right: services like S3 and EBS create alias/aws/<service> keys on first use.',
    ],
    [
      ['Keys created by another account that shares them with you', 'Wrong: shared keys are not listed under your aliases.'],
      ['Deleted customer managed keys kept for 30 days', 'Wrong: keys pending deletion keep their own aliases and stay in Customer managed keys.'],
      ['Keys left by an attacker', 'Wrong: the alias/aws/ prefix is reserved for AWS; nobody else can create it.'],
    ],
    'AWS managed keys are listed separately and managed by the services.',
  ),
  ordering(
    'create-wizard-order',
    { f: ['create-symmetric', 'create-alias', 'create-admins-users', 'create-review-policy'], ...wiz },
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
    { f: ['create-regional', 'create-alias'], ...wiz },
    'An application in eu-central-1 refers to its key as alias/app-key. The team created the key with that alias in us-east-1 only. What must they do so the application in eu-central-1 works with the least change?',
    [
      'Create a key in eu-central-1 and give it the alias alias/app-key there',
      'Right: aliases and keys are Regional; the same alias name can exist in each Region.',
    ],
    [
      ["Add eu-central-1 to the key's alias", 'Wrong: an alias cannot span Regions.'],
      ['Move the key with kms update-alias', 'Wrong: update-alias re-points an alias within one Region.'],
      ['Nothing: aliases are global', 'Wrong: aliases are Regional.'],
    ],
    'Keys and aliases live in one Region.',
  ),
];
