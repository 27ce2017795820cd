/** Specialty items: condition keys (ViaService, CallerAccount, encryption context, GrantIsForAWSResource, aliases, tags, VPC endpoints, CreateKey attributes). */
import { builders } from './build';

const { single, scenario, multiple } = builders({ t: 'condition-keys', d: 'iam', lv: 3, docs: ['conditionsKms'] });

export const SPEC_CONDITION_KEYS = [
  scenario(
    'ck-via-service-s3',
    { f: ['ck-via-service', 'svc-s3-permissions'], docs: ['conditionsKms', 's3SseKms'] },
    'A data-lake role must read and write S3 objects encrypted under a customer managed key in eu-west-1, but the security team does not want the role to call KMS Decrypt directly from scripts (for example to decrypt data keys copied out of S3). Which key policy condition on the statement that allows the role kms:GenerateDataKey and kms:Decrypt meets the requirement?',
    [
      'kms:ViaService equal to s3.eu-west-1.amazonaws.com',
      'Right: the permission then applies only to requests that S3 makes for the role; direct calls from scripts are not allowed by that statement.',
    ],
    [
      [
        'aws:SourceIp restricted to the NAT gateway addresses of the VPC where the jobs run',
        'Wrong: when S3 calls KMS for the role, the request does not come from your addresses, so S3 access would break while direct calls from the VPC would pass.',
      ],
      ['kms:CallerAccount equal to the account ID', 'Wrong: it only checks the account of the caller; the role would still be able to call Decrypt directly.'],
      [
        'aws:SourceVpce equal to the S3 gateway endpoint of the VPC',
        'Wrong: requests that S3 makes to KMS on your behalf do not pass through your VPC endpoint, so the condition would block S3 and prove nothing about the caller.',
      ],
    ],
    'kms:ViaService scopes a permission to requests an AWS service makes for the principal.',
  ),
  scenario(
    'ck-grant-for-resource-ebs',
    { f: ['ck-grant-for-resource', 'gr-what'], docs: ['conditionsKms', 'keyPolicyDefault', 'ebsEncryption'] },
    'Developers launch EC2 instances with EBS volumes encrypted under a customer managed key. Attaching the volumes requires kms:CreateGrant, but the security team does not want developers to create grants that hand key use to arbitrary principals. Which policy statement meets both needs?',
    [
      'Allow kms:CreateGrant only when kms:GrantIsForAWSResource is true',
      'Right: the condition is true only when an integrated AWS service such as EC2/EBS creates the grant for the developer, so developers cannot issue grants to others themselves.',
    ],
    [
      [
        'Allow kms:CreateGrant with a kms:GrantOperations condition listing only Decrypt and Encrypt',
        'Wrong: it limits which operations a grant may allow, but developers could still hand those operations to any principal they choose.',
      ],
      [
        'Deny kms:CreateGrant to developers and give the EC2 service role kms:* on the key',
        'Wrong: the grant is created in the developer’s request context, so the deny breaks encrypted volumes, and kms:* for a service role is far from least privilege.',
      ],
      [
        'Allow kms:CreateGrant with a kms:ViaService condition of ec2.<region>.amazonaws.com and no other limit',
        'Wrong: closer, but GrantIsForAWSResource is the key designed for this; ViaService alone still lets any request that goes through EC2 create a grant of any kind.',
      ],
    ],
    'The console default key policy gives key users CreateGrant with kms:GrantIsForAWSResource so integrated services can use the key for their resources.',
  ),
  scenario(
    'ck-tenant-context',
    { f: ['ck-encryption-context', 'ec-aad'], d: 'data-protection', docs: ['conditionsKms', 'encryptionContext'] },
    'A SaaS application encrypts each tenant’s records with one shared customer managed key and an encryption context {"tenant": "<tenant-id>"}. Each tenant’s workers run under a role tagged tenant=<tenant-id>. A bug must never let one tenant’s workers decrypt another tenant’s records, and the company will not pay for thousands of keys. What enforces this?',
    [
      'A kms:EncryptionContext:tenant condition matching the role’s tenant tag on Decrypt',
      'Right: KMS only allows Decrypt when the request’s context names the caller’s own tenant, and the context is bound to the ciphertext, so it cannot be swapped.',
    ],
    [
      [
        'One customer managed key per tenant with its own key policy',
        'Wrong: it isolates tenants but costs a monthly fee per key for thousands of keys, which the requirement rules out.',
      ],
      ['A grant per tenant role without constraints', 'Wrong: a grant without an encryption context constraint lets the role decrypt every tenant’s records.'],
      [
        'Checking the tenant in the application after Decrypt returns the plaintext',
        'Wrong: the plaintext has already been released to the wrong worker; the control must be in KMS authorization.',
      ],
    ],
    'Encryption context conditions (kms:EncryptionContext:<key>, kms:EncryptionContextKeys) turn the context into an authorization boundary.',
  ),
  scenario(
    'ck-request-alias',
    { f: ['ck-aliases'], docs: ['aliasAccess', 'conditionsKms'] },
    'A team wants its developers to use only keys whose aliases start with alias/payments-, and only when they name the key by that alias in the request. Key IDs change often; the team does not want to list key ARNs in IAM policies. Which condition should the IAM policy use?',
    [
      'kms:RequestAlias StringLike alias/payments-*',
      'Right: it matches the alias given in the request, so the call is allowed only when the developer names the key by such an alias.',
    ],
    [
      [
        'kms:ResourceAliases ForAnyValue:StringLike alias/payments-*',
        'Wrong: it matches aliases attached to the key, so a call that names the key by ID or ARN would also be allowed, which the team does not want.',
      ],
      [
        'aws:ResourceTag/alias equal to payments',
        'Wrong: aliases are not tags; a tag named alias would have to be managed separately and says nothing about how the key was named.',
      ],
      [
        'Resource set to arn:aws:kms:*:*:alias/payments-*',
        'Wrong: an alias ARN as Resource controls operations on the alias, not the use of the key it points to.',
      ],
    ],
    'kms:RequestAlias: the alias used in the request. kms:ResourceAliases: the aliases the key has. Both let access follow aliases instead of key IDs.',
  ),
  scenario(
    'ck-resource-aliases-move',
    { f: ['ck-aliases'], d: 'governance', docs: ['aliasAccess'] },
    'Finance applications may use any key that currently has an alias starting with alias/finance/, however the application names the key. When an administrator moves alias/finance/ledger from an old key to a new key with UpdateAlias, access should follow automatically. Which condition achieves this, and what is the risk to control?',
    [
      'kms:ResourceAliases; alias changes then grant access, so restrict them',
      'Right: access follows the aliases attached to a key, so kms:CreateAlias and kms:UpdateAlias become as sensitive as policy changes.',
    ],
    [
      [
        'kms:RequestAlias alias/finance/*; no new risk because aliases cannot be changed after creation',
        'Wrong: RequestAlias depends on how the caller names the key, and aliases can be moved with UpdateAlias.',
      ],
      [
        'aws:ResourceTag/finance; aliases automatically copy their name into a tag of the key',
        'Wrong: aliases do not create tags; tag-based access is a separate mechanism.',
      ],
      [
        'A grant for each finance role on each key; grants follow aliases when they move',
        'Wrong: grants are tied to a key ID, not to an alias, and do not move with it.',
      ],
    ],
    'Alias-based access control is convenient, but then permissions to create, update or delete aliases must be restricted like permissions to change policies.',
  ),
  scenario(
    'ck-abac-project-tags',
    { f: ['ck-abac-tags'], docs: ['abac', 'tagging'] },
    'Each project team works under roles tagged Project=<name>. New keys are created every week and tagged with the project that owns them. The security team wants each role to use only its project’s keys, with no policy change when keys or projects are added. What should it implement?',
    [
      'aws:ResourceTag/Project matched to ${aws:PrincipalTag/Project} in an IAM policy',
      'Right: attribute-based access control: the key’s tag and the role’s tag decide, and the key policies keep the root statement so the IAM policy applies.',
    ],
    [
      [
        'A key policy on every new key naming the project’s roles',
        'Wrong: it works but needs a policy edit for every new key or role, which the requirement rules out.',
      ],
      [
        'An IAM policy allowing use when aws:RequestTag/Project equals the project name',
        'Wrong: aws:RequestTag describes tags sent in a tagging or create request, not the tags already on the key being used.',
      ],
      [
        'Aliases named after each project, and kms:RequestAlias conditions',
        'Wrong: possible, but aliases must then be managed per key and per project, and the requirement is about tags.',
      ],
    ],
    'ABAC for KMS: aws:ResourceTag/<key> compared with principal tags in IAM policies (or key policies).',
  ),
  scenario(
    'ck-abac-tag-escalation',
    { f: ['ck-abac-tags', 'mon-eventbridge'], docs: ['abac', 'tagging'] },
    'Key use in an account is granted by ABAC: roles may use keys whose Project tag matches their own. A developer with kms:TagResource on all keys changes a key’s Project tag to his own project and gains access to another team’s data. Which control prevents this while keeping ABAC?',
    [
      'Limit TagResource and UntagResource (and aws:TagKeys) to a tag-administration role',
      'Right: with ABAC, changing a tag changes access, so tagging permissions must be guarded like policy changes.',
    ],
    [
      [
        'Enable automatic key rotation so that retagged keys get new material',
        'Wrong: rotation changes material, not access; the developer could still decrypt with the key.',
      ],
      ['Require MFA for kms:Decrypt calls', 'Wrong: the developer can satisfy MFA; the flaw is who may change the attribute that decides access.'],
      [
        'Replace the Project tag with an alias per project',
        'Wrong: moving the control to aliases has the same problem unless CreateAlias and UpdateAlias are restricted.',
      ],
    ],
    'ABAC moves the trust to the attributes: control who can set them. Tag changes can take up to five minutes to affect authorization.',
  ),
  scenario(
    'ck-vpce-with-services',
    { f: ['ck-vpce'], d: 'infrastructure', docs: ['vpceConditions'] },
    'A regulated workload must call KMS only through the interface VPC endpoint vpce-0a1b2c. The team adds to the key policy a Deny for all principals when aws:SourceVpce is not vpce-0a1b2c. Afterwards, EBS volume attachment and S3 SSE-KMS uploads with the key fail. How should the Deny be changed?',
    [
      'Deny only when aws:ViaAWSService is false as well',
      'Right: requests that AWS services make for you do not come through your endpoint; exempting them keeps the endpoint rule for direct calls.',
    ],
    [
      [
        'Replace aws:SourceVpce with aws:SourceIp for the VPC CIDR range',
        'Wrong: aws:SourceIp is not effective for requests through a VPC endpoint, and service requests do not come from your addresses either.',
      ],
      [
        'Add a gateway VPC endpoint for KMS next to the interface endpoint',
        'Wrong: KMS offers interface endpoints, not gateway endpoints; the failing requests come from AWS services, not from the VPC.',
      ],
      [
        'Remove the Deny and rely on security groups of the interface endpoint',
        'Wrong: security groups limit who reaches the endpoint; they do not stop calls to KMS over the public endpoint.',
      ],
    ],
    'aws:SourceVpce and aws:SourceVpc restrict direct calls; requests made by integrated services on your behalf must be exempted.',
  ),
  scenario(
    'ck-sourceip-endpoint',
    { f: ['ck-vpce'], d: 'infrastructure', lv: 2, docs: ['vpceConditions'] },
    'An IAM policy allows kms:Decrypt only when aws:SourceIp is in 10.20.0.0/16, the CIDR range of the VPC. After an interface VPC endpoint for KMS with private DNS was added, every Decrypt from the VPC is denied. What explains it?',
    [
      'aws:SourceIp does not apply to requests through a VPC endpoint',
      'Right: use aws:SourceVpc or aws:SourceVpce to restrict requests that arrive through an endpoint.',
    ],
    [
      [
        'Private DNS sends the requests to another Region, where the key does not exist',
        'Wrong: the endpoint serves the Region it is in; the key is found, and the condition is what fails.',
      ],
      ['The endpoint policy denies Decrypt by default', 'Wrong: the default endpoint policy allows full access; the IAM policy’s condition is the problem.'],
      [
        'The endpoint rewrites the caller identity to the endpoint’s own role, which lacks kms:Decrypt',
        'Wrong: requests keep the caller’s identity; only the network source changes.',
      ],
    ],
    'Through a VPC endpoint, source IP conditions stop matching; use aws:SourceVpc or aws:SourceVpce.',
  ),
  scenario(
    'ck-create-key-guardrails',
    { f: ['ck-create-key-attrs', 'kp-iam-only-ops'], d: 'governance', docs: ['conditionsKms', 'apiPermissions'] },
    'A platform team lets developers create their own keys but must ensure that every new key is a symmetric encryption key, single-Region, with KMS-generated material, so that no imported material or multi-Region copies appear. How should the IAM policy for developers be written?',
    [
      'Allow CreateKey only with conditions on KeySpec, MultiRegion and KeyOrigin',
      'Right: these condition keys describe the key being created, so the policy allows only that kind.',
    ],
    [
      [
        'Allow kms:CreateKey and use an AWS Config rule to delete non-conforming keys every night',
        'Wrong: detection after the fact leaves non-conforming keys usable for a day and cannot delete keys instantly (deletion has a waiting period).',
      ],
      [
        'Allow kms:CreateKey and deny kms:ImportKeyMaterial and kms:ReplicateKey in every key policy',
        'Wrong: developers write the key policy of the keys they create, so they can leave the denies out.',
      ],
      [
        'Let developers create keys only in the console, which creates symmetric single-Region keys',
        'Wrong: the console offers asymmetric, HMAC, imported and multi-Region options too, and the API stays available.',
      ],
    ],
    'kms:KeySpec, kms:KeyUsage, kms:KeyOrigin and kms:MultiRegion let an IAM policy decide which keys may be created.',
  ),
  scenario(
    'ck-min-deletion-window',
    { f: ['ck-create-key-attrs', 'kl-deletion'], d: 'governance', docs: ['scheduleDeletion', 'conditionsKms'] },
    'After a key was deleted seven days after being scheduled by mistake, a company wants every deletion of a customer managed key to wait the full 30 days, so that alarms have time to catch errors. Administrators must still be able to schedule deletions. What enforces this?',
    [
      'Deny scheduling when the requested window is under 30 days',
      'Right: the condition key carries the requested waiting period, so shorter windows are refused.',
    ],
    [
      [
        'Set the default waiting period of the account to 30 days in the KMS console',
        'Wrong: 30 days is already the default when none is given, and there is no account setting that forbids shorter windows.',
      ],
      ['Deny kms:CancelKeyDeletion to administrators', 'Wrong: that makes mistakes harder to undo, not deletions slower.'],
      [
        'Create an EventBridge rule that cancels every deletion with a window under 30 days',
        'Wrong: it reacts after the fact and can fail; a policy condition prevents the short window in the first place.',
      ],
    ],
    'kms:ScheduleKeyDeletionPendingWindowInDays lets policies enforce a minimum (or maximum) waiting period.',
  ),
  multiple(
    'ck-match-purpose',
    { f: ['ck-via-service', 'ck-caller-account', 'ck-grant-for-resource', 'ck-vpce'], lv: 2, docs: ['conditionsKms', 'vpceConditions'] },
    'An AWS managed key’s policy lets every principal of the account use the key, but only through its service. Which condition keys make up that restriction? (Choose two.)',
    [
      ['kms:ViaService', 'Right: it limits use to requests made by the named service for the principal.'],
      ['kms:CallerAccount', 'Right: it limits the principals to those of the account.'],
    ],
    [
      ['kms:GrantIsForAWSResource', 'Wrong: it is used on CreateGrant for integrated services, not to limit use of AWS managed keys to one service.'],
      ['aws:SourceVpce', 'Wrong: AWS managed keys do not restrict callers by VPC endpoint.'],
      ['kms:RequestAlias', 'Wrong: it matches the alias in the request; AWS managed key policies do not use it.'],
      ['aws:PrincipalOrgID', 'Wrong: AWS managed keys are limited to one account, not to an organization.'],
    ],
    'AWS managed keys combine kms:CallerAccount with kms:ViaService, which is also why they cannot be used directly or from another account.',
  ),
  single(
    'ck-via-service-direct',
    { f: ['ck-via-service', 'own-aws-managed'], t: 'key-ownership', lv: 2, docs: ['conditionsKms', 'kmsConcepts'] },
    'An engineer calls aws kms encrypt --key-id alias/aws/s3 from CloudShell and gets AccessDeniedException, although the IAM policy allows kms:* on all resources. Why?',
    ['The key policy allows use only through S3', 'Right: AWS managed keys allow use only with kms:ViaService for their service (and kms:CallerAccount).'],
    [
      [
        'AWS managed keys can only be used after an administrator enables direct use on the key',
        'Wrong: there is no such switch; the policy of an AWS managed key cannot be changed.',
      ],
      ['CloudShell cannot call KMS', 'Wrong: CloudShell calls KMS with the signed-in identity like any client.'],
      ['The alias must be given as an ARN', 'Wrong: the alias name is fine in the same account and Region; the key policy refuses the call.'],
    ],
    'AWS managed keys are for their service only; for direct use or sharing, use a customer managed key.',
  ),
];
