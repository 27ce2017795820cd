/** Specialty items: key types (symmetric, RSA, ECC, ML-DSA, HMAC) and their operations. */
import { builders } from './build';

const { single, scenario, multiple, matching } = builders({ t: 'key-types', d: 'data-protection', lv: 3, docs: ['keySpecs'] });

export const SPEC_KEY_TYPES = [
  scenario(
    'kt-rsa-too-small',
    { f: ['kt-rsa', 'cmk-4kb'], docs: ['keySpecs', 'symmetricAsymmetric'] },
    'Partners outside AWS must encrypt 2 KB JSON documents that only an internal service can decrypt. The team downloaded the public key of an RSA_4096 KMS key (ENCRYPT_DECRYPT) and the partners encrypt with RSAES_OAEP_SHA_256, but every encryption fails. The private key must stay in KMS. What is the right design?',
    [
      'Hybrid: wrap a per-document AES key with the RSA public key',
      'Right: RSA_4096 with OAEP SHA-256 encrypts at most 446 bytes; hybrid encryption wraps a small data key with RSA and the service decrypts it with KMS.',
    ],
    [
      ['Switch the key to RSAES_OAEP_SHA_1, which encrypts up to 4 KB with RSA_4096', 'Wrong: SHA-1 padding allows 470 bytes, still far below 2 KB.'],
      [
        'Give the partners access to kms:Encrypt on a symmetric key in the company account',
        'Wrong: possible, but it gives outsiders KMS access and sends their documents to KMS, which the design wanted to avoid.',
      ],
      ['Use an RSA_8192 key spec', 'Wrong: KMS offers RSA_2048, RSA_3072 and RSA_4096 only.'],
    ],
    'RSA keys encrypt only a few hundred bytes (190 to 470 depending on size and padding); larger data needs a data key.',
  ),
  scenario(
    'kt-firmware-signing',
    { f: ['kt-rsa', 'kt-offline-verify'], d: 'infrastructure', docs: ['symmetricAsymmetric', 'offline'] },
    'A manufacturer signs firmware images in a build pipeline on AWS. Devices in the field verify each image before installing it and often have no network connection. The signing key must never leave an HSM, and each signature must be logged. Which solution fits?',
    [
      'An asymmetric SIGN_VERIFY key; devices verify with its public key',
      'Right: the private key never leaves KMS and every Sign is in CloudTrail; devices verify offline with the public key from GetPublicKey.',
    ],
    [
      [
        'An HMAC KMS key: GenerateMac in the pipeline, VerifyMac on the devices',
        'Wrong: VerifyMac is a KMS call, which offline devices cannot make, and the HMAC secret cannot be given to them.',
      ],
      [
        'A data key pair from GenerateDataKeyPair, with the private key kept in the pipeline’s secrets',
        'Wrong: the private key then lives outside the HSM, in plaintext in the pipeline.',
      ],
      [
        'A symmetric KMS key: Encrypt the image hash and ship the ciphertext as the signature',
        'Wrong: devices cannot decrypt without calling KMS, and encryption is not a signature.',
      ],
    ],
    'Asymmetric signing keys: private key inside KMS, public key downloadable for verification anywhere.',
  ),
  scenario(
    'kt-hmac-tokens',
    { f: ['kt-hmac'], d: 'infrastructure', docs: ['hmac'] },
    'An API issues session tokens and must later check that a token was issued by the API and not altered. Only the API itself verifies tokens, and it can call KMS. The secret used for tokens must never be readable by the application or its operators. Which approach is the most suitable?',
    [
      'An HMAC KMS key: GenerateMac when issuing, VerifyMac when checking',
      'Right: the HMAC secret stays inside KMS; only callers allowed kms:VerifyMac can check tokens.',
    ],
    [
      [
        'A symmetric encryption key: Encrypt each token and Decrypt it when checking',
        'Wrong: authenticated encryption would detect changes too, but it hides data that need not be hidden and makes larger tokens; a MAC is the tool built for this check.',
      ],
      [
        'A random secret in Secrets Manager, used with HMAC in the application',
        'Wrong: the application (and its operators) would read the secret, which the requirement forbids.',
      ],
      [
        'An RSA signing key with the public key embedded in the API',
        'Wrong: it works, but asymmetric signatures cost more and are slower, with no benefit when only the API verifies.',
      ],
    ],
    'HMAC keys (GENERATE_VERIFY_MAC) keep the MAC secret in KMS.',
  ),
  scenario(
    'kt-mldsa-large',
    { f: ['kt-mldsa'], docs: ['mldsa', 'apiSign'] },
    'Legal contracts (up to 50 MB) are signed for a 30-year retention period, and the policy requires post-quantum signatures. The signing key must stay in a FIPS 140-3 validated HSM. How should the team sign with KMS?',
    [
      'ML_DSA_65, signing an externally computed mu (EXTERNAL_MU)',
      'Right: KMS signs messages up to 4 KB raw with ML-DSA; larger messages are signed through their externally computed mu.',
    ],
    [
      ['An ECC_NIST_P521 key with ECDSA_SHA_512, the strongest curve KMS offers', 'Wrong: elliptic-curve signatures are not post-quantum.'],
      ['An ML_DSA_87 key with MessageType RAW and the whole 50 MB file', 'Wrong: RAW messages are limited to 4 KB.'],
      ['An RSA_4096 key with RSASSA_PSS_SHA_512 and a digest', 'Wrong: RSA is not post-quantum either, however long the key.'],
    ],
    'ML-DSA (ML_DSA_44/65/87) gives post-quantum signatures; use EXTERNAL_MU for messages over 4 KB.',
  ),
  scenario(
    'kt-usage-fixed',
    { f: ['kt-fixed-usage', 'kt-rsa'], lv: 2, docs: ['apiCreateKey', 'keySpecs'] },
    'A team created an RSA_2048 key with key usage ENCRYPT_DECRYPT. A new requirement needs the same key to sign documents too. What should it do?',
    ['Create a second RSA key with SIGN_VERIFY key usage', 'Right: a key’s usage is fixed at creation, and an RSA key serves one usage only.'],
    [
      ['Call UpdateKeyDescription with the new usage', 'Wrong: the description is free text; usage cannot change.'],
      ['Call PutKeyPolicy to allow kms:Sign on the key', 'Wrong: the policy would allow the call, but Sign fails on an ENCRYPT_DECRYPT key.'],
      ['Import new key material with a SIGN_VERIFY flag', 'Wrong: the usage belongs to the key, not to its material, and KMS-generated keys take no imports.'],
    ],
    'Key spec and key usage are chosen once, at creation.',
  ),
  scenario(
    'kt-key-agreement',
    { f: ['kt-ecc', 'kt-fixed-usage'], d: 'infrastructure', docs: ['keySpecs'] },
    'A payment service must agree on a shared secret with each partner system using ECDH, and its own private key must never leave an HSM. Partners send their public keys; the service must derive the secret per session. Which KMS key fits?',
    [
      'ECC_NIST_P384 with KEY_AGREEMENT usage (DeriveSharedSecret)',
      'Right: NIST-curve keys can be created for key agreement; KMS derives the shared secret with the partner’s public key.',
    ],
    [
      ['An ECC_SECG_P256K1 key with key usage KEY_AGREEMENT', 'Wrong: the secp256k1 curve is offered for signing only.'],
      ['An RSA_3072 key with key usage KEY_AGREEMENT', 'Wrong: RSA keys encrypt or sign; key agreement is for elliptic-curve keys.'],
      [
        'An ECC_NIST_P384 key with key usage SIGN_VERIFY, used with DeriveSharedSecret',
        'Wrong: a key has one usage; a signing key cannot derive shared secrets.',
      ],
    ],
    'NIST ECC keys: SIGN_VERIFY or KEY_AGREEMENT, one per key.',
  ),
  scenario(
    'kt-verify-audit',
    { f: ['kt-offline-verify', 'mon-cloudtrail'], d: 'detection', docs: ['offline', 'apiSign'] },
    'Auditors require that every verification of a payment-authorization signature be recorded, with who verified and when. Today the verifying microservices check signatures locally with a cached public key. What change satisfies the auditors, and at what cost?',
    [
      'Call KMS Verify: logged, at a request cost and some latency',
      'Right: local verification with the public key leaves no record in CloudTrail; KMS Verify is recorded like any KMS call.',
    ],
    [
      [
        'Nothing: CloudTrail records local verifications when the public key came from GetPublicKey',
        'Wrong: only the GetPublicKey call is recorded; what happens with the key afterwards is invisible.',
      ],
      ['Switch to an HMAC key and verify locally with the exported MAC key', 'Wrong: HMAC keys cannot be exported; VerifyMac is a KMS call too.'],
      ['Enable CloudTrail data events for the microservices’ EC2 instances', 'Wrong: there are no such data events for code running on instances.'],
    ],
    'Offline verification: free and fast but unaudited; KMS Verify: audited but charged per request.',
  ),
  single(
    'kt-rsa-decrypt-keyid',
    { f: ['kt-asym-decrypt-keyid'], lv: 2, docs: ['apiDecrypt'] },
    'A partner encrypted data with the downloaded public key of an RSA KMS key. Your service calls Decrypt with only the ciphertext blob, as it does for symmetric ciphertext, and the call fails. What must it add?',
    ['The KeyId and the EncryptionAlgorithm', 'Right: RSA ciphertext carries no metadata naming its key or algorithm, so Decrypt must be told both.'],
    [
      ['An encryption context identical to the one the partner used', 'Wrong: asymmetric encryption takes no encryption context.'],
      ['A grant token from the partner', 'Wrong: grant tokens relate to grants, not to identifying the key.'],
      ['The public key the partner used, in the PublicKey parameter', 'Wrong: Decrypt has no such parameter; it needs the key ID and algorithm.'],
    ],
    'Symmetric ciphertext names its key; RSA ciphertext does not.',
  ),
  scenario(
    'kt-symmetric-services',
    { f: ['kt-symmetric', 'svc-s3-permissions'], t: 'key-types', lv: 2, docs: ['keySpecs', 's3SseKms'] },
    'A team tries to set an S3 bucket’s default encryption to SSE-KMS with an RSA_2048 ENCRYPT_DECRYPT key, reasoning that asymmetric keys are stronger. S3 refuses. Which key should it use?',
    [
      'A symmetric encryption key (SYMMETRIC_DEFAULT)',
      'Right: AWS services that encrypt your data use symmetric encryption keys only (they need data keys, which RSA keys cannot generate).',
    ],
    [
      ['An RSA_4096 key, because S3 requires at least 4096-bit keys', 'Wrong: S3 takes no asymmetric key of any size.'],
      ['An HMAC_256 key', 'Wrong: HMAC keys produce MACs; they cannot encrypt.'],
      ['An ECC_NIST_P256 key with KEY_AGREEMENT usage', 'Wrong: S3 does not derive keys by agreement; it needs a symmetric encryption key.'],
    ],
    'Integrated services encrypt with symmetric encryption keys (AES-256-GCM).',
  ),
  multiple(
    'kt-ops-per-usage',
    { f: ['kt-symmetric', 'kt-hmac', 'kt-ecc', 'kt-fixed-usage'], lv: 2, docs: ['keySpecs', 'hmac'] },
    'Which pairs of key and operation work in KMS? (Choose three.)',
    [
      ['A symmetric encryption key with GenerateDataKey', 'Right: data keys come from symmetric encryption keys.'],
      ['An HMAC_256 key with VerifyMac', 'Right: HMAC keys generate and verify MACs.'],
      ['An ECC_NIST_P256 key created for SIGN_VERIFY, with Sign', 'Right: NIST ECC keys sign with ECDSA.'],
    ],
    [
      ['An RSA_2048 key created for ENCRYPT_DECRYPT, with Sign', 'Wrong: one usage per key; this one encrypts.'],
      ['An HMAC_512 key with Encrypt', 'Wrong: HMAC keys compute and verify MACs; they do not encrypt.'],
      ['An ECC_SECG_P256K1 key with DeriveSharedSecret', 'Wrong: secp256k1 keys sign only.'],
      ['An RSA_3072 key with GenerateDataKey', 'Wrong: data keys need a symmetric encryption key.'],
    ],
    'Each key type supports the operations of its key usage, and only those.',
  ),
  matching(
    'kt-match-need',
    { f: ['kt-symmetric', 'kt-rsa', 'kt-hmac', 'kt-mldsa', 'kt-ecc'], lv: 2, docs: ['keySpecs', 'hmac', 'mldsa'] },
    'Match each need to the KMS key spec that fits it.',
    [
      ['Encrypt S3 objects and EBS volumes', 'SYMMETRIC_DEFAULT', 'AWS services encrypt with symmetric encryption keys.'],
      [
        'Let outsiders encrypt a 200-byte value offline for you',
        'RSA_3072 (ENCRYPT_DECRYPT)',
        'The public key encrypts outside KMS; 318 bytes fit with OAEP SHA-256.',
      ],
      ['Check that an API token was not altered', 'HMAC_256', 'A MAC proves integrity; the secret stays in KMS.'],
      ['Sign documents that must resist quantum attacks', 'ML_DSA_65', 'ML-DSA is the post-quantum signature scheme KMS offers.'],
      ['Derive a shared secret with a partner (ECDH)', 'ECC_NIST_P384 (KEY_AGREEMENT)', 'NIST-curve keys can be created for key agreement.'],
    ],
    [['ECC_SECG_P256K1 (KEY_AGREEMENT)', 'Wrong: secp256k1 keys can only sign, so this combination does not exist.']],
    'Choose the key spec from the operation you need; it cannot be changed later.',
  ),
];
