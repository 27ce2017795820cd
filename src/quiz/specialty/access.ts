/** Specialty facts: who may use a key (key policies, IAM, condition keys, grants, encryption context, ReEncrypt). */
import { rows } from './build';

export const ACCESS_FACTS = [
  ...rows('key-policies', [
    [
      'kp-one-policy',
      'Every KMS key has exactly one key policy, the primary control of access to it; no principal, not even the account root, can use or manage the key unless the key policy allows it directly or lets IAM policies (or grants) allow it.',
      ['keyPolicies'],
    ],
    ['kp-size', 'A key policy document can be at most 32 KB (32,768 bytes); a longer policy is refused.', ['keyPolicyModifying', 'resourceQuotas']],
    [
      'kp-root-enables-iam',
      "The default key policy's statement that allows the account principal (arn:aws:iam::<account>:root) kms:* gives nobody access by itself: it lets IAM policies in that account grant access to the key. Without it, IAM policies alone cannot give access.",
      ['keyPolicyDefault'],
    ],
    [
      'kp-lockout-check',
      'CreateKey and PutKeyPolicy run a lockout safety check: a policy that would not let the caller change the policy again is refused unless BypassPolicyLockoutSafetyCheck is set; a key nobody can manage needs AWS Support to recover.',
      ['apiPutKeyPolicy', 'keyPolicyDefault'],
    ],
    [
      'kp-cross-account',
      'Cross-account use needs both sides: the key policy in the owning account must allow the other account (or its principals), and an IAM policy in the other account must allow its user or role. The caller names the key by its key ARN (or alias ARN); only cryptographic operations, DescribeKey and grant operations work across accounts.',
      ['crossAccount'],
    ],
    [
      'kp-separation',
      'Naming administrators and users in the key policy does not separate duties by itself: IAM policies can add permissions through the root statement, and administrators who hold kms:PutKeyPolicy or kms:CreateGrant can give themselves use of the key. Separation needs least-privilege IAM policies, and explicit denies where it must hold.',
      ['keyPolicyDefault', 'customerManagedPolicies'],
      ['lab:separation-of-duties/admin-cannot-use', 'lab:separation-of-duties/user-cannot-delete'],
    ],
    [
      'kp-explicit-deny',
      'An explicit Deny in a key policy, an IAM policy, a permissions boundary or a service control policy overrides every Allow, including one in a grant.',
      ['policyEvaluation', 'keyPolicies'],
    ],
    [
      'kp-iam-only-ops',
      'Some KMS permissions are not about one key and live only in IAM policies: kms:CreateKey, kms:ListKeys, kms:ListAliases, kms:GenerateRandom and kms:ListRetirableGrants.',
      ['apiPermissions'],
    ],
  ]),
  ...rows('condition-keys', [
    [
      'ck-via-service',
      'kms:ViaService allows (or denies) use of a key only when the request comes from a named AWS service acting for the principal, such as s3.eu-west-1.amazonaws.com; the principal still needs the permission.',
      ['conditionsKms'],
    ],
    [
      'ck-caller-account',
      'kms:CallerAccount matches the account of the caller; AWS managed keys combine it with kms:ViaService so every principal of the account may use the key, but only through that service.',
      ['conditionsKms', 'keyPolicyDefault'],
    ],
    [
      'ck-encryption-context',
      'kms:EncryptionContext:<key> and kms:EncryptionContextKeys let a policy allow a request only when its encryption context carries given pairs or keys, for example one tenant per role.',
      ['conditionsKms', 'encryptionContext'],
    ],
    [
      'ck-grant-for-resource',
      'kms:GrantIsForAWSResource allows CreateGrant only when an integrated AWS service (such as EBS or RDS) creates the grant for the principal, which lets those services use the key without letting users hand out grants.',
      ['conditionsKms', 'keyPolicyDefault'],
    ],
    [
      'ck-aliases',
      'kms:RequestAlias controls access by the alias used in the request, and kms:ResourceAliases by the aliases attached to the key; access then follows an alias when it is moved to another key.',
      ['aliasAccess'],
    ],
    [
      'ck-abac-tags',
      'aws:ResourceTag/<key> in an IAM or key policy grants access to keys by their tags (attribute-based access control); since changing a tag can change who may use a key, tagging permissions (aws:RequestTag, aws:TagKeys, kms:TagResource) need the same care as policy changes.',
      ['abac', 'tagging'],
    ],
    [
      'ck-vpce',
      'aws:SourceVpce or aws:SourceVpc in a key policy can require that calls come through a KMS VPC endpoint; aws:SourceIp does not work for requests through an endpoint, and calls that AWS services make for you do not come from your endpoint.',
      ['vpceConditions'],
    ],
    [
      'ck-create-key-attrs',
      'kms:KeySpec, kms:KeyUsage, kms:KeyOrigin and kms:MultiRegion in IAM policies constrain which kinds of key a principal may create; kms:ScheduleKeyDeletionPendingWindowInDays constrains the waiting period.',
      ['conditionsKms', 'scheduleDeletion'],
    ],
  ]),
  ...rows('grants', [
    [
      'gr-what',
      'A grant lets a grantee principal use a key for the operations it lists, without changing the key policy or IAM policies; grants only allow, never deny, and AWS services use them to act on your resources.',
      ['grants', 'apiCreateGrant'],
      ['lab:grant/create-grant', 'lab:grant/use-token'],
    ],
    [
      'gr-eventual',
      'A new grant can take up to about five minutes to be effective everywhere (eventual consistency); the grant token that CreateGrant returns lets the grantee use it at once.',
      ['grantToken', 'grants'],
      ['lab:grant/use-token'],
    ],
    [
      'gr-retire-revoke',
      'A grant ends by RetireGrant (the retiring principal, or the grantee when allowed, when the work is done) or RevokeGrant (someone with kms:RevokeGrant on the key, for example to cut access in an incident).',
      ['grantDelete'],
      ['lab:grant/retire'],
    ],
    [
      'gr-constraints',
      'Grant constraints (EncryptionContextEquals, EncryptionContextSubset) limit a grant to requests whose encryption context matches, so a grant can cover one resource only.',
      ['grants', 'apiCreateGrant'],
      ['lab:grant/create-grant'],
    ],
    [
      'gr-operations',
      'Grants can allow cryptographic operations, DescribeKey, CreateGrant and RetireGrant, but no key management such as PutKeyPolicy, DisableKey or ScheduleKeyDeletion; a key can have up to 50,000 grants.',
      ['grants', 'resourceQuotas'],
      ['lab:grant/create-grant'],
    ],
  ]),
  ...rows('encryption-context', [
    [
      'ec-aad',
      'An encryption context is a set of non-secret key-value pairs bound to symmetric ciphertext as additional authenticated data: Decrypt must be given exactly the same pairs (case-sensitive, order free) or it fails with InvalidCiphertextException.',
      ['encryptionContext', 'apiDecrypt'],
      ['lab:file-encryption/encrypt-file'],
    ],
    [
      'ec-logged',
      'The encryption context is written in plaintext to CloudTrail with every request, which makes it useful for auditing which object a key was used for, and means it must never hold secrets.',
      ['encryptionContext'],
    ],
    [
      'ec-symmetric-only',
      'Only symmetric encryption keys take an encryption context; asymmetric encryption and HMAC operations do not support it.',
      ['encryptionContext', 'symmetricAsymmetric'],
      ['lab:sign-verify/sign'],
    ],
    [
      're-permissions',
      'ReEncrypt needs kms:ReEncryptFrom on the source key and kms:ReEncryptTo on the destination key (the keys may be in different accounts); the plaintext never leaves KMS, so the caller needs no kms:Decrypt.',
      ['apiReEncrypt', 'apiPermissions'],
      ['lab:cli-encrypt/re-encrypt'],
    ],
  ]),
];
