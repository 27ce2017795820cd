/** Specialty facts: the keys themselves (types, data keys, multi-Region, key stores, ownership, states, imported material, rotation). */
import { rows } from './build';

export const KEY_FACTS = [
  ...rows('key-types', [
    [
      'kt-symmetric',
      'A symmetric encryption key (SYMMETRIC_DEFAULT, AES-256-GCM) is the only key type AWS services use to encrypt your resources; it never leaves KMS unencrypted and supports encryption context, data keys, automatic rotation and every key store.',
      ['keySpecs', 'symmetricAsymmetric'],
      ['lab:create-cmk/key'],
    ],
    [
      'kt-rsa',
      'An RSA key is used either to encrypt and decrypt (RSAES_OAEP_SHA_1 or SHA_256) or to sign and verify, never both; its public key can be downloaded with GetPublicKey and used outside KMS, and it encrypts little data (RSA_2048 with SHA-256: 190 bytes; RSA_4096 with SHA-256: 446 bytes).',
      ['keySpecs', 'symmetricAsymmetric'],
      ['lab:sign-verify/create-signing-key'],
    ],
    [
      'kt-ecc',
      'NIST elliptic-curve keys sign and verify (ECDSA) or derive shared secrets (KEY_AGREEMENT, DeriveSharedSecret), one usage per key; ECC_SECG_P256K1 only signs; ECC_NIST_EDWARDS25519 signs with Ed25519.',
      ['keySpecs'],
      ['lab:sign-verify/create-signing-key'],
    ],
    [
      'kt-mldsa',
      'ML-DSA keys (ML_DSA_44, ML_DSA_65, ML_DSA_87) give post-quantum signatures (FIPS 204); they sign messages up to 4 KB raw, and larger ones through an externally computed 64-byte mu (MessageType EXTERNAL_MU).',
      ['mldsa', 'keySpecs'],
    ],
    [
      'kt-hmac',
      'HMAC keys (HMAC_224 to HMAC_512, key usage GENERATE_VERIFY_MAC) compute and check message authentication codes inside KMS with GenerateMac and VerifyMac; the secret never leaves KMS, so only KMS callers can verify.',
      ['hmac'],
      ['lab:hmac-tokens/generate-mac', 'lab:hmac-tokens/forged'],
    ],
    [
      'kt-fixed-usage',
      "A key's key spec and key usage are chosen at creation and cannot be changed; a different usage needs a new key.",
      ['apiCreateKey', 'keySpecs'],
      ['lab:sign-verify/create-signing-key', 'lab:hmac-tokens/create-hmac-key'],
    ],
    [
      'kt-offline-verify',
      'Verifying a signature outside KMS with the downloaded public key (for example with OpenSSL) costs no KMS request and adds no latency, but leaves no CloudTrail record and puts the trust in how the public key was obtained.',
      ['offline', 'symmetricAsymmetric'],
      ['lab:sign-verify/public-key'],
    ],
    [
      'kt-asym-decrypt-keyid',
      'Asymmetric ciphertext carries no reference to its key: Decrypt of RSA ciphertext needs the KeyId and the encryption algorithm, unlike symmetric ciphertext.',
      ['apiDecrypt'],
    ],
  ]),
  ...rows('envelope', [
    [
      'dk-without-plaintext',
      'GenerateDataKeyWithoutPlaintext returns only the encrypted data key, for a component that stores it now and asks KMS to decrypt it later, when data must be encrypted.',
      ['apiGenerateDataKeyWithoutPlaintext'],
      ['lab:data-keys-later/without-plaintext', 'lab:data-keys-later/decrypt-later'],
    ],
    [
      'dk-pairs',
      'GenerateDataKeyPair returns a public key, its private key in plaintext and the private key encrypted under a symmetric KMS key; the WithoutPlaintext variant omits the plaintext private key, for systems that sign or decrypt later, outside KMS.',
      ['apiGenerateDataKeyPair', 'kmsCryptography'],
      ['lab:data-keys-later/key-pair', 'lab:data-keys-later/decrypt-private'],
    ],
    [
      'dk-caching',
      'Data key caching in the AWS Encryption SDK reuses a data key for several messages to cut KMS calls, cost and latency, at the price of more data under one key; limits on age, messages and bytes bound the reuse.',
      ['esdkCaching', 'requestQuotas'],
    ],
    [
      'dk-sdk-frame',
      'The AWS Encryption SDK encrypts in frames; its default frame length is 4,096 bytes, and that has nothing to do with the 4 KB limit of KMS Encrypt.',
      ['esdkConcepts'],
    ],
  ]),
  ...rows('multi-region', [
    [
      'mr-shared',
      'Multi-Region keys (key IDs starting mrk-) share key ID and key material across Regions, so ciphertext from one Region decrypts in another without a cross-Region call; key spec, usage, origin and rotation are synchronised from the primary.',
      ['multiRegion', 'apiReplicateKey'],
    ],
    [
      'mr-independent',
      'Each multi-Region key has its own key policy, grants, aliases, tags and key state, and each primary and replica is billed and counted as a key.',
      ['multiRegion', 'apiReplicateKey', 'kmsPricing'],
    ],
    [
      'mr-when',
      'AWS recommends single-Region keys unless data must be decrypted in several Regions (disaster recovery, global tables, signing in many Regions); a single-Region key cannot be converted, so moving to multi-Region means a new key and re-encryption.',
      ['multiRegion'],
    ],
    [
      'mr-primary',
      'UpdatePrimaryRegion promotes a replica to primary; deleting a primary that still has replicas puts it in PendingReplicaDeletion until the replicas are deleted.',
      ['multiRegionUpdate', 'multiRegionDelete'],
    ],
  ]),
  ...rows('key-stores', [
    [
      'ks-cloudhsm',
      'An AWS CloudHSM key store keeps key material in your own CloudHSM cluster (single-tenant HSMs you control); the cluster needs at least two active HSMs in different Availability Zones to create keys, and you are responsible for its availability and backups.',
      ['cloudhsmStore', 'createCloudhsmStore'],
      ['lab:key-store/connect', 'lab:key-store/create-key'],
    ],
    [
      'ks-limits',
      'Keys in custom key stores are symmetric encryption keys only: no asymmetric, HMAC or imported-material keys, no automatic rotation, and the CloudHSM key store request quota cannot be raised.',
      ['keyStores', 'requestQuotas'],
      ['lab:key-store/create-key'],
    ],
    [
      'ks-xks-double',
      'In an external key store (XKS) each KMS key is backed by KMS key material and by an external key in your key manager: KMS encrypts first, then your key manager through the XKS proxy (double encryption), so your external key is needed for every decryption.',
      ['externalStore', 'xksKeys'],
    ],
    [
      'ks-xks-tradeoffs',
      'Keys in an external key store depend on components outside AWS: latency, availability and durability are yours, an outage of the proxy or key manager makes every dependent AWS service fail to decrypt, and AWS recommends it only when a regulation requires keys outside AWS.',
      ['externalStore', 'xksTroubleshooting'],
    ],
    [
      'ks-xks-connectivity',
      'KMS reaches the XKS proxy through a public endpoint or through a VPC endpoint service (more setup, traffic kept inside AWS); the proxy authenticates KMS with a SigV4 credential, and its TLS certificate expiry and errors are CloudWatch metrics.',
      ['xksConnectivity', 'monitoringCloudwatch'],
    ],
    [
      'ks-disconnected',
      'When a custom key store is disconnected, its keys cannot be used (their key state reads Unavailable) until it is reconnected; cryptographic calls fail with KMSInvalidStateException.',
      ['keyState', 'xksTroubleshooting'],
      ['lab:key-store/disconnect', 'lab:key-store/reconnect'],
    ],
  ]),
  ...rows('key-ownership', [
    [
      'own-aws-owned',
      'AWS owned keys live in AWS service accounts: you cannot see them, use them, audit them in your CloudTrail or change their policy, and they cost you nothing.',
      ['kmsConcepts'],
    ],
    [
      'own-aws-managed',
      'AWS managed keys (alias/aws/<service>) are in your account and visible, but their key policy only lets the service use them for principals of the account: you cannot edit the policy, share them with another account, change rotation or delete them.',
      ['kmsConcepts', 'keyPolicyModifying'],
    ],
    [
      'own-customer-needed',
      'A customer managed key is needed for cross-account access, a custom key policy or grants, a chosen rotation period, disabling or deleting the key, or imported and custom key store material; it costs a monthly fee per key.',
      ['kmsConcepts', 'kmsPricing'],
    ],
  ]),
  ...rows('key-lifecycle', [
    [
      'kl-states',
      'KMS key states include Creating, Enabled, Disabled, PendingDeletion, PendingImport, PendingReplicaDeletion, Unavailable and Updating; only Enabled allows cryptographic operations.',
      ['keyState'],
      ['lab:key-states/disable', 'lab:key-states/schedule'],
    ],
    [
      'kl-deletion',
      'Deletion is scheduled with a waiting period of 7 to 30 days (default 30) during which the key is PendingDeletion and unusable; CancelKeyDeletion returns it as Disabled; after deletion every ciphertext under it is lost for good.',
      ['deletingKeys', 'apiScheduleKeyDeletion'],
      ['lab:key-states/schedule', 'lab:key-states/cancel'],
    ],
    [
      'kl-disable-first',
      'Before deleting, disable the key and watch CloudTrail for failed requests (DisabledException) to find forgotten users; GetKeyLastUsage tells when the key was last used successfully but must not be the only evidence.',
      ['deletingKeys', 'apiGetKeyLastUsage'],
      ['lab:key-states/encrypt-fails'],
    ],
    [
      'kl-monitor-pending',
      'A CloudWatch alarm on CloudTrail events for a key pending deletion (requests that fail because of its state) warns that someone still needs the key while deletion can still be cancelled.',
      ['deletingKeys'],
    ],
  ]),
  ...rows('imported-material', [
    [
      'im-process',
      'To import material: create a key with origin EXTERNAL (it starts in PendingImport), call GetParametersForImport for a wrapping public key and an import token valid for 24 hours, wrap the material, then ImportKeyMaterial.',
      ['importingKeys', 'importToken'],
      ['lab:import-key-material/create-external', 'lab:import-key-material/import'],
    ],
    [
      'im-expiry-delete',
      'Imported material can be given an expiry date; when it expires, or when you call DeleteImportedKeyMaterial, the key becomes unusable at once (PendingImport) until the same material is imported again, so you keep a copy and answer for its durability.',
      ['importConcepts', 'apiDeleteImportedKeyMaterial', 'monitoringCloudwatch'],
      ['lab:import-key-material/use'],
    ],
    [
      'im-rotation',
      'A symmetric key with imported material accepts new material (ImportType NEW_KEY_MATERIAL) and then rotates to it on demand; asymmetric and HMAC keys keep the one material they were given; automatic rotation never applies to imported material.',
      ['apiImportKeyMaterial', 'apiRotateKeyOnDemand'],
    ],
    [
      'im-wrapping',
      'RSAES_OAEP_SHA_1 and RSAES_OAEP_SHA_256 encrypt the key material itself with the wrapping public key, which fits AES, HMAC and elliptic-curve keys; an RSA private key is too long for one RSA block and needs RSA_AES_KEY_WRAP_SHA_1 or _SHA_256: the material is wrapped under your own AES-256 key (AES key wrap with padding) and that AES key under the wrapping public key.',
      ['importToken', 'apiImportKeyMaterial'],
    ],
  ]),
  ...rows('rotation', [
    [
      'rot-eligibility',
      'Automatic rotation is available only for symmetric encryption customer managed keys with KMS-generated material; not for asymmetric, HMAC, imported-material or custom key store keys. For multi-Region keys it is set on the primary.',
      ['apiEnableKeyRotation', 'rotateKeys'],
      ['lab:rotation/enable'],
    ],
    [
      'rot-no-reencrypt',
      'Rotation changes only the material used for new encryptions; data already encrypted is not re-encrypted and old material is kept, so rotation does not help if material was exposed: that needs a new key and re-encryption of the data.',
      ['rotateKeys'],
      ['lab:rotation/decrypt-old'],
    ],
    [
      'rot-manual',
      'Manual rotation means creating a new key and moving the alias to it with UpdateAlias; applications that use the alias switch without code changes, and the old key must stay to decrypt old data.',
      ['rotateManually', 'apiUpdateAlias'],
      ['lab:manual-rotation/move-alias', 'lab:manual-rotation/decrypt-before'],
    ],
    ['rot-pricing', 'Each of the first two rotations of a key adds to its monthly charge; later rotations add nothing.', ['kmsPricing', 'rotateKeys']],
  ]),
];
