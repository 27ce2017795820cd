/** Specialty matching items that cut across topics: key states, condition keys, key material origins, service patterns. */
import { builders } from './build';

const { matching } = builders({ t: 'key-lifecycle', d: 'data-protection', lv: 3, docs: ['keyState'] });

export const SPEC_MATCHING = [
  matching(
    'kl-match-states',
    { f: ['kl-states', 'kl-deletion', 'im-expiry-delete', 'ks-disconnected', 'mr-primary'], lab: 'lab-7', docs: ['keyState', 'multiRegionDelete'] },
    'Match each key state to the situation that produces it.',
    [
      [
        'PendingImport',
        'A key created with origin EXTERNAL whose material has not been imported yet, or has expired',
        'The key exists without usable material until material is imported.',
      ],
      [
        'Unavailable',
        'A key in a custom key store that is disconnected from KMS',
        'The key itself is fine; KMS cannot reach the key store that holds its material.',
      ],
      [
        'PendingReplicaDeletion',
        'A multi-Region primary key scheduled for deletion while replica keys still exist',
        'Its waiting period starts only when the last replica is deleted.',
      ],
      ['PendingDeletion', 'A key scheduled for deletion, inside its 7-30 day waiting period', 'CancelKeyDeletion during the period returns it as Disabled.'],
    ],
    [
      [
        'A key whose automatic rotation is due within the next day',
        'Wrong: rotation happens in the background and never changes the key state; the key stays Enabled.',
      ],
    ],
    'Only Enabled allows cryptographic operations; each other state names why the key cannot be used and what brings it back.',
  ),
  matching(
    'ck-match-condition',
    {
      f: ['ck-via-service', 'ck-caller-account', 'ck-grant-for-resource', 'ck-encryption-context', 'ck-aliases'],
      t: 'condition-keys',
      d: 'iam',
      docs: ['conditionsKms', 'aliasAccess'],
    },
    'Match each KMS condition key to the control it expresses in a key policy or IAM policy.',
    [
      [
        'kms:ViaService',
        'The key may be used only in requests an AWS service such as Amazon RDS makes for the principal',
        'The value names the service endpoint in a Region, for example rds.eu-west-1.amazonaws.com.',
      ],
      ['kms:CallerAccount', 'Every principal of one account may use the key, whoever they are', 'AWS managed keys pair it with kms:ViaService.'],
      [
        'kms:GrantIsForAWSResource',
        'CreateGrant is allowed only when an integrated service creates the grant',
        'Services such as EBS can use the key without users handing out grants.',
      ],
      [
        'kms:EncryptionContext:tenant',
        'The request must carry a given value for one encryption context pair',
        'One policy statement can tie each role to its tenant’s data.',
      ],
      ['kms:RequestAlias', 'Access follows the alias named in the request, not the key ID', 'Pointing the alias at a new key moves the access with it.'],
    ],
    [
      [
        'The key may be used only from an allowed IP address range',
        'Wrong: that is the global condition key aws:SourceIp, not a KMS condition key, and it does not hold for calls AWS services make for you.',
      ],
    ],
    'KMS condition keys scope use by service, account, grant creator, encryption context and alias; global keys such as aws:ResourceTag cover tags.',
  ),
  matching(
    'ks-match-origin',
    {
      f: ['material-origin', 'ks-cloudhsm', 'ks-xks-double', 'im-rotation', 'im-expiry-delete'],
      t: 'key-stores',
      docs: ['keyStores', 'importingKeys', 'cloudhsmStore', 'externalStore'],
    },
    'Match each origin of key material to the trait that sets it apart.',
    [
      ['AWS_KMS', 'KMS generates the material and can rotate it every year or on your chosen period', 'The default: automatic and on-demand rotation.'],
      [
        'EXTERNAL',
        'You keep a copy of the material, may give it an expiry date and rotate it only on demand',
        'Imported material: KMS never generates it, so automatic rotation is not possible.',
      ],
      [
        'AWS_CLOUDHSM',
        'The material stays in your own cluster, which needs two HSMs in different Availability Zones',
        'A CloudHSM key store: your cluster, your availability.',
      ],
      [
        'EXTERNAL_KEY_STORE',
        'Every decryption also needs a key held outside AWS, reached through a proxy',
        'An XKS encrypts twice: with KMS material, then with your external key.',
      ],
    ],
    [
      [
        'The material can be downloaded by the key administrators when needed',
        'Wrong: no origin lets material leave KMS or the key store in plaintext; imported material is exported by nobody.',
      ],
    ],
    'The origin is fixed at creation and decides rotation, who holds the material and who answers for its availability.',
  ),
  matching(
    'svc-match-pattern',
    {
      f: ['svc-ebs-default', 'svc-encrypt-existing', 'svc-cross-region', 'svc-share-snapshot'],
      t: 'service-patterns',
      d: 'infrastructure',
      docs: ['ebsEncryption', 'rdsEncryption', 'ebsCopySnapshot', 'ebsShareSnapshot'],
    },
    'Match each requirement on EBS volumes or RDS databases to the way to meet it.',
    [
      [
        'Every new volume of the account in eu-west-1 must be encrypted',
        'Turn on EBS encryption by default in that Region',
        'The setting is per Region and covers new volumes and snapshot copies.',
      ],
      [
        'An unencrypted production database must be encrypted',
        'Snapshot, copy the snapshot with encryption, restore from the copy',
        'Encryption cannot be switched on in place.',
      ],
      [
        'A backup copy of an encrypted snapshot is needed in us-west-2',
        'Copy it naming a KMS key in us-west-2',
        'Keys are Regional; the copy is re-encrypted in the destination.',
      ],
      [
        'An encrypted snapshot must be used by a second account',
        'Encrypt it under a customer managed key whose policy allows that account',
        'Snapshots under aws/ebs cannot be shared.',
      ],
    ],
    [
      [
        'Change the default key of aws/ebs to one shared with the organization',
        'Wrong: an AWS managed key’s policy cannot be edited or shared; choose a customer managed key instead.',
      ],
    ],
    'Default encryption for new resources, snapshot-copy-restore for existing ones, a key per Region for copies, a customer managed key for sharing.',
  ),
];
