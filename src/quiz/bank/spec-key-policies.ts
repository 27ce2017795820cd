/** Specialty items: key policies, IAM policies and how they combine (one policy per key, the root statement, lockout check, cross-account, denies). */
import { builders } from './build';

const { single, scenario, matching } = builders({ t: 'key-policies', d: 'iam', lv: 3, docs: ['keyPolicies'] });

export const SPEC_KEY_POLICIES = [
  scenario(
    'kp-auditor-root-statement',
    { f: ['kp-root-enables-iam', 'kp-one-policy'], docs: ['keyPolicyDefault', 'iamPolicies'] },
    'A team creates customer managed keys with the AWS CLI and a custom key policy that allows only an application role to use each key and a kms-admin role to manage it; the policy has no statement for the account principal. An auditor role with an IAM policy that allows kms:DescribeKey and kms:GetKeyPolicy on every resource gets AccessDeniedException on these keys. The security team wants read access for auditors to be managed in IAM from now on, without naming auditors in every key policy. What should it change?',
    [
      'Add the statement that allows the account principal to each key policy',
      'Right: that statement lets IAM policies in the account grant access to the key; the auditor’s existing IAM policy then takes effect.',
    ],
    [
      [
        'Attach the AWS managed ReadOnlyAccess policy to the auditor role instead of the custom policy',
        'Wrong: no IAM policy can give access to a key whose key policy does not let IAM policies apply, whatever the IAM policy says.',
      ],
      [
        'Create a grant on each key for the auditor role with the DescribeKey and GetKeyPolicy operations',
        'Wrong: GetKeyPolicy is not a grant operation, and a grant per key per auditor is exactly the per-key management the team wants to avoid.',
      ],
      [
        'Add the IAM group of the auditors as a principal in each key policy',
        'Wrong: a key policy cannot name an IAM group as a principal; and naming principals per key is what the team wants to stop.',
      ],
    ],
    'The key policy is the root of access. The statement allowing the account principal delegates to IAM: with it, IAM policies decide; without it, only principals named in the key policy (or grants) get access.',
  ),
  scenario(
    'kp-lockout-put-policy',
    { f: ['kp-lockout-check'], d: 'incident-response', docs: ['apiPutKeyPolicy', 'keyPolicyDefault'] },
    'During a least-privilege review, an administrator tries to replace the policy of a production key with one that only allows an application role to encrypt and decrypt. PutKeyPolicy fails with MalformedPolicyDocumentException, saying the new policy will not allow the caller to update the key policy in the future. The key must stay manageable. What should the administrator do?',
    [
      'Add a statement that lets a key administrator role call kms:PutKeyPolicy, then apply the policy',
      'Right: the lockout safety check refuses a policy that would leave the caller unable to manage it; keeping an administrator statement satisfies it.',
    ],
    [
      [
        'Repeat the call with --bypass-policy-lockout-safety-check',
        'Wrong: bypassing the check would leave nobody able to change the policy; AWS recommends using the flag only when you understand that risk.',
      ],
      [
        'Open a case so AWS Support applies the new policy on behalf of the account',
        'Wrong: Support does not apply key policies for you; the policy must be valid and must keep the key manageable.',
      ],
      [
        'Split the policy into two documents and attach the second one with a different policy name',
        'Wrong: every KMS key has exactly one key policy, named default; there is no second document to attach.',
      ],
    ],
    'CreateKey and PutKeyPolicy check that the caller could change the policy again. Keep an administrator statement (or the root statement) instead of bypassing the check.',
  ),
  scenario(
    'kp-size-limit',
    { f: ['kp-size', 'ck-abac-tags'], d: 'governance', docs: ['keyPolicyModifying', 'resourceQuotas', 'abac'] },
    'A shared platform key has a key policy with one statement per application role. After about 300 roles were added, PutKeyPolicy started to fail because the document is too large. New applications arrive every week and the team wants to stop editing the key policy for each one, while still granting each role only the use of this key. Which approach meets these requirements?',
    [
      'One statement with a tag condition, or IAM policies through the root statement instead',
      'Right: a key policy is limited to 32 KB; delegating to IAM (root statement) and matching tags lets new roles get access without growing the key policy.',
    ],
    [
      [
        'Attach a second key policy to the key for the next 300 roles',
        'Wrong: a key has exactly one key policy, and the 32 KB limit applies to that single document.',
      ],
      [
        'Remove the whitespace and Sid elements from the policy so that more statements fit',
        'Wrong: it buys a few statements at most; the 32 KB limit returns as roles keep arriving, and the team still edits the policy each time.',
      ],
      ['Create one alias per application and put each role in its alias', 'Wrong: aliases have no policy; they cannot hold principals or permissions.'],
    ],
    'Key policies are capped at 32 KB (32,768 bytes). Scale with IAM policies (through the root statement) and attribute-based conditions rather than a statement per principal.',
  ),
  scenario(
    'kp-cross-account-lambda',
    { f: ['kp-cross-account'], docs: ['crossAccount', 'apiDecrypt'] },
    "Account 111122223333 owns a customer managed key. Its key policy allows arn:aws:iam::444455556666:root to call kms:Decrypt. A Lambda function in account 444455556666 calls Decrypt with the KeyId alias/shared-data and gets an error, although the function's role has no other problem. Which changes make the call work with least privilege? (The ciphertext was produced with that key.)",
    [
      'IAM policy for kms:Decrypt on the key ARN; name the key by ARN',
      "Right: cross-account use needs the key policy in the owning account and an IAM policy in the caller's account; another account's key must be named by key ARN or alias ARN, never by alias name.",
    ],
    [
      [
        "Add the Lambda role's ARN to the key policy as a key user; the other account then needs no IAM policy",
        "Wrong: even when the key policy names the role, the role's own account must allow the action in an IAM policy; both sides are required.",
      ],
      [
        'Share the key with account 444455556666 through AWS Resource Access Manager',
        'Wrong: KMS keys are not shared with AWS RAM; access to a key is given by its key policy (and grants) plus IAM policies in the other account.',
      ],
      [
        "Create an alias named alias/shared-data in account 444455556666 that points to the owner's key",
        'Wrong: an alias can point only to a key in its own account and Region.',
      ],
    ],
    'Cross-account: the key policy allows the other account (or its principals), an IAM policy in that account allows its principal, and the caller uses the key ARN (or alias ARN).',
  ),
  scenario(
    'kp-scp-deny-wins',
    { f: ['kp-explicit-deny', 'gov-scp'], d: 'governance', docs: ['scps', 'policyEvaluation'] },
    'An organization applies a service control policy to its production OU that denies kms:ScheduleKeyDeletion to every principal except the role BreakGlass. In a production account, a key administrator whose role is allowed kms:* by the key policy and by an IAM policy tries to schedule the deletion of an unused key and gets AccessDeniedException. The administrator argues that two policies explicitly allow the action. What is the outcome and why?',
    [
      'The call stays denied: the explicit Deny in the SCP overrides both allows',
      'Right: an explicit Deny anywhere in the evaluation (SCP, IAM, key policy, boundary) wins over any Allow.',
    ],
    [
      [
        'The call succeeds once the key policy names the administrator role explicitly instead of through kms:*',
        'Wrong: naming the role precisely changes nothing; the SCP’s Deny applies to the account’s principals regardless of the key policy.',
      ],
      [
        'The call succeeds if the administrator adds an explicit Allow to its own IAM policy',
        'Wrong: SCPs limit what IAM policies can grant in member accounts; an Allow never beats a Deny.',
      ],
      [
        'The call fails because SCPs cannot name KMS actions, so the organization must remove the SCP',
        'Wrong: SCPs can deny any KMS action; this one is working exactly as intended.',
      ],
    ],
    'Explicit Deny beats Allow. SCPs are how an organization guards destructive key actions such as ScheduleKeyDeletion.',
  ),
  scenario(
    'kp-create-key-iam',
    { f: ['kp-iam-only-ops'], docs: ['apiPermissions', 'iamPolicies'] },
    'A CI/CD pipeline role must create symmetric encryption keys for new environments. An engineer adds kms:CreateKey to the key policy of an existing shared key and names the pipeline role, but CreateKey is still denied. What is the least-privilege fix?',
    [
      'Attach an IAM policy to the pipeline role that allows kms:CreateKey',
      'Right: CreateKey concerns no existing key, so only IAM policies can allow it (condition keys can then narrow which keys may be created).',
    ],
    [
      [
        'Add kms:CreateKey to the key policy of every key in the account so that the pipeline can use any of them',
        'Wrong: key policies govern operations on their own key; CreateKey is never authorized by a key policy.',
      ],
      ['Give the pipeline role AdministratorAccess for the duration of each pipeline run', 'Wrong: it would work, but it is the opposite of least privilege.'],
      [
        'Create a grant for the pipeline role with the CreateKey operation on the shared key',
        'Wrong: CreateKey is not a grant operation; grants only cover cryptographic use, DescribeKey and grant management.',
      ],
    ],
    'kms:CreateKey, ListKeys, ListAliases, GenerateRandom and ListRetirableGrants are authorized by IAM policies only.',
  ),
  scenario(
    'kp-admins-cannot-decrypt',
    { f: ['kp-separation', 'kp-explicit-deny'], docs: ['keyPolicyDefault', 'customerManagedPolicies', 'policyEvaluation'] },
    'Compliance requires that the KeyAdmins role can never decrypt data, even if someone later edits a key policy. The role has an IAM policy that allows kms:* on all resources, and every key policy keeps the root statement plus a console-default key administrators statement that names KeyAdmins. Which change meets the requirement?',
    [
      'An explicit Deny in the role’s IAM policies for decrypting actions',
      'Right: a Deny attached to the role wins over any Allow a key policy grants now or later (changing the role’s IAM policies needs IAM permissions the key administrators lack).',
    ],
    [
      [
        'Remove KeyAdmins from the key users statement of every key policy',
        'Wrong: KeyAdmins was never a key user; the kms:* IAM policy already allows decryption through the root statement.',
      ],
      [
        'Remove the root statement from every key policy so that IAM policies no longer apply',
        'Wrong: it would cut every IAM-based permission, including legitimate ones, and KeyAdmins, who holds kms:PutKeyPolicy, could write the statement back.',
      ],
      [
        'Enable automatic rotation so that old data cannot be decrypted by the administrators',
        'Wrong: rotation keeps old material and changes nothing about who may call Decrypt.',
      ],
    ],
    'Separation of duties needs more than naming roles in the key policy: administrators who can edit the policy can grant themselves use, so an explicit Deny in IAM is what holds.',
  ),
  single(
    'kp-one-policy-basics',
    { f: ['kp-one-policy', 'kp-root-enables-iam'], lv: 1, docs: ['keyPolicies'] },
    'Which statement about KMS key policies is true?',
    ['Every KMS key has exactly one key policy', 'Right: it is created with the key (the default one if none is given) and replaced with PutKeyPolicy.'],
    [
      [
        'A key has no policy until an administrator attaches one with PutKeyPolicy',
        'Wrong: a key always has a policy; CreateKey applies the default key policy when none is given.',
      ],
      [
        'IAM policies alone can grant access to any key of the account',
        'Wrong: only if the key policy lets IAM policies apply, through the statement for the account principal.',
      ],
      ['Key policies can name IAM groups as principals', 'Wrong: users, roles, accounts and services can be principals; IAM groups cannot.'],
    ],
    'One key, one key policy: the primary and mandatory control of access to it.',
  ),
  scenario(
    'kp-unmanageable-key',
    { f: ['kp-lockout-check', 'kp-one-policy'], d: 'incident-response', docs: ['keyPolicyDefault', 'apiPutKeyPolicy'] },
    'An engineer applied a key policy with the bypass flag for the lockout safety check. The policy allows only a decommissioned role, which was deleted the next day. Now nobody in the account, including the root user, can change the policy or use the key, and production data is encrypted under it. What is the way forward?',
    [
      'Contact AWS Support to regain control of the key',
      'Right: a key whose policy allows no existing principal is unmanageable from inside the account; AWS documents contacting AWS Support for that case.',
    ],
    [
      [
        'Sign in as the account root user and call PutKeyPolicy, because the root user always has full access to every key',
        'Wrong: the root user has only the access the key policy gives; that is why the lockout safety check exists.',
      ],
      [
        'Recreate the deleted role with the same name so the key policy applies to it again',
        'Wrong: a recreated role has a new unique ID; the key policy does not grant it the deleted role’s access.',
      ],
      [
        'Schedule the deletion of the key and restore the data from the ciphertext backups',
        'Wrong: nobody can call ScheduleKeyDeletion either, and deleting the key would make the backups unreadable.',
      ],
    ],
    'Do not bypass the lockout safety check lightly: a key nobody may manage needs AWS Support to recover.',
  ),
  scenario(
    'kp-iam-resource-alias-arn',
    { f: ['kp-root-enables-iam', 'ck-aliases'], docs: ['iamPolicies', 'aliasAccess'] },
    'A developer writes an IAM policy that allows kms:Encrypt and kms:Decrypt with Resource set to arn:aws:kms:eu-west-1:111122223333:alias/orders. The key policy keeps the root statement. The application calls Encrypt with alias/orders and is denied. How should the policy be written to allow exactly this key?',
    [
      'Use the key ARN as the Resource (or keep * and add a kms:RequestAlias condition)',
      'Right: in an IAM policy the Resource of a cryptographic action is the key; an alias ARN as Resource only controls operations on the alias itself.',
    ],
    [
      [
        'Add alias ARNs for every Region, since aliases are global resources that need each Region listed',
        'Wrong: aliases are Regional, and an alias ARN as Resource still does not authorize use of the key.',
      ],
      [
        'Put kms:Encrypt and kms:Decrypt on the alias in the key policy instead of the IAM policy',
        'Wrong: an alias has no policy of its own; key policies apply to keys only.',
      ],
      [
        'Replace the Resource with arn:aws:kms:*:111122223333:key/* to allow all keys of the account',
        'Wrong: it works but allows every key of the account in every Region, which is not least privilege.',
      ],
    ],
    'Authorize use by key ARN; to control access by alias, use the kms:RequestAlias or kms:ResourceAliases condition keys.',
  ),
  matching(
    'kp-match-elements',
    {
      f: ['kp-root-enables-iam', 'kp-iam-only-ops', 'kp-explicit-deny', 'kp-lockout-check'],
      lv: 2,
      docs: ['keyPolicyDefault', 'apiPermissions', 'policyEvaluation'],
    },
    'Match each policy element or setting to its effect.',
    [
      [
        'A key policy statement allowing arn:aws:iam::<account>:root kms:*',
        'Lets IAM policies of the account grant access to the key',
        'It delegates to IAM; by itself it lets nobody use the key.',
      ],
      [
        'kms:CreateKey in an IAM policy',
        'Authorizes an action that no key policy controls',
        'Creating a key concerns no existing key, so only IAM can allow it.',
      ],
      [
        'Deny kms:ScheduleKeyDeletion in a service control policy',
        'Blocks the action even where a key policy allows it',
        'Explicit denies override allows in every policy type.',
      ],
      [
        'BypassPolicyLockoutSafetyCheck set to true',
        'Skips the check that the caller can still change the policy',
        'Use it only when you are sure someone can still manage the key.',
      ],
    ],
    [['Gives every user of the account use of the key', 'Wrong: no element does that by itself; even the root statement only delegates to IAM policies.']],
    'The root statement delegates, IAM alone authorizes account-level actions, denies win, and the lockout check protects manageability.',
  ),
];
