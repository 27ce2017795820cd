/** Specialty items: custom key stores (AWS CloudHSM, external key stores) and key ownership (AWS owned, AWS managed, customer managed). */
import { builders } from './build';

const { single, scenario, ordering } = builders({ t: 'key-stores', d: 'data-protection', lv: 3, docs: ['keyStores'] });
const own = { t: 'key-ownership' as const, docs: ['kmsConcepts' as const] };

export const SPEC_KEY_STORES = [
  scenario(
    'ks-cloudhsm-two-hsms',
    { f: ['ks-cloudhsm'], d: 'infrastructure', docs: ['createCloudhsmStore', 'cloudhsmStore'] },
    'To cut cost, a team connected an AWS CloudHSM key store to a cluster with a single HSM. Creating a KMS key in the key store now fails with CloudHsmClusterInvalidConfigurationException. The team must keep using the CloudHSM key store. What does it need?',
    [
      'At least two active HSMs in the cluster, in different Availability Zones',
      'Right: creating keys in a CloudHSM key store needs two active HSMs in different AZs (connecting needs only one).',
    ],
    [
      ['A second cluster in another Region, linked to the same key store', 'Wrong: a CloudHSM key store is tied to one cluster in its own account and Region.'],
      ['A larger HSM instance type in the same Availability Zone', 'Wrong: the requirement is about count and Availability Zones, not instance size.'],
      ['Reconnecting the key store with the kmsuser password reset', 'Wrong: a password problem gives another error; the cluster configuration is what fails.'],
    ],
    'CloudHSM key store: one cluster, at least two active HSMs in different AZs to create keys; you run the cluster.',
  ),
  scenario(
    'ks-cloudhsm-when',
    { f: ['ks-cloudhsm', 'gov-fips'], d: 'governance', docs: ['cloudhsmStore', 'keyStores'] },
    'An auditor requires that the HSMs holding a bank’s encryption keys be single-tenant, under the bank’s exclusive control, with the bank able to manage HSM users. The bank still wants S3, EBS and RDS to encrypt with these keys through KMS. Which option meets this with the least change to applications?',
    [
      'KMS keys in a CloudHSM key store backed by the bank’s cluster',
      'Right: the services keep using KMS keys, while the material is in HSMs the bank controls.',
    ],
    [
      [
        'Standard KMS keys, since KMS HSMs are FIPS 140-3 Level 3 validated',
        'Wrong: validated, but multi-tenant and managed by AWS, which the auditor rules out.',
      ],
      [
        'Keys in CloudHSM used directly by each application through the CloudHSM client SDK',
        'Wrong: S3, EBS and RDS cannot use CloudHSM keys directly; every application would change.',
      ],
      ['Imported key material from an on-premises HSM', 'Wrong: imported material is then held in KMS HSMs, not in HSMs the bank controls.'],
    ],
    'Use a CloudHSM key store when the HSMs themselves must be yours; otherwise standard KMS keys are simpler.',
  ),
  scenario(
    'ks-limits-types',
    { f: ['ks-limits', 'rot-eligibility'], docs: ['keyStores', 'xksKeys'] },
    'A team that moved all its keys to an AWS CloudHSM key store now needs an RSA signing key, an HMAC key and yearly automatic rotation of its encryption keys. What is true?',
    [
      'None of them; keep those keys in standard KMS',
      'Right: custom key stores hold symmetric encryption keys only, without automatic rotation; signing and HMAC keys must be standard KMS keys.',
    ],
    [
      ['All three work once the key store is reconnected', 'Wrong: these are limits of custom key stores, not connection problems.'],
      [
        'Asymmetric and HMAC keys work, but rotation must be on demand',
        'Wrong: asymmetric and HMAC keys cannot be created in a custom key store, and on-demand rotation is not available there either.',
      ],
      ['They work with imported material instead', 'Wrong: keys in custom key stores cannot have imported material.'],
    ],
    'Custom key stores: symmetric encryption keys only; no automatic or on-demand rotation; no imported material.',
  ),
  scenario(
    'ks-xks-double',
    { f: ['ks-xks-double', 'ks-xks-tradeoffs'], d: 'governance', docs: ['externalStore', 'xksKeys'] },
    'A regulator requires that a European bank be able to stop AWS from decrypting its data at any time, by withholding a key held outside AWS, while S3 and EBS keep encrypting through KMS. Which design satisfies this?',
    [
      'Keys in an external key store backed by the bank’s key manager',
      'Right: KMS encrypts with its own material and then with the external key (double encryption); without the external key nothing decrypts.',
    ],
    [
      [
        'Imported key material, deleted with DeleteImportedKeyMaterial when needed',
        'Wrong: the material is then inside KMS until deleted, and a copy must be imported again to restore use; the external control is weaker.',
      ],
      ['A CloudHSM key store in the bank’s own AWS account', 'Wrong: CloudHSM runs inside AWS, which the regulator’s requirement excludes.'],
      ['Client-side encryption with keys in the bank’s data center', 'Wrong: S3 and EBS could no longer encrypt through KMS, which the bank wants to keep.'],
    ],
    'External key stores keep a key outside AWS in the decryption path of every KMS key they back.',
  ),
  scenario(
    'ks-xks-outage',
    { f: ['ks-xks-tradeoffs', 'ks-disconnected'], d: 'incident-response', docs: ['xksTroubleshooting', 'externalStore'] },
    'Applications that read S3 objects encrypted under a key in an external key store suddenly fail, and KMS calls return KMSInvalidStateException. The XKS proxy runs in the company’s data center, where a network change went out an hour ago. What should responders check first?',
    [
      'The XKS proxy’s health and its network path',
      'Right: KMS reports external failures as KMSInvalidStateException; the proxy and its network path are outside AWS and are your responsibility.',
    ],
    [
      ['Whether someone disabled the KMS key', 'Wrong: a disabled key gives DisabledException, and nothing in KMS changed.'],
      ['Whether the S3 bucket policy was changed', 'Wrong: S3 access denied is a different error; the KMS call is what fails.'],
      [
        'Whether KMS is having an outage in the Region, and wait for AWS to fix it',
        'Wrong: the failure follows an on-premises change; the external path is yours to fix.',
      ],
    ],
    'An external key store trades availability for control: an outage of the proxy or key manager stops every dependent service.',
  ),
  scenario(
    'ks-xks-connectivity',
    { f: ['ks-xks-connectivity', 'ks-xks-tradeoffs'], d: 'infrastructure', docs: ['xksConnectivity'] },
    'A company runs its XKS proxy in its data center, connected to AWS with Direct Connect. Its policy forbids traffic between KMS and the proxy over the public internet, and it accepts extra setup. Which connectivity option should the external key store use?',
    [
      'A VPC endpoint service in front of the proxy',
      'Right: KMS then reaches the proxy privately through AWS; the proxy itself can stay in the data center, reached over Direct Connect.',
    ],
    [
      ['A public endpoint restricted to the KMS IP ranges by a firewall', 'Wrong: the traffic would still cross the public internet.'],
      ['An interface VPC endpoint for KMS in the company’s VPC', 'Wrong: that lets your VPC call KMS privately; it does not change how KMS reaches the proxy.'],
      [
        'Moving the proxy onto an EC2 instance with a public IP address',
        'Wrong: an instance with a public IP is still a public endpoint, so the traffic crosses the internet again.',
      ],
    ],
    'XKS proxies are reached through a public endpoint (simpler) or a VPC endpoint service (private, more setup).',
  ),
  scenario(
    'ks-xks-monitor',
    { f: ['ks-xks-connectivity', 'mon-metrics'], d: 'detection', docs: ['monitoringCloudwatch', 'xksConnectivity'] },
    'An external key store’s proxy failed last quarter because its TLS certificate expired, and nobody noticed until every application reading data under those keys broke. The operations team wants a warning weeks ahead next time. What gives it?',
    [
      'A CloudWatch alarm on the XksProxyCertificateDaysToExpire metric',
      'Right: KMS publishes the days left on the proxy’s TLS certificate; an alarm some days ahead gives time to renew it.',
    ],
    [
      [
        'An ACM renewal notification for the proxy’s certificate',
        'Wrong: the proxy’s certificate is not necessarily from ACM, and ACM only renews certificates it manages.',
      ],
      ['A Config rule on the KMS key’s rotation status', 'Wrong: rotation does not apply to external key stores and says nothing about the certificate.'],
      ['CloudTrail events for the proxy’s TLS handshakes', 'Wrong: CloudTrail does not record handshakes; the metric exists for this.'],
    ],
    'KMS publishes external key store metrics (certificate days to expire, errors, latency) for CloudWatch alarms.',
  ),
  single(
    'ks-unavailable-state',
    { f: ['ks-disconnected', 'kl-states'], d: 'incident-response', lv: 2, docs: ['keyState'] },
    'Keys in a CloudHSM key store show the key state Unavailable. What does that mean?',
    ['The custom key store is disconnected', 'Right: Unavailable keys cannot be used until their custom key store is connected again.'],
    [
      ['The keys are scheduled for deletion', 'Wrong: that is PendingDeletion.'],
      ['The keys are waiting for imported material', 'Wrong: that is PendingImport.'],
      ['AWS is rotating the material in the cluster', 'Wrong: keys in custom key stores are not rotated, and rotation never makes a key unusable.'],
    ],
    'Unavailable = custom key store disconnected.',
  ),
  ordering(
    'ks-xks-order',
    { f: ['ks-xks-double', 'ks-xks-connectivity'], lv: 2, docs: ['externalStore', 'xksKeys'] },
    'Put the steps of using keys held outside AWS through KMS in order.',
    [
      ['Deploy an XKS proxy in front of the external key manager', 'The proxy translates KMS requests for the key manager.'],
      ['Create the external key store in KMS with the proxy’s endpoint and credential', 'KMS learns how to reach and authenticate to the proxy.'],
      ['Connect the external key store', 'KMS checks it can reach the proxy; keys are usable only while connected.'],
      ['Create a KMS key with origin EXTERNAL_KEY_STORE that names an external key', 'Each KMS key is backed by its own external key.'],
    ],
    'Proxy, key store, connect, then keys.',
  ),
  scenario(
    'own-aws-owned-visibility',
    { f: ['own-aws-owned', 'own-customer-needed'], ...own, d: 'detection', docs: ['kmsConcepts', 'dynamodbEncryption'] },
    'A DynamoDB table uses the default encryption at rest with an AWS owned key. Auditors now require that every use of the key protecting the table appear in the company’s CloudTrail and be controllable by a key policy. What should the team do?',
    [
      'Switch the table to a customer managed key',
      'Right: AWS owned keys are invisible to you and their use is not in your CloudTrail; a customer managed key is in your account, under your key policy and logged.',
    ],
    [
      ['Enable CloudTrail data events for DynamoDB', 'Wrong: they record item-level API calls, not uses of the AWS owned key.'],
      [
        'Find the AWS owned key’s ARN in the console and add its use to a trail',
        'Wrong: AWS owned keys are not in your account and cannot be viewed or audited.',
      ],
      ['Keep the AWS owned key and add an IAM policy that denies its use', 'Wrong: you cannot reference or control AWS owned keys with your policies.'],
    ],
    'AWS owned: free, invisible, uncontrolled. AWS managed: visible, logged, fixed policy. Customer managed: yours to control.',
  ),
  scenario(
    'own-aws-managed-share',
    { f: ['own-aws-managed', 'svc-secrets'], ...own, d: 'iam', docs: ['secretsChangeKey', 'secretsCrossAccount'] },
    'A secret in Secrets Manager is encrypted with aws/secretsmanager. A Lambda function in another account of the organization must read it; the secret’s resource policy already allows that role. The call still fails. What must change?',
    [
      'Use a customer managed key whose policy allows the other account',
      'Right: the AWS managed key’s policy allows only principals of its own account, through Secrets Manager; cross-account access needs a customer managed key.',
    ],
    [
      ['Add the other account to the key policy of aws/secretsmanager', 'Wrong: the policies of AWS managed keys cannot be edited.'],
      [
        'Create a grant on aws/secretsmanager for the Lambda role',
        'Wrong: the policy of an AWS managed key allows CreateGrant only through its service for its own account, so you cannot hand it to another account.',
      ],
      [
        'Replicate the secret to the other account’s Region',
        'Wrong: replication copies the secret to another Region of the same account, not to another account.',
      ],
    ],
    'Sharing anything encrypted across accounts needs a customer managed key.',
  ),
];
