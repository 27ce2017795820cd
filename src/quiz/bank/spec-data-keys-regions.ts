/** Specialty items: data keys and data key pairs, data key caching, the Encryption SDK's frames, and multi-Region keys. */
import { builders } from './build';

const { single, scenario, multiple } = builders({ t: 'envelope', d: 'data-protection', lv: 3, docs: ['kmsCryptography'] });
const mrk = { t: 'multi-region' as const, docs: ['multiRegion' as const] };

export const SPEC_DATA_KEYS_REGIONS = [
  scenario(
    'dk-pairs-devices',
    { f: ['dk-pairs', 'own-customer-needed'], docs: ['apiGenerateDataKeyPair', 'kmsCryptography'] },
    'A fleet of 20,000 sensors must each sign its readings with its own private key, offline. At manufacturing, each sensor receives its key pair; until then, private keys must be stored only in encrypted form. The company wants to avoid a monthly charge per device. Which approach fits?',
    [
      'GenerateDataKeyPairWithoutPlaintext per device; decrypt each private key only at provisioning',
      'Right: the private key is returned encrypted under one symmetric KMS key and decrypted with KMS only when the device is provisioned; no per-device KMS key is billed.',
    ],
    [
      [
        'One asymmetric SIGN_VERIFY KMS key per sensor',
        'Wrong: private keys of KMS keys never leave KMS, so offline sensors could not sign, and 20,000 keys each carry a monthly fee.',
      ],
      [
        'GenerateDataKeyPair, keeping both keys in plaintext in a private bucket',
        'Wrong: the requirement is that private keys exist only in encrypted form until provisioning.',
      ],
      ['One HMAC KMS key shared by all sensors', 'Wrong: sensors cannot call KMS offline, and a shared secret would let any sensor forge another’s readings.'],
    ],
    'Data key pairs: a public key, and a private key protected by a symmetric KMS key, for use outside KMS.',
  ),
  scenario(
    'dk-caching-throttle',
    { f: ['dk-caching', 'qc-request-quota', 'qc-backoff'], t: 'cost-quotas', d: 'governance', docs: ['esdkCaching', 'requestQuotas', 'throttling'] },
    'A message-ingestion service encrypts 4,000 small messages a second with the AWS Encryption SDK, one GenerateDataKey per message. It is throttled by KMS at peaks and the KMS bill grows. The security policy accepts reusing one data key for at most 5 minutes or 10,000 messages. What should the team do?',
    [
      'Use the SDK’s data key caching, limited to 5 minutes and 10,000 messages',
      'Right: cached data keys cut KMS calls by orders of magnitude, and the limits bound how much data one key protects.',
    ],
    [
      ['Request a request-quota increase large enough for every peak', 'Wrong: it can help with throttling but not with cost, and the traffic keeps growing.'],
      [
        'Encrypt each message directly with KMS Encrypt instead of a data key',
        'Wrong: it still makes one KMS call per message, and Encrypt shares the same request quota.',
      ],
      [
        'Cache the plaintext data key on disk so that all instances share it',
        'Wrong: plaintext keys at rest defeat the encryption; the SDK cache lives in memory with limits.',
      ],
    ],
    'Data key caching trades some key reuse for far fewer KMS calls; set limits that the security policy accepts.',
  ),
  single(
    'dk-caching-risk',
    { f: ['dk-caching'], lv: 2, docs: ['esdkCaching'] },
    'What is the security cost of data key caching in the AWS Encryption SDK?',
    [
      'More messages are encrypted under each data key',
      'Right: a cached data key protects more data, so the cache’s limits on age, messages and bytes matter.',
    ],
    [
      ['The KMS key material is held in the application’s memory', 'Wrong: only data keys are cached; the KMS key never leaves KMS.'],
      ['Ciphertexts can no longer be decrypted without the cache', 'Wrong: each message still carries its encrypted data key.'],
      ['CloudTrail stops recording the application’s KMS calls', 'Wrong: fewer calls are made, and each is still recorded.'],
    ],
    'Caching reduces calls; bound its reuse with limits.',
  ),
  single(
    'dk-frame-vs-limit',
    { f: ['dk-sdk-frame', 'cmk-4kb'], lv: 1, docs: ['esdkConcepts', 'apiEncrypt'] },
    'What is the default frame length of the AWS Encryption SDK, and how does it relate to the 4 KB limit of KMS Encrypt?',
    [
      '4,096 bytes, unrelated to the Encrypt limit',
      'Right: frames are pieces of the data the SDK encrypts locally with a data key; KMS only sees the data key.',
    ],
    [
      ['1 MB, the largest plaintext KMS accepts in one call', 'Wrong: KMS Encrypt accepts at most 4,096 bytes, and the default frame length is 4,096 bytes.'],
      ['4,096 bytes, because each frame is sent to KMS Encrypt', 'Wrong: frames are encrypted locally; only the data key goes to KMS.'],
      ['There are no frames; the SDK encrypts the whole message in one piece', 'Wrong: framed messages are the default.'],
    ],
    'The SDK frames data locally (4,096 bytes by default); KMS generates and protects one data key per message.',
  ),
  scenario(
    'mr-dr-global',
    { f: ['mr-shared', 'mr-when'], ...mrk, d: 'incident-response', docs: ['multiRegion', 'apiReplicateKey'] },
    'An application in us-east-1 encrypts records client-side before writing them to a DynamoDB global table replicated to us-west-2. The disaster-recovery plan requires that, if us-east-1 is unavailable, the us-west-2 application decrypts every record without any call to us-east-1. What should the team use?',
    [
      'A multi-Region key with a replica in us-west-2',
      'Right: primary and replica share key material and key ID, so ciphertext from us-east-1 decrypts with the replica in us-west-2.',
    ],
    [
      [
        'Single-Region keys in both Regions with the same alias',
        'Wrong: they hold different material; records encrypted in us-east-1 cannot be decrypted by the us-west-2 key.',
      ],
      [
        'Decrypt with the us-east-1 key from us-west-2 through cross-Region calls',
        'Wrong: that depends on us-east-1, which is exactly what the plan rules out.',
      ],
      ['Export the key material from us-east-1 and import it into a key in us-west-2', 'Wrong: KMS key material cannot be exported.'],
    ],
    'Multi-Region keys let data encrypted in one Region be decrypted in another, independently.',
  ),
  scenario(
    'mr-convert',
    { f: ['mr-when', 're-permissions'], ...mrk, docs: ['multiRegion', 'apiReEncrypt'] },
    'Ten terabytes of client-side encrypted data sit under a single-Region customer managed key in eu-central-1. The company now needs to decrypt the data in eu-west-1 during a failover, without calling eu-central-1. What must the team do?',
    [
      'A new multi-Region key, replicated, and all the data re-encrypted under it',
      'Right: an existing single-Region key cannot become multi-Region; data must move to the new key (ReEncrypt keeps plaintext inside KMS).',
    ],
    [
      ['Call ReplicateKey on the existing key', 'Wrong: only a multi-Region primary key can be replicated.'],
      ['Update the key with --multi-region true', 'Wrong: the multi-Region property is set at creation and cannot be changed.'],
      ['Create a single-Region key in eu-west-1 and copy the key policy', 'Wrong: a new key has new material and cannot decrypt the existing data.'],
    ],
    'Multi-Region is a property chosen at creation; converting means a new key and re-encryption.',
  ),
  scenario(
    'mr-policies-per-key',
    { f: ['mr-independent'], ...mrk, d: 'iam', docs: ['multiRegion', 'apiReplicateKey'] },
    'A multi-Region key’s primary in eu-west-1 has a key policy allowing the role app-eu to decrypt. The replica in eu-central-1 was created with ReplicateKey and no KeyPolicy parameter. During a failover, app-eu is denied Decrypt in eu-central-1. Why?',
    [
      'Key policies are not synchronised: the replica has its own policy',
      'Right: key material, spec, usage and rotation are shared; key policy, grants, aliases and tags are set per key.',
    ],
    [
      ['Replicas accept Decrypt only after UpdatePrimaryRegion', 'Wrong: a replica is a fully usable key in its Region.'],
      ['The replica’s material is synchronised only once a day', 'Wrong: the material is the same from the moment the replica exists.'],
      ['Roles cannot be used in a second Region', 'Wrong: IAM roles are global; the replica’s key policy is what denies.'],
    ],
    'Manage policies, grants, aliases and tags on each member of a multi-Region key.',
  ),
  scenario(
    'mr-cost-residency',
    { f: ['mr-independent', 'mr-when', 'qc-pricing'], ...mrk, d: 'governance', docs: ['multiRegion', 'kmsPricing'] },
    'A global retailer plans one multi-Region key with replicas in 12 Regions "just in case", for data that is only ever processed in eu-west-1. Its data-residency policy requires key material to stay in the EU. What should the security architect recommend?',
    [
      'A single-Region key in eu-west-1, with EU replicas only if ever needed',
      'Right: every replica is billed as a key and spreads the material, so replicas in 12 Regions cost more and breach the residency policy.',
    ],
    [
      ['Keep the plan: replicas are free and stay dormant until used', 'Wrong: each primary and replica is billed and counted as a key.'],
      ['Keep the plan but disable the replicas outside the EU', 'Wrong: disabled replicas still hold the material in those Regions and are still billed.'],
      ['Use one AWS managed key, which is replicated by AWS at no cost', 'Wrong: AWS managed keys are single-Region and cannot be multi-Region.'],
    ],
    'AWS recommends single-Region keys unless data must be decrypted in several Regions.',
  ),
  single(
    'mr-pending-replica-deletion',
    { f: ['mr-primary', 'kl-states'], ...mrk, t: 'multi-region', lv: 2, docs: ['multiRegionDelete', 'keyState'] },
    'A team schedules the deletion of a multi-Region primary key that still has two replicas. What is the primary key’s state?',
    ['PendingReplicaDeletion, until both replicas have been deleted', 'Right: its own waiting period starts only when the last replica is deleted.'],
    [
      ['PendingDeletion, and the replicas are deleted with it', 'Wrong: replicas are scheduled and deleted on their own.'],
      ['Disabled, because a primary with replicas cannot be deleted', 'Wrong: it can be scheduled; it waits for its replicas.'],
      ['Unavailable, until the replicas are promoted', 'Wrong: Unavailable is for keys in a disconnected custom key store.'],
    ],
    'Primary with replicas: PendingReplicaDeletion, then PendingDeletion once no replica is left.',
  ),
  scenario(
    'mr-move-primary',
    { f: ['mr-primary', 'mr-shared', 'rot-eligibility'], ...mrk, d: 'governance', lv: 2, docs: ['multiRegionUpdate', 'apiEnableKeyRotation'] },
    'The key administration team of a company moves from the US to Ireland. It wants the primary of an existing multi-Region key to be the eu-west-1 replica, so that automatic rotation and other shared settings are managed there. What should it do?',
    [
      'Call UpdatePrimaryRegion to make the eu-west-1 replica the primary',
      'Right: the replica becomes the primary and the old primary becomes a replica; shared properties such as rotation are managed on the primary.',
    ],
    [
      ['Create a new multi-Region key in eu-west-1 and re-encrypt all data', 'Wrong: it works but is unnecessary; the primary can be moved.'],
      ['Enable rotation on the eu-west-1 replica directly', 'Wrong: automatic rotation of multi-Region keys is set on the primary.'],
      ['Delete the us-east-1 primary so that a replica is promoted', 'Wrong: nothing is promoted automatically; the primary waits in PendingReplicaDeletion.'],
    ],
    'UpdatePrimaryRegion swaps the roles of primary and replica.',
  ),
  multiple(
    'mr-shared-vs-own',
    { f: ['mr-shared', 'mr-independent'], ...mrk, lv: 2 },
    'Which properties do the primary and replica keys of a multi-Region key share? (Choose three.)',
    [
      ['The key ID', 'Right: related multi-Region keys have the same key ID (it starts with mrk-).'],
      ['The key material', 'Right: that is what makes their ciphertexts interchangeable.'],
      ['The automatic rotation setting', 'Right: it is set on the primary and synchronised.'],
    ],
    [
      ['The key policy', 'Wrong: each key has its own.'],
      ['The aliases', 'Wrong: aliases are Regional and set per key.'],
      ['The key state', 'Wrong: a replica can be disabled while the primary is enabled.'],
      ['The tags', 'Wrong: tags are set per key.'],
    ],
    'Shared: key ID, material, key spec, usage, origin, rotation. Own: policy, grants, aliases, tags, state.',
  ),
];
