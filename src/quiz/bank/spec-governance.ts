/** Specialty items, Domain 6 (Security Foundations and Governance): key strategy, guardrails and cost across an organization. */
import { builders } from './build';

const { scenario, multiple } = builders({ t: 'key-ownership', d: 'governance', lv: 3, docs: ['kmsConcepts'] });

export const SPEC_GOVERNANCE = [
  scenario(
    'gov-key-per-classification',
    { f: ['own-customer-needed', 'ck-abac-tags', 'qc-pricing'], docs: ['kmsConcepts', 'abac', 'kmsPricing'] },
    'A company defines three data classifications (public, internal, restricted) across 40 applications. It wants separate control and audit for restricted data, reasonable cost, and no key administration per application. Which key strategy fits?',
    [
      'Customer managed keys per classification and account, with ABAC tags for access',
      'Right: a handful of keys keeps cost and administration low, while restricted data gets its own keys, policies and audit trail.',
    ],
    [
      ['One AWS managed key per service for everything', 'Wrong: no control over policies, no separation of restricted data, no cross-account use.'],
      [
        'One customer managed key per application and classification (120 keys)',
        'Wrong: it meets control needs but multiplies cost and administration for little gain.',
      ],
      ['One customer managed key for the whole organization', 'Wrong: one key mixes restricted and public data and cannot be shared safely across accounts.'],
    ],
    'Choose key granularity by the control boundaries you need (classification, account), not by habit.',
  ),
  scenario(
    'gov-enforce-ebs-default',
    { f: ['svc-ebs-default', 'gov-scp'], t: 'service-patterns', docs: ['ebsEncryption', 'scps'] },
    'Policy requires every EBS volume in every account and Region of the organization to be encrypted, even in Regions nobody uses yet. Teams must not be able to create unencrypted volumes. Which combination enforces it?',
    [
      'Default encryption per Region and an SCP on ec2:Encrypted',
      'Right: the setting covers normal creation per Region, and the SCP blocks unencrypted volumes everywhere, including new Regions.',
    ],
    [
      ['Encryption by default enabled in the management account only', 'Wrong: it is a per-account, per-Region setting.'],
      ['A Config rule that deletes unencrypted volumes', 'Wrong: detection after creation is not prevention, and deleting volumes is destructive.'],
      ['A customer managed key with automatic rotation', 'Wrong: a key does not force volumes to use it.'],
    ],
    'Prevent with SCPs, make the safe path the default, detect drift with Config.',
  ),
  scenario(
    'gov-tag-on-create',
    { f: ['ck-create-key-attrs', 'ck-abac-tags', 'gov-scp'], t: 'condition-keys', docs: ['abac', 'scps'] },
    'Access to keys is based on their Owner and DataClass tags. Untagged keys break this model. The organization wants every new key to be created with both tags, in every account. Which control achieves it?',
    [
      'An SCP denying CreateKey without those request tags',
      'Right: aws:RequestTag checks the tags sent with CreateKey, so keys without them cannot be created.',
    ],
    [
      ['An SCP denying kms:CreateKey when aws:ResourceTag/Owner is missing', 'Wrong: the key does not exist yet; request tags are what CreateKey carries.'],
      ['Tag policies alone', 'Wrong: tag policies standardise tag values; they do not by themselves stop untagged creation.'],
      ['A nightly script that tags new keys', 'Wrong: keys are untagged (and outside the access model) until it runs.'],
    ],
    'aws:RequestTag and aws:TagKeys on create requests; aws:ResourceTag on existing resources.',
  ),
  scenario(
    'gov-delegated-admin-keys',
    { f: ['kp-separation', 'kp-explicit-deny', 'gov-scp'], t: 'key-policies', docs: ['keyPolicyDefault', 'scps'] },
    'Regulators require that key policies of production keys can be changed only by a security team, even by the production account’s own administrators. Production accounts keep AdministratorAccess for operations. What enforces this?',
    [
      'An SCP denying PutKeyPolicy except for the security role',
      'Right: SCPs restrict even administrators of member accounts, so only the named role can change key policies.',
    ],
    [
      ['Key policies that name only the security team as administrators', 'Wrong: with the root statement, AdministratorAccess still allows PutKeyPolicy.'],
      ['Removing AdministratorAccess from production administrators', 'Wrong: the requirement keeps it for operations.'],
      ['AWS Config rules on key policy changes', 'Wrong: they detect changes after the fact.'],
    ],
    'Administrators of an account are limited by SCPs, not by key policies that delegate to IAM.',
  ),
  scenario(
    'gov-residency-keys',
    { f: ['mr-when', 'create-regional', 'gov-scp'], t: 'multi-region', docs: ['multiRegion', 'scps'] },
    'A company must keep EU customer data, and the keys protecting it, in EU Regions. Some teams use multi-Region keys for resilience. Which guardrail keeps key material within the EU?',
    [
      'An SCP limiting ReplicateKey to EU Regions',
      'Right: replicas are where material leaves a Region; the condition keys let an SCP allow only EU destinations.',
    ],
    [
      ['Single-Region keys only, with no further control', 'Wrong: nothing would stop someone creating a multi-Region key and replicating it later.'],
      [
        'A key policy on each key that names EU Regions',
        'Wrong: key policies do not restrict where replicas go unless written with the right conditions, and administrators could change them.',
      ],
      ['Disabling replicas outside the EU', 'Wrong: disabled replicas still hold the material there.'],
    ],
    'kms:ReplicaRegion and aws:RequestedRegion let guardrails pin key material to allowed Regions.',
  ),
  multiple(
    'gov-guardrail-controls',
    { f: ['gov-scp', 'mon-config-hub', 'mon-access-analyzer'], t: 'monitoring', lv: 2, docs: ['scps', 'configRotationRule', 'accessAnalyzer'] },
    'Which are preventive controls for KMS keys across an organization (rather than detective ones)? (Choose two.)',
    [
      ['An SCP denying kms:ScheduleKeyDeletion except for a break-glass role', 'Right: it stops the action before it happens.'],
      ['An SCP denying kms:CreateKey without required request tags', 'Right: it blocks non-compliant creation.'],
    ],
    [
      ['An AWS Config rule reporting keys without rotation', 'Wrong: it detects and reports; it prevents nothing.'],
      ['IAM Access Analyzer findings on shared keys', 'Wrong: findings report exposure after it exists.'],
      ['An EventBridge alert on PutKeyPolicy', 'Wrong: it alerts after the change.'],
      ['A Security Hub control for broad decrypt permissions', 'Wrong: controls evaluate and report; they are detective.'],
    ],
    'Preventive: SCPs and conditions. Detective: Config, Security Hub, Access Analyzer, EventBridge alerts.',
  ),
];
