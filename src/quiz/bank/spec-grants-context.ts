/** Specialty items: grants and grant tokens, encryption context, ReEncrypt permissions. */
import { builders } from './build';

const { single, scenario, ordering } = builders({ t: 'grants', d: 'iam', lv: 3, docs: ['grants'] });
const ctx = { t: 'encryption-context' as const, d: 'data-protection' as const, docs: ['encryptionContext' as const] };

export const SPEC_GRANTS_CONTEXT = [
  scenario(
    'gr-token-now',
    { f: ['gr-eventual', 'gr-what'], docs: ['grantToken', 'apiCreateGrant'] },
    'An orchestrator creates a grant that lets a short-lived worker role decrypt one dataset, then starts the worker at once. About one run in ten fails on its first Decrypt with AccessDeniedException, and succeeds when retried a minute later. Jobs must not fail and the key policy must not change. What should the orchestrator do?',
    [
      'Pass the GrantToken returned by CreateGrant to the worker, which sends it in GrantTokens',
      'Right: grants are eventually consistent (up to about five minutes); a grant token lets the grantee use the new grant at once.',
    ],
    [
      [
        'Add the worker role to the key policy for the first minutes of each run',
        'Wrong: it changes the key policy for every job, which is ruled out, and is far more privilege than one dataset needs.',
      ],
      [
        'Call RetireGrant and CreateGrant again until Decrypt succeeds',
        'Wrong: every new grant is again eventually consistent; looping only adds load and delay.',
      ],
      [
        'Create the grant in the worker’s own account instead of the key owner’s account',
        'Wrong: the account has nothing to do with it; the delay is the grant becoming consistent across KMS.',
      ],
    ],
    'Use grant tokens until a new grant is consistent everywhere (typically under five minutes).',
  ),
  scenario(
    'gr-revoke-incident',
    { f: ['gr-retire-revoke', 'gr-what'], d: 'incident-response', docs: ['grantDelete', 'grants'] },
    'A grant allows a batch processing role to decrypt with a customer managed key. The security team learns that the role’s credentials were stolen and must cut the role’s use of the key immediately, while other users of the key keep working. The role is not named in the key policy or in any IAM policy. What should a key administrator do first?',
    [
      'Call RevokeGrant on the role’s grant, as a key administrator holding kms:RevokeGrant',
      'Right: RevokeGrant is the administrative way to remove a grant; the role gets its key access only through it.',
    ],
    [
      ['Remove the role from the key policy’s key users statement', 'Wrong: the role is not in the key policy; its access comes from the grant.'],
      ['Schedule the key for deletion with a 7-day waiting period', 'Wrong: it stops every user of the key and, if not cancelled, destroys all data under it.'],
      ['Wait for the grant to expire, since grants last one hour by default', 'Wrong: grants do not expire; they stay until retired or revoked.'],
    ],
    'Retire when the work is done (by the retiring principal or grantee); revoke to cut access (by someone allowed kms:RevokeGrant). Both take effect with eventual consistency, so also revoke the stolen sessions.',
  ),
  scenario(
    'gr-context-subset',
    { f: ['gr-constraints', 'ck-encryption-context'], docs: ['grants', 'apiCreateGrant'] },
    'A partner’s processing role needs to decrypt only the records of project alpha. Records are encrypted with one customer managed key and an encryption context that always holds {"project": "<name>"} plus a per-record {"record": "<id>"}. Which grant gives exactly that access?',
    [
      'A grant for Decrypt with the constraint EncryptionContextSubset {"project": "alpha"}',
      'Right: the request’s context must include project=alpha; the extra record pair is allowed, other projects are not.',
    ],
    [
      [
        'A grant for Decrypt with the constraint EncryptionContextEquals {"project": "alpha"}',
        'Wrong: Equals requires the context to be exactly that pair; every record also carries a record pair, so every Decrypt would be refused.',
      ],
      [
        'A grant for Decrypt with no constraint and an IAM policy in the partner account naming project alpha',
        'Wrong: the grant alone lets the role decrypt every project; the partner controls its own IAM policy.',
      ],
      [
        'A grant for ReEncryptFrom only, so the partner re-encrypts project alpha under its own key',
        'Wrong: it gives no project boundary either, and the partner still needs to read the data.',
      ],
    ],
    'Grant constraints bind a grant to encryption context: Subset (pairs must be included) or Equals (exact match).',
  ),
  scenario(
    'gr-no-admin-ops',
    { f: ['gr-operations'], lv: 2, docs: ['grants'] },
    'An operations contractor must be able to disable a key during an incident, for one week, without a change to the key policy. A team lead proposes a grant with the DisableKey operation. What is true?',
    [
      'It cannot be a grant; use a time-bound IAM policy instead',
      'Right: grants allow cryptographic operations, DescribeKey and grant operations only; management actions need a key policy or IAM policy.',
    ],
    [
      [
        'The grant works, and it expires after seven days if created with a duration',
        'Wrong: DisableKey is not a grant operation, and grants have no built-in expiry.',
      ],
      [
        'The grant works only if the contractor also holds kms:CreateGrant',
        'Wrong: the grant cannot include DisableKey at all, whatever else the contractor holds.',
      ],
      ['Grants can allow DisableKey but not EnableKey, so the contractor cannot undo it', 'Wrong: neither is a grant operation.'],
    ],
    'Grants cover Decrypt, Encrypt, GenerateDataKey*, ReEncrypt*, Sign, Verify, GenerateMac, VerifyMac, DeriveSharedSecret, GetPublicKey, DescribeKey, CreateGrant and RetireGrant.',
  ),
  scenario(
    'gr-quota',
    { f: ['gr-operations', 'qc-resource-quotas'], d: 'governance', lv: 2, docs: ['resourceQuotas', 'grantDelete'] },
    'An application creates a new grant on the same key for every file it processes and never removes them. After some months CreateGrant starts failing with LimitExceededException. What should the team change?',
    ['Retire each grant once its file is processed', 'Right: grants that are no longer needed must be retired or revoked; the per-key grant quota is 50,000.'],
    [
      [
        'Request a higher grants-per-key quota and keep the design unchanged',
        'Wrong: the design leaks grants; any quota would be reached again, and unused grants keep their access.',
      ],
      ['Create each grant on a new key instead', 'Wrong: a key per file costs a monthly fee per key and hits the key quota instead.'],
      ['Rotate the key, which clears its grants', 'Wrong: rotation changes material only; grants stay.'],
    ],
    'Grants are for delegation that ends: retire them when done. 50,000 grants per key is the quota.',
  ),
  single(
    'gr-why-services',
    { f: ['gr-what'], lv: 2, docs: ['grants'] },
    'Why do services such as EBS and RDS use grants to use your KMS key?',
    [
      'Grants give a narrow, removable permission without editing policies',
      'Right: the service gets exactly the operations it needs for your resource, and the grant is retired when no longer needed.',
    ],
    [
      [
        'Grants are the only way an AWS service can call KMS at all',
        'Wrong: services also use key policies (for example kms:ViaService statements); grants are one mechanism.',
      ],
      [
        'Grants bypass the key policy, so the key administrator does not have to allow anything',
        'Wrong: creating a grant needs kms:CreateGrant, which the key policy or IAM must allow.',
      ],
      ['Grants are cheaper than policy evaluations', 'Wrong: KMS does not charge for authorization; the reason is control, not cost.'],
    ],
    'Grants delegate temporary, resource-specific use; they only allow, never deny.',
  ),
  scenario(
    'ec-case-mismatch',
    { f: ['ec-aad'], ...ctx, d: 'incident-response', docs: ['encryptionContext', 'apiDecrypt'] },
    'After a refactor, an application writes records with the encryption context {"Tenant": "acme"} instead of {"tenant": "acme"}. Reads now fail on old records with InvalidCiphertextException, and on new records when the old code path reads them. Nothing changed in the keys or policies. What is the cause and fix?',
    [
      'The context must match exactly, case included: pass the same pairs used to encrypt',
      'Right: the encryption context is additional authenticated data; any difference in keys or values makes Decrypt fail.',
    ],
    [
      [
        'The key rotated during the deployment; decrypt with the previous key ID',
        'Wrong: rotation keeps old material under the same key ID and never causes InvalidCiphertextException.',
      ],
      [
        'Context keys are case-insensitive, so the ciphertext must be corrupted; restore from backup',
        'Wrong: context keys and values are case-sensitive; the data is fine.',
      ],
      ['The application lost kms:Decrypt; add it back to the role', 'Wrong: a missing permission gives AccessDeniedException, not InvalidCiphertextException.'],
    ],
    'Decrypt needs exactly the same encryption context, case-sensitive; order of pairs does not matter.',
  ),
  scenario(
    'ec-no-secrets',
    { f: ['ec-logged', 'mon-cloudtrail'], ...ctx, lv: 2, docs: ['encryptionContext'] },
    'To bind each encrypted record to its customer, a developer proposes putting the customer’s national ID number in the encryption context of GenerateDataKey and Decrypt. What should the security engineer answer?',
    [
      'No: the context is logged in plaintext; use a record ID',
      'Right: the encryption context is logged with every request, so it must never hold sensitive data; an identifier that is not secret binds the record just as well.',
    ],
    [
      ['Yes: the context is encrypted together with the data key', 'Wrong: the context is authenticated, not encrypted.'],
      [
        'Yes, provided the trail that records KMS events is encrypted with SSE-KMS',
        'Wrong: encrypted log files still show the value to everyone who can read the logs, and it appears in event history too.',
      ],
      [
        'No: the context can only hold the values aws:s3:arn and aws:ebs:id',
        'Wrong: any string pairs are allowed; those are just the ones those services use.',
      ],
    ],
    'The encryption context is non-secret additional authenticated data, recorded in CloudTrail.',
  ),
  scenario(
    'ec-audit-object',
    { f: ['ec-logged', 'mon-cloudtrail', 'qc-bucket-key'], ...ctx, d: 'detection', docs: ['encryptionContext', 's3BucketKey'] },
    'An investigator must find which S3 objects a suspicious role decrypted last week through SSE-KMS. The bucket uses SSE-KMS with a customer managed key and S3 Bucket Keys enabled. What will the KMS events in CloudTrail show?',
    [
      'Only the bucket ARN, so object detail must come from S3 data events',
      'Right: with Bucket Keys, S3 calls KMS for the bucket-level key and the context is the bucket ARN; S3 data events (or access logs) name the objects.',
    ],
    [
      [
        'The object ARN in the encryption context of each Decrypt event',
        'Wrong: that is the case without Bucket Keys; with them, KMS sees the bucket-level key requests, not one per object.',
      ],
      ['Nothing: KMS calls made by S3 are not recorded in CloudTrail', 'Wrong: KMS records calls that services make for you, with the principal they act for.'],
      ['The plaintext data keys, which can be matched to object headers', 'Wrong: CloudTrail never records key material or plaintext.'],
    ],
    'Bucket Keys trade per-object KMS events (and their cost) for fewer calls; plan object-level auditing with S3 data events.',
  ),
  scenario(
    'ec-rsa-context',
    { f: ['ec-symmetric-only', 'kt-rsa'], ...ctx, t: 'key-types', lv: 2, docs: ['encryptionContext', 'symmetricAsymmetric'] },
    'A team encrypts small configuration values with an RSA_3072 key (RSAES_OAEP_SHA_256) and tries to pass --encryption-context app=billing to bind each value to its application. The request fails. What should it do?',
    ['Encrypt with a symmetric encryption key, which takes a context', 'Right: asymmetric encryption algorithms in KMS do not support an encryption context.'],
    [
      ['Pass the context as a JSON file with fileb://', 'Wrong: the format is not the problem; RSA encryption takes no context at all.'],
      ['Switch to RSAES_OAEP_SHA_1, which supports a context', 'Wrong: no RSA algorithm takes an encryption context.'],
      ['Grant kms:EncryptionContext on the key', 'Wrong: there is no such permission; the algorithm does not support it.'],
    ],
    'Encryption context: symmetric encryption keys only (not RSA, not HMAC).',
  ),
  scenario(
    're-from-to',
    { f: ['re-permissions'], ...ctx, t: 'encryption-context', d: 'iam', docs: ['apiReEncrypt', 'apiPermissions'] },
    'A migration role re-encrypts ciphertexts from an old key to a new key with ReEncrypt. It has kms:Decrypt on the old key and kms:Encrypt on the new one, yet ReEncrypt is denied. Policy reviewers want the role unable to see plaintext. What should its permissions be?',
    [
      'ReEncryptFrom on the old key and ReEncryptTo on the new one',
      'Right: ReEncrypt is authorized by ReEncryptFrom and ReEncryptTo; the plaintext stays inside KMS, so Decrypt is not needed.',
    ],
    [
      ['kms:ReEncrypt* on the new key only', 'Wrong: the source key must allow ReEncryptFrom too.'],
      [
        'kms:Decrypt and kms:Encrypt on both keys, with a GrantTokens parameter on the call',
        'Wrong: those are not the permissions ReEncrypt checks, and Decrypt would let the role see plaintext.',
      ],
      ['kms:ReEncryptTo on the old key and kms:ReEncryptFrom on the new key', 'Wrong: the directions are reversed: From on the source, To on the destination.'],
    ],
    'ReEncrypt: ReEncryptFrom on the source key, ReEncryptTo on the destination key (keys may be in different accounts).',
  ),
  scenario(
    're-cross-account',
    { f: ['re-permissions', 'kp-cross-account'], ...ctx, d: 'iam', docs: ['apiReEncrypt', 'crossAccount'] },
    'After an acquisition, 2 million small ciphertexts encrypted under a key in the old account must move to a key in the new account. The migration host must never hold plaintext, and the old key’s account will be closed next quarter. Which approach meets this?',
    [
      'ReEncrypt across accounts, allowed by both keys’ policies',
      'Right: ReEncrypt works across accounts; the old key policy allows the migration role ReEncryptFrom, and the new key allows ReEncryptTo.',
    ],
    [
      [
        'Decrypt in the old account and Encrypt in the new account from the migration host',
        'Wrong: the plaintext would pass through the migration host, which the requirement forbids.',
      ],
      ['Move the old key to the new account with a key transfer request', 'Wrong: KMS keys cannot move between accounts.'],
      ['Export the old key material and import it into a new key in the new account', 'Wrong: KMS key material cannot be exported.'],
    ],
    'ReEncrypt moves ciphertext between keys, even across accounts, without exposing plaintext to the caller.',
  ),
  ordering(
    'gr-lifecycle-order',
    { f: ['gr-what', 'gr-eventual', 'gr-retire-revoke'], lv: 2, docs: ['grants', 'grantToken', 'grantDelete'] },
    'A job runner delegates decryption to a worker with a grant. Put the steps in order.',
    [
      [
        'CreateGrant for the worker role with the Decrypt operation (and a retiring principal)',
        'The grant is created by a principal allowed kms:CreateGrant on the key.',
      ],
      ['Hand the returned grant token to the worker', 'The token lets the worker use the grant before it is consistent everywhere.'],
      ['The worker calls Decrypt, passing the grant token', 'The grant allows the call even within the first minutes.'],
      ['RetireGrant when the job is done', 'Grants do not expire; retiring removes the access the job no longer needs.'],
    ],
    'Create, hand over the token, use, retire.',
  ),
];
