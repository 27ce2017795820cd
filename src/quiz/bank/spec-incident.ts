/** Specialty items, Domain 2 (Incident Response): containing and recovering from key and certificate incidents. */
import { builders } from './build';

const { scenario } = builders({ t: 'key-lifecycle', d: 'incident-response', lv: 3, docs: ['keyPolicies'] });

export const SPEC_INCIDENT = [
  scenario(
    'ir-stolen-role-deny',
    { f: ['kp-explicit-deny', 'mon-cloudtrail'], t: 'key-policies', docs: ['policyEvaluation', 'keyPolicies'] },
    'Access keys that can assume a data-processing role leaked in a public repository. The role may decrypt with three customer managed keys through IAM policies. Other roles must keep working while the team investigates. What contains the risk to the encrypted data fastest?',
    [
      'Revoke its sessions and deny the role explicitly',
      'Right: revoking sessions ends current use and an explicit Deny blocks any new credentials for the role, without touching other users.',
    ],
    [
      [
        'Schedule deletion of the three keys with a 7-day window',
        'Wrong: it stops every user and, unless cancelled, destroys the data; it is not containment.',
      ],
      ['Rotate the three keys on demand', 'Wrong: rotation keeps old material usable and does not change who may decrypt.'],
      ['Disable automatic rotation to freeze the keys', 'Wrong: rotation settings change nothing about who may decrypt with the keys.'],
    ],
    'Contain the identity (sessions, deny), not the key, when other users depend on it.',
  ),
  scenario(
    'ir-leaked-data-key',
    { f: ['env-erase-plaintext', 'env-store-with-data'], t: 'envelope', d: 'incident-response', docs: ['kmsCryptography'] },
    'A debugging log accidentally recorded the plaintext data key of one envelope-encrypted backup file. The KMS key itself was never exposed, and other files used other data keys. What is the proportionate response?',
    [
      'Re-encrypt that one backup under a new data key, and purge the log',
      'Right: each file has its own data key; only the exposed data key’s file is at risk.',
    ],
    [
      [
        'Rotate the KMS key on demand, which invalidates the leaked data key',
        'Wrong: rotation does not touch data keys or re-encrypt data; the leaked key still decrypts the file.',
      ],
      ['Schedule deletion of the KMS key', 'Wrong: it would destroy every other backup and does not protect the leaked file.'],
      ['Re-encrypt every file the KMS key ever protected', 'Wrong: other files use other data keys, which were not exposed.'],
    ],
    'Envelope encryption limits the blast radius of a leaked data key to the data it encrypted.',
  ),
  scenario(
    'ir-policy-locked-app',
    { f: ['kp-lockout-check', 'kp-one-policy'], t: 'key-policies', docs: ['apiPutKeyPolicy', 'keyPolicyModifying'] },
    'A key administrator applied a new key policy and the production application immediately lost access to its data; the lockout check passed because the administrator kept their own rights. Customers are affected now. What is the fastest safe recovery?',
    [
      'Restore the previous policy with PutKeyPolicy',
      'Right: the administrator can still change the policy; restoring the last known good version is immediate.',
    ],
    [
      ['Create a new key and re-encrypt the data', 'Wrong: the data cannot be re-encrypted without access to the old key, and it takes far longer.'],
      ['Ask AWS Support to roll back the policy', 'Wrong: Support is needed only when nobody can manage the key; here an administrator can.'],
      [
        'Add the application to a grant that overrides the policy',
        'Wrong: grants add permissions but do not override explicit denies; restoring the known policy is the reliable fix.',
      ],
    ],
    'Keep key policies in source control and Config history, so a bad change can be reverted at once.',
  ),
  scenario(
    'ir-exportable-key-leak',
    { f: ['acm-exportable', 'acm-integrated'], t: 'acm', docs: ['acmExportable'] },
    'The private key of an exportable ACM public certificate was found on a developer’s laptop after the laptop was stolen. The certificate serves www.example.com on on-premises servers. What should the team do?',
    [
      'Revoke the certificate, then issue a new one',
      'Right: a compromised private key calls for revocation; exportable public certificates can be revoked, and a new key pair replaces them.',
    ],
    [
      ['Renew the certificate; renewal keeps the name and changes nothing else', 'Wrong: renewal alone leaves the stolen certificate valid until it expires.'],
      ['Delete the certificate from ACM', 'Wrong: deleting it in ACM does not invalidate copies already issued; browsers would still trust it.'],
      ['Disable the KMS key that protects the certificate', 'Wrong: ACM certificates are not KMS keys, and the stolen key is outside AWS.'],
    ],
    'Exportable certificates put private keys outside AWS: plan revocation and replacement.',
  ),
  scenario(
    'ir-xks-kill-switch',
    { f: ['ks-xks-double', 'ks-disconnected'], t: 'key-stores', docs: ['externalStore', 'keyState'] },
    'A company uses an external key store so that it can stop all decryption of its AWS data in an emergency. During a suspected breach of its AWS environment, leadership orders decryption stopped for every workload using those keys, reversibly. Which actions achieve it?',
    ['Disconnect the external key store', 'Right: without the external keys nothing under them decrypts, and reconnecting (or re-allowing) restores service.'],
    [
      [
        'Schedule deletion of every KMS key in the external key store',
        'Wrong: deletion is not reversible after the waiting period and cannot be used as a switch.',
      ],
      ['Rotate the KMS keys on demand', 'Wrong: keys in custom key stores cannot be rotated, and rotation never stops decryption.'],
      ['Revoke the IAM users of the account', 'Wrong: services act with many principals; the key store is the single switch.'],
    ],
    'External key stores give a reversible kill switch outside AWS, at the cost of availability risk.',
  ),
  scenario(
    'ir-hsm-cluster-lost',
    { f: ['ks-cloudhsm', 'ks-disconnected'], t: 'key-stores', docs: ['cloudhsmStore', 'keyState'] },
    'An engineer deleted both HSMs of the CloudHSM cluster behind a CloudHSM key store while cleaning up test resources. Keys in the key store are now unusable. The cluster itself still exists with its backups. How is service restored?',
    [
      'Add HSMs back, then reconnect the store',
      'Right: the key material lives in the cluster and its backups; once HSMs are back, the key store can connect and the keys work again.',
    ],
    [
      [
        'Import the key material into new KMS keys',
        'Wrong: keys in a CloudHSM key store cannot be exported, and imported material cannot go into custom key stores.',
      ],
      ['Ask AWS to restore the keys from KMS backups', 'Wrong: KMS holds only the keys’ metadata; the material is in your cluster.'],
      ['Recreate the KMS keys with the same IDs', 'Wrong: key IDs cannot be chosen, and new keys would have new material.'],
    ],
    'With CloudHSM key stores, HSM availability and backups are your responsibility.',
  ),
  scenario(
    'ir-imported-deleted',
    { f: ['im-expiry-delete'], t: 'imported-material', docs: ['apiDeleteImportedKeyMaterial', 'importConcepts'] },
    'A script meant for a test account ran DeleteImportedKeyMaterial on a production key with imported material. Decryption fails everywhere. The company keeps the original material in its HSM. What restores service?',
    ['Import the same key material again', 'Right: the key returns to Enabled with the same material, and everything encrypted under it decrypts again.'],
    [
      ['CancelKeyDeletion on the key', 'Wrong: the key was not scheduled for deletion; its material was deleted (PendingImport).'],
      ['Import new material with ImportType NEW_KEY_MATERIAL', 'Wrong: new material cannot decrypt data encrypted under the old material.'],
      ['Nothing can be done; the data is lost', 'Wrong: imported material can be re-imported, which is why you keep a copy.'],
    ],
    'Imported material: you keep the copy, so deletion (or expiry) is reversible by re-importing it.',
  ),
  scenario(
    'ir-snapshot-shared-attacker',
    { f: ['svc-share-snapshot', 'gr-retire-revoke', 'mon-cloudtrail'], t: 'service-patterns', docs: ['ebsShareSnapshot', 'grants'] },
    'CloudTrail shows that a compromised administrator shared EBS snapshots, encrypted with a customer managed key, with an unknown account, and added that account to the key policy. What must the responders do to protect the data?',
    [
      'Remove the shares, the key policy entry and its grants',
      'Right: the foreign account needs both the snapshot permission and key access; remove both, and any grants created for it.',
    ],
    [
      [
        'Only remove the snapshot permissions; the key protects the data anyway',
        'Wrong: the key policy now lets that account use the key, and it may already have copied snapshots.',
      ],
      ['Delete the snapshots immediately', 'Wrong: copies made by the other account would remain usable while it keeps key access.'],
      ['Rotate the key on demand so the shared snapshots become unreadable', 'Wrong: old material is kept; the snapshots stay readable.'],
    ],
    'Sharing encrypted snapshots needs two permissions; containment removes both (and checks for copies).',
  ),
  scenario(
    'ir-key-disabled-attack',
    { f: ['key-states', 'mon-eventbridge'], d: 'incident-response', docs: ['enablingKeys', 'keyState'] },
    'At night several production services fail with DisabledException. CloudTrail shows that an unfamiliar session, using a role nobody on call recognises, disabled five production keys an hour ago. What is the right order of action?',
    ['Revoke the session, re-enable the keys, then review', 'Right: stop the actor first so the keys are not disabled again, then restore, then scope.'],
    [
      ['Re-enable the keys and close the incident, since no data was lost', 'Wrong: the actor still holds a session and may do more damage.'],
      ['Create new keys and point the aliases at them', 'Wrong: data under the old keys still needs them; re-enabling is immediate.'],
      ['Schedule deletion of the five keys to prevent further misuse', 'Wrong: that destroys the data the attacker could not.'],
    ],
    'Contain the actor, restore the keys, investigate.',
  ),
  scenario(
    'ir-multi-region-failover',
    { f: ['mr-shared', 'mr-independent'], t: 'multi-region', docs: ['multiRegion'] },
    'During a regional outage in eu-west-1, an application fails over to eu-central-1, where a replica of its multi-Region key exists. Decryption works but encryption of new records fails with AccessDeniedException for the application role. What was missed in the runbook?',
    [
      'The replica’s own key policy lacks the encrypt permissions',
      'Right: material is shared, policies are not; the replica’s policy must grant what the role needs.',
    ],
    [
      ['Replicas can only decrypt; encryption requires the primary', 'Wrong: replicas are fully functional keys for every cryptographic operation.'],
      [
        'The replica must be promoted with UpdatePrimaryRegion before encrypting',
        'Wrong: replicas encrypt as they are; promotion only changes which key manages shared properties.',
      ],
      ['New records must use a single-Region key in eu-central-1', 'Wrong: the replica can encrypt; the permission is missing.'],
    ],
    'Test failover runbooks, including the replica’s key policy and grants.',
  ),
];
