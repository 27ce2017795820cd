/** Questions of module Key rotation: automatic, on-demand, AWS managed keys, old material. */
import { builders } from './build';

const { single, multiple, scenario } = builders({ module: 'key-rotation', t: 'rotation', d: 'data-protection', docs: ['rotateKeys'] });
const console_ = { s: 'Rotation in the console', lab: 'lab-6' as const };
const how = { s: 'What rotation changes', lab: 'lab-6' as const };
const now = { s: 'Rotation today', docs: ['rotateOnDemand' as const, 'apiRotateKeyOnDemand' as const] };

export const KEY_ROTATION = [
  single(
    'rot-disable',
    { f: ['rot-disable', 'rot-console-tab'], ...console_, docs: ['rotateKeys'] },
    'Automatic rotation is enabled on a customer managed key. How do you turn it off?',
    ['Clear the box on the Key rotation tab', 'Right: the opposite of enabling it (or aws kms disable-key-rotation).'],
    [
      ['Delete the key and create a new one with rotation left off', 'Wrong: that destroys the key and all data encrypted under it.'],
      ['Disable the key', 'Wrong: disabling stops all use of the key.'],
      ['It cannot be turned off once enabled', 'Wrong: it can.'],
    ],
    'Disable rotation the way you enabled it: the Key rotation tab or disable-key-rotation.',
  ),
  single(
    'rot-annual',
    { f: ['rot-annual', 'sum-rotation-365'], ...how },
    'With automatic rotation enabled and the default settings, how often does KMS rotate the key material?',
    ['Every year (365 days)', 'Right: the default period is 365 days.'],
    [
      ['Every 30 days', 'Wrong: 30 days is the longest deletion waiting period, not a rotation period.'],
      ['Every three years', 'Wrong: that was AWS managed keys before 2022.'],
      ['Only when you call re-encrypt on the key', 'Wrong: re-encrypt does not rotate.'],
    ],
    'Automatic rotation: yearly by default.',
  ),
  scenario(
    'rot-keeps-old',
    { f: ['rot-keeps-old'], ...how },
    'Data was encrypted in January with a key that rotated automatically in March. In April an application decrypts the January data. What happens?',
    ['It decrypts with the retained January material', 'Right: KMS keeps every previous material and picks the right one from the ciphertext.'],
    [
      ['It fails: the data should have been re-encrypted with ReEncrypt before the March rotation', 'Wrong: old material is retained for the life of the key.'],
      ['It fails unless the old key ID is given', 'Wrong: the key ID does not change on rotation.'],
      ['It succeeds only for the root user', 'Wrong: permissions are unchanged by rotation.'],
    ],
    'Previous material is kept; old ciphertext still decrypts.',
  ),
  multiple(
    'rot-unchanged',
    { f: ['rot-keeps-old'], ...how },
    'What stays the same when KMS rotates a key automatically? (Choose two.)',
    [
      ['The key ID and ARN', 'Right: applications keep using the same key.'],
      ['The ability to decrypt data encrypted before the rotation', 'Right: old material is retained.'],
    ],
    [
      ['The key material used for new encryptions', 'Wrong: that is exactly what changes.'],
      ['The ciphertext produced for the same plaintext', 'Wrong: new ciphertext uses the new material (and a fresh IV anyway).'],
      ['Nothing: a new key is created', 'Wrong: rotation keeps the same key.'],
      ['The value of CurrentKeyMaterialId in DescribeKey', 'Wrong: it names the current material, so it changes with each rotation.'],
    ],
    'Same key, new material for new encryptions, old material kept.',
  ),
  scenario(
    'rot-no-reencrypt',
    { f: ['rot-keeps-old', 'rot-best-practice', 'rot-no-reencrypt'], ...how },
    'After enabling automatic rotation, a manager asks whether existing data must be re-encrypted. What is the answer?',
    ['No: old data stays readable and is not re-encrypted', 'Right: rotation protects new data with new material without disrupting old data.'],
    [
      [
        'Yes, with re-encrypt, or the data becomes unreadable after the retention period of the old material',
        'Wrong: old material is kept for the life of the key.',
      ],
      ['Yes, KMS re-encrypts all data during the rotation', 'Wrong: KMS never touches your data.'],
      ['Only data larger than 4 KB', 'Wrong: size does not matter.'],
    ],
    'Rotation is transparent to existing ciphertext.',
  ),
  single(
    'rot-best-practice',
    { f: ['rot-best-practice'], ...how },
    'Why is enabling automatic key rotation considered a best practice?',
    ['It limits the data under one material without disruption', 'Right: regular rotation, with no downtime and no change for applications.'],
    [
      ['It makes keys exportable once they have rotated at least once', 'Wrong: material never leaves KMS.'],
      ['It reduces the KMS bill', 'Wrong: rotation does not reduce cost.'],
      ['It deletes old ciphertext', 'Wrong: KMS never deletes your data.'],
    ],
    'Security best practice, no disruption.',
  ),
  single(
    'rot-period',
    { f: ['cur-rotation-period'], ...now, lab: 'lab-6', docs: ['apiEnableKeyRotation'] },
    'Which automatic rotation periods can you configure for a customer managed KMS key today?',
    ['90 to 2560 days (default 365)', 'Right: since 2024 the period is configurable with --rotation-period-in-days.'],
    [
      ['Only 365 days, the period fixed for every customer managed key', 'Wrong: 365 days is the default, not the only choice.'],
      ['1 to 30 days', 'Wrong: 7-30 days is the deletion waiting period.'],
      ['Any period up to 10 years', 'Wrong: the maximum is 2560 days (about 7 years).'],
    ],
    'Current fact: 90-2560 days, default 365.',
  ),
  scenario(
    'rot-period-scenario',
    { f: ['cur-rotation-period'], ...now, lab: 'lab-6', d: 'governance', docs: ['apiEnableKeyRotation'] },
    'A regulator requires rotation of a customer managed key every 180 days with the least operational effort. What should the team do?',
    ['enable-key-rotation --rotation-period-in-days 180', 'Right: automatic rotation with a custom period.'],
    [
      ['Create a new key every 180 days and re-point the alias', 'Wrong: it works, but it is manual work the automatic period avoids.'],
      [
        'Call rotate-key-on-demand twice a year from a scheduled Lambda function',
        'Wrong: possible, but more effort, and on-demand rotations are capped at 25 per key.',
      ],
      ['It is impossible; rotation is yearly', 'Wrong: the period has been configurable since 2024.'],
    ],
    'Use the configurable period.',
  ),
  single(
    'rot-on-demand',
    { f: ['cur-on-demand'], ...now },
    'What does RotateKeyOnDemand do?',
    ['Rotates the material now, leaving the schedule as it is', 'Right: an on-demand rotation does not move the next automatic rotation.'],
    [
      ['Enables automatic rotation', 'Wrong: that is EnableKeyRotation.'],
      ['Re-encrypts all ciphertext under new material', 'Wrong: KMS never re-encrypts your data.'],
      ['Creates a new key with a new key ID and moves the aliases of the old key to it', 'Wrong: the key ID stays the same; nothing moves.'],
    ],
    'On-demand rotation: now, same key, schedule unchanged.',
  ),
  scenario(
    'rot-on-demand-scenario',
    { f: ['cur-on-demand'], ...now, d: 'governance' },
    "A company's policy requires new key material for a customer managed key as soon as its key custodian leaves. Old data must stay readable and applications must keep the same key ID. What should it do when the custodian leaves?",
    ['Call rotate-key-on-demand on the key', 'Right: immediate rotation; old material remains for decryption.'],
    [
      ['Schedule the key for deletion and create a new key with the same alias', 'Wrong: old data would become unreadable after the waiting period.'],
      ['Disable automatic rotation', 'Wrong: that prevents rotation.'],
      ['Change the key description', 'Wrong: the description has no effect on material.'],
    ],
    'On-demand rotation gives new material immediately, without touching the automatic schedule.',
  ),
  single(
    'rot-on-demand-limit',
    { f: ['cur-on-demand', 'im-rotation'], ...now },
    'Which statement about on-demand rotation is true today?',
    ['A key can be rotated on demand at most 25 times', 'Right: the quota is 25 on-demand rotations per key, and it cannot be raised.'],
    [
      ['It resets the automatic rotation date', 'Wrong: the next automatic rotation date does not move.'],
      ['It is available for AWS managed keys', 'Wrong: you cannot rotate AWS managed keys.'],
      [
        'It is refused for keys with imported material, whatever material was imported',
        'Wrong: since 2025 a symmetric key with imported material rotates on demand once new material is imported.',
      ],
    ],
    'On-demand rotations are capped at 25 per key and independent of the schedule; they also serve symmetric keys with imported material.',
  ),
  single(
    'rot-aws-managed',
    { f: ['cur-aws-managed-yearly'], s: 'AWS managed keys', t: 'key-ownership', docs: ['apiEnableKeyRotation'] },
    'How are AWS managed keys (for example aws/ebs) rotated today?',
    ['Every year, automatically; you cannot change it', 'Right: since May 2022 yearly (before, every three years).'],
    [
      ['Every three years, unless you enable yearly rotation on the key', 'Wrong: that was the rule before May 2022, and it was never configurable.'],
      ['Only if you enable it', 'Wrong: it is mandatory and not configurable.'],
      ['Never', 'Wrong: AWS rotates them yearly.'],
    ],
    'AWS managed keys: yearly, mandatory.',
  ),
  scenario(
    'rot-aws-managed-scenario',
    { f: ['cur-aws-managed-yearly', 'aws-managed'], s: 'AWS managed keys', t: 'key-ownership', docs: ['apiEnableKeyRotation'] },
    'An engineer tries to disable rotation on the AWS managed key aws/s3. What happens?',
    ['The request is refused', 'Right: AWS manages the key, including its yearly rotation.'],
    [
      ['Rotation is disabled for aws/s3 in that Region only', 'Wrong: you cannot change it.'],
      ['The key becomes a customer managed key', 'Wrong: a key never changes manager.'],
      ['S3 stops encrypting new objects', 'Wrong: nothing changes.'],
    ],
    'You cannot enable, disable or change rotation of AWS managed keys.',
  ),
  scenario(
    'rot-status-check',
    { f: ['api-rotation-status', 'cur-rotation-period'], s: 'Rotation commands', lab: 'lab-6', d: 'detection', docs: ['apiGetKeyRotationStatus'] },
    'An auditor asks when a key will next rotate. Which command answers?',
    ['aws kms get-key-rotation-status', 'Right: it returns KeyRotationEnabled, RotationPeriodInDays and NextRotationDate.'],
    [
      ['aws kms list-key-rotations, whose last entry gives the date of the next rotation', 'Wrong: it lists past rotations, not the next date.'],
      ['aws kms describe-key --key-id <key>', 'Wrong: DescribeKey does not show the rotation schedule.'],
      ['aws cloudtrail lookup-events', 'Wrong: CloudTrail records past events only.'],
    ],
    'get-key-rotation-status shows the schedule.',
  ),
];
