/** Specialty items: key states and deletion, imported key material, and rotation limits. */
import { builders } from './build';

const { single, scenario, ordering } = builders({ t: 'key-lifecycle', d: 'incident-response', lv: 3, docs: ['deletingKeys'] });
const imp = { t: 'imported-material' as const, d: 'data-protection' as const, docs: ['importingKeys' as const] };
const rot = { t: 'rotation' as const, d: 'data-protection' as const, docs: ['rotateKeys' as const] };

export const SPEC_LIFECYCLE_IMPORT = [
  scenario(
    'kl-retire-safely',
    { f: ['kl-disable-first', 'kl-deletion', 'mon-cloudtrail'], d: 'governance', docs: ['deletingKeys', 'apiGetKeyLastUsage'] },
    'A company wants to delete 40 old customer managed keys to cut cost. GetKeyLastUsage shows no use for 8 months for most of them, but some yearly batch jobs may still need one. Deleting a key that is still needed would make data unrecoverable. What is the safest process?',
    [
      'Disable them, watch CloudTrail for failures, then schedule deletion',
      'Right: disabling is reversible; failed requests (DisabledException) reveal forgotten users before anything is destroyed.',
    ],
    [
      [
        'Schedule deletion with the maximum 30-day window, since GetKeyLastUsage proves they are unused',
        'Wrong: a yearly job can fall outside both the tracking data and the 30-day window; AWS advises not to rely on last usage alone.',
      ],
      ['Remove their aliases and wait for complaints', 'Wrong: applications that use key IDs or ARNs keep working, so nothing is learned.'],
      ['Delete the key policies so that nobody can use the keys', 'Wrong: a key always has a policy, and locking everyone out can make the keys unmanageable.'],
    ],
    'Disable first, observe, then delete: deletion is irreversible after the waiting period.',
  ),
  scenario(
    'kl-alarm-pending',
    { f: ['kl-monitor-pending', 'mon-cloudtrail', 'kl-deletion'], d: 'detection', docs: ['deletingKeys'] },
    'A key was scheduled for deletion with a 30-day waiting period. The team wants to be told at once if any application tries to use it during those 30 days, so the deletion can be cancelled in time. What should it set up?',
    [
      'A metric filter and alarm on CloudTrail events of requests refused for that key',
      'Right: requests for a key pending deletion fail and are recorded; an alarm on them warns while CancelKeyDeletion is still possible.',
    ],
    [
      [
        'An AWS Config rule that reports keys pending deletion',
        'Wrong: it reports the state, which is already known; it does not detect attempts to use the key.',
      ],
      ['A CloudWatch alarm on the key’s SecondsUntilKeyMaterialExpiration metric', 'Wrong: that metric exists only for imported material with an expiry date.'],
      ['GetKeyLastUsage every day', 'Wrong: it shows the last successful use; requests that fail because of the state are not successes.'],
    ],
    'AWS documents an alarm that detects attempted use of a key pending deletion.',
  ),
  scenario(
    'kl-ransom-deletion',
    { f: ['kl-deletion', 'gov-scp', 'mon-eventbridge'], docs: ['deletingKeys', 'scps'] },
    'At 02:00 an attacker with a stolen administrator session schedules the deletion of every customer managed key in a production account, with 7-day windows. The attack is discovered at 08:00. The session has been revoked. What should the responders do next, in order of urgency?',
    [
      'Cancel the deletions, re-enable the keys, then add an SCP guardrail',
      'Right: during the waiting period deletions can be cancelled (keys return Disabled); a guardrail then stops a repeat.',
    ],
    [
      ['Restore the keys from the last AWS Backup of KMS', 'Wrong: KMS keys cannot be backed up or restored; they must not be deleted.'],
      [
        'Wait: keys pending deletion keep working for 7 days, so there is time to migrate data',
        'Wrong: a key pending deletion cannot be used at all; services are already failing.',
      ],
      [
        'Create new keys and re-encrypt all data before the window ends',
        'Wrong: re-encryption needs the old keys usable, and cancelling is immediate and complete.',
      ],
    ],
    'The waiting period exists for this: cancel, enable, then prevent (SCP, EventBridge alerts on ScheduleKeyDeletion).',
  ),
  single(
    'kl-usable-states',
    { f: ['kl-states'], lv: 1, docs: ['keyState'] },
    'In which key state can a KMS key be used in cryptographic operations?',
    ['Enabled', 'Right: every other state (Disabled, PendingDeletion, PendingImport, Unavailable, Creating...) refuses cryptographic operations.'],
    [
      ['PendingImport, once the import token is obtained', 'Wrong: the key has no material until ImportKeyMaterial succeeds.'],
      ['Updating', 'Wrong: the key is being changed (for example a multi-Region primary change) and cannot be used meanwhile.'],
      ['PendingReplicaDeletion, for decryption only', 'Wrong: a primary waiting for its replicas’ deletion cannot be used at all.'],
    ],
    'Only Enabled keys perform cryptographic operations.',
  ),
  scenario(
    'im-token-expired',
    { f: ['im-process'], ...imp, lv: 2, docs: ['importToken', 'apiImportKeyMaterial'] },
    'An engineer called GetParametersForImport on Monday, wrapped the key material on an offline HSM during the week and ran ImportKeyMaterial on Thursday. The import fails. Why, and what now?',
    [
      'The import parameters expire after 24 hours; get new ones and wrap again',
      'Right: the public key and token from GetParametersForImport expire after 24 hours.',
    ],
    [
      ['Material can be imported only into a key created the same day', 'Wrong: the key can wait in PendingImport indefinitely; the parameters expire.'],
      [
        'The wrapping algorithm must be RSAES_PKCS1_V1_5 for offline HSMs',
        'Wrong: the algorithm is chosen when parameters are requested; the problem is their age.',
      ],
      ['The key must be enabled before importing', 'Wrong: a new EXTERNAL key is PendingImport and becomes usable after the import.'],
    ],
    'GetParametersForImport returns a wrapping public key and an import token valid for 24 hours.',
  ),
  scenario(
    'im-revoke-now',
    { f: ['im-expiry-delete'], ...imp, d: 'incident-response', docs: ['apiDeleteImportedKeyMaterial', 'importConcepts'] },
    'A financial firm imports its own key material so that it can make data unreadable in AWS within seconds if a legal order requires it, and restore access later. It keeps the material in its own HSMs. Which action fulfils the order?',
    ['Call DeleteImportedKeyMaterial', 'Right: deleting imported material takes effect immediately, with no waiting period, and reimporting restores the key.'],
    [
      ['ScheduleKeyDeletion with a 7-day window', 'Wrong: the key stays in KMS for 7 days and deletion is permanent, while the firm wants to restore later.'],
      ['DisableKey', 'Wrong: it stops use, but anyone allowed EnableKey can undo it, and the material stays in KMS.'],
      ['RotateKeyOnDemand to material nobody knows', 'Wrong: old material is kept for decryption, so old data stays readable.'],
    ],
    'With imported material you control durability: delete it for immediate loss of use, reimport to restore.',
  ),
  scenario(
    'im-expiry-alarm',
    { f: ['im-expiry-delete', 'mon-metrics'], ...imp, d: 'detection', docs: ['monitoringCloudwatch', 'importConcepts'] },
    'Imported key material was given an expiry date a year ahead, to force a yearly review. The review was forgotten, the material expired and production decryption stopped. How should the team be warned next time?',
    ['An alarm on SecondsUntilKeyMaterialExpiration', 'Right: KMS publishes the time left before imported material expires.'],
    [
      ['An alarm on the key’s NextRotationDate', 'Wrong: keys with imported material are not rotated automatically and have no such schedule.'],
      ['An ACM expiry event for the key', 'Wrong: ACM handles certificates, not KMS key material.'],
      ['Enable automatic rotation so expired material is replaced', 'Wrong: automatic rotation is not available for imported material.'],
    ],
    'When imported material expires, KMS deletes it and the key becomes unusable until it is reimported.',
  ),
  scenario(
    'im-rotate-imported',
    { f: ['im-rotation', 'rot-eligibility'], ...imp, t: 'imported-material', docs: ['apiImportKeyMaterial', 'apiRotateKeyOnDemand', 'rotateOnDemand'] },
    'A symmetric encryption key uses imported material. Policy now requires new material every year, keeping the same key ID and the ability to decrypt older data. Automatic rotation was refused. What should the team do?',
    [
      'Import NEW_KEY_MATERIAL, then call RotateKeyOnDemand',
      'Right: symmetric keys with imported material accept new material and rotate to it on demand; older material stays for decryption.',
    ],
    [
      [
        'Import the new material over the old with ImportType EXISTING_KEY_MATERIAL',
        'Wrong: EXISTING_KEY_MATERIAL re-imports the same material; a key cannot swap its current material that way.',
      ],
      ['Enable automatic rotation after deleting the imported material', 'Wrong: automatic rotation never applies to keys with imported material.'],
      ['Create a new key each year and delete the old one', 'Wrong: deleting the old key makes older data unreadable; it also changes the key ID.'],
    ],
    'Imported material (symmetric): new material + on-demand rotation. Asymmetric and HMAC imported keys keep their one material.',
  ),
  scenario(
    'im-rsa-wrapping',
    { f: ['im-wrapping', 'im-process'], ...imp, lv: 2, docs: ['importToken', 'apiImportKeyMaterial'] },
    'A team exports an RSA_3072 private key from its HSM as DER PKCS#8 to import into an EXTERNAL KMS signing key. It downloads an RSA_4096 wrapping public key with RSAES_OAEP_SHA_256, and openssl pkeyutl -encrypt fails with "data too large for key size". What should it do?',
    [
      'Download new parameters with RSA_AES_KEY_WRAP_SHA_256: wrap the private key under a fresh AES-256 key, wrap that AES key with the public key, import both joined',
      'Right: RSA private keys must use an RSA_AES_KEY_WRAP algorithm; only the 32-byte AES key goes through RSA-OAEP.',
    ],
    [
      ['Switch to RSAES_OAEP_SHA_1, whose padding leaves more room', 'Wrong: RSA_4096 with SHA-1 takes 470 bytes; the private key is about 1,800.'],
      ['Convert the private key to PEM before wrapping', 'Wrong: KMS takes DER, and PEM is longer still.'],
      ['Split the private key in two and import each part with its own token', 'Wrong: ImportKeyMaterial takes the whole material in one call.'],
    ],
    'RSAES_OAEP wraps AES, HMAC and EC keys directly; RSA private keys need RSA_AES_KEY_WRAP (AES key wrap with padding under your own AES key).',
  ),
  scenario(
    'im-asym-one-material',
    { f: ['im-rotation', 'kt-rsa'], ...imp, lv: 2, docs: ['apiImportKeyMaterial'] },
    'A team imported an RSA private key into an asymmetric KMS signing key. The private key must be replaced next year. What is true?',
    [
      'Create a new KMS key for the new RSA key',
      'Right: only symmetric encryption keys accept new imported material; asymmetric and HMAC keys cannot change material after the first import.',
    ],
    [
      ['Import the new RSA key with ImportType NEW_KEY_MATERIAL and rotate on demand', 'Wrong: that works for symmetric encryption keys only.'],
      ['Enable automatic rotation on the key', 'Wrong: asymmetric keys cannot rotate.'],
      ['Delete the imported material and import the new RSA key', 'Wrong: the key accepts only the same material again.'],
    ],
    'Asymmetric and HMAC keys with imported material are bound to that material.',
  ),
  scenario(
    'rot-exposed-material',
    { f: ['rot-no-reencrypt', 'rot-manual'], ...rot, d: 'incident-response', docs: ['rotateKeys', 'rotateManually'] },
    'Forensics shows that ciphertext and, separately, a copy of imported key material both leaked from a compromised backup system. The key’s material had been rotated on demand twice since the data was written. Management asks whether rotation protects the leaked data. What is the correct response?',
    [
      'No; move the data to a new key and drop the old',
      'Right: old material is kept to decrypt old ciphertext, so rotation helps only new data; exposed data must move to a new key.',
    ],
    [
      ['Yes: after rotation the old material can no longer decrypt anything', 'Wrong: KMS keeps previous material precisely so old ciphertext still decrypts.'],
      [
        'Yes, if automatic rotation is also enabled',
        'Wrong: automatic rotation is unavailable for imported material and would not change old ciphertext anyway.',
      ],
      ['Only data larger than 4 KB is affected', 'Wrong: data size has nothing to do with it; any data under exposed material is at risk.'],
    ],
    'Rotation limits new data under one material; it is not a remedy for exposed material.',
  ),
  scenario(
    'rot-eligible-which',
    { f: ['rot-eligibility', 'ks-limits', 'mon-config-hub'], ...rot, d: 'governance', docs: ['apiEnableKeyRotation', 'configRotationRule'] },
    'An AWS Config report lists keys without automatic rotation: an RSA signing key, an HMAC key, a key with imported material, a key in a CloudHSM key store and a symmetric key with KMS-generated material. Compliance asks to "enable rotation on all of them". For which key can automatic rotation be enabled?',
    [
      'Only the symmetric key with KMS-generated material, nothing else',
      'Right: automatic rotation applies only to symmetric encryption keys with KMS-generated material; the others need other controls (new keys, or on-demand rotation of imported material).',
    ],
    [
      ['All of them, with rotation periods of at least 90 days', 'Wrong: the period does not matter; the key types are not eligible.'],
      ['All except the RSA signing key', 'Wrong: HMAC, imported-material and custom key store keys are not eligible either.'],
      ['None: Config reports only keys that AWS rotates itself', 'Wrong: the symmetric KMS-generated key can be rotated.'],
    ],
    'Automatic rotation: symmetric encryption, KMS-generated material, standard key store only.',
  ),
  scenario(
    'rot-pricing-many',
    { f: ['rot-pricing', 'qc-pricing', 'cur-rotation-period'], ...rot, d: 'governance', lv: 2, docs: ['kmsPricing', 'rotateKeys'] },
    'A team plans to rotate 200 customer managed keys every 90 days instead of yearly. Finance asks how this changes the KMS bill over several years. What is the right answer?',
    [
      'Only the first two rotations of each key add to its monthly fee, later ones nothing',
      'Right: the first and second rotations of a key each add to its monthly charge; further rotations are not billed.',
    ],
    [
      ['Each rotation adds a monthly charge for as long as the key exists', 'Wrong: only the first two rotations add to the key’s charge.'],
      ['Rotation is always free', 'Wrong: the first two rotations of a customer managed key add to its monthly charge.'],
      ['Shorter periods cost less because old material is deleted sooner', 'Wrong: old material is never deleted while the key exists.'],
    ],
    'Rotation cost is capped per key after the second rotation, so shorter periods cost about the same over time.',
  ),
  single(
    'im-wrapping-choice',
    { f: ['im-wrapping'], ...imp, lv: 1, docs: ['importToken'] },
    'Which wrapping algorithm can import an RSA private key into an EXTERNAL KMS key?',
    [
      'RSA_AES_KEY_WRAP_SHA_256',
      'Right: the private key is wrapped under your own AES-256 key (AES key wrap with padding) and only that AES key goes through RSA-OAEP.',
    ],
    [
      ['RSAES_OAEP_SHA_256', 'Wrong: it encrypts the material in one RSA block, far too small for an RSA private key; it suits AES, HMAC and EC keys.'],
      ['RSAES_OAEP_SHA_1', 'Wrong: one RSA block as well, with slightly more room (470 bytes with RSA_4096), still too small.'],
      ['RSAES_PKCS1_V1_5', 'Wrong: KMS no longer supports it (since October 2023), and it is one RSA block too.'],
    ],
    'RSA private keys: RSA_AES_KEY_WRAP_SHA_1 or _SHA_256.',
  ),
  ordering(
    'im-order',
    { f: ['im-process', 'im-expiry-delete'], ...imp, lv: 2, docs: ['importingKeys', 'importToken'] },
    'Put the steps of bringing your own key material to KMS in order.',
    [
      ['Create a KMS key with origin EXTERNAL (it is PendingImport)', 'The key exists without material.'],
      ['Call GetParametersForImport for a wrapping public key and an import token', 'Both are valid for 24 hours.'],
      ['Wrap your key material with the public key', 'Only KMS can unwrap it.'],
      ['Call ImportKeyMaterial with the wrapped material, the token and an expiry choice', 'The key becomes Enabled with your material.'],
    ],
    'Create, get parameters, wrap, import.',
  ),
];
