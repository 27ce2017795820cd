/** Questions of module Key rotation: automatic, on-demand, AWS managed keys, old material. */
import { builders } from './build';

const { single, multiple, scenario } = builders('key-rotation');
const console_ = { s: 'Rotation in the console', lab: 'lab-6' as const };
const how = { s: 'What rotation changes', lab: 'lab-6' as const };
const now = { s: 'Rotation today' };

export const KEY_ROTATION = [
  single(
    'rot-console',
    { f: ['rot-console-tab'], ...console_ },
    'Where do you enable automatic rotation of a customer managed key in the KMS console?',
    ["On the key's Key rotation tab: select the automatic rotation checkbox and Save", 'Right: that is the console path of the demo.'],
    [
      ["In IAM, on the key user's Security credentials tab", 'Wrong: rotation is a property of the KMS key.'],
      ['On the Key policy tab, by adding kms:RotateKey', 'Wrong: the policy controls who may change rotation, it does not enable it.'],
      ['In the Create key wizard only; it cannot be changed later', 'Wrong: rotation can be enabled or disabled at any time.'],
    ],
    'Key rotation tab -> checkbox -> Save.',
  ),
  single(
    'rot-disable',
    { f: ['rot-disable'], ...console_ },
    'How do you turn automatic rotation off?',
    ['Clear the checkbox on the Key rotation tab and Save (or aws kms disable-key-rotation)', 'Right: the opposite of enabling it.'],
    [
      ['Delete the key', 'Wrong: that destroys the key and all data encrypted under it.'],
      ['Disable the key', 'Wrong: disabling stops all use of the key.'],
      ['It cannot be turned off once enabled', 'Wrong: it can.'],
    ],
    'Disable rotation the way you enabled it.',
  ),
  single(
    'rot-annual',
    { f: ['rot-annual', 'sum-rotation-365'], ...how },
    'With automatic rotation enabled and the default settings, how often does KMS rotate the key material?',
    ['Every year (365 days)', 'Right: the default period is 365 days.'],
    [
      ['Every 30 days', 'Wrong: 30 days is the longest deletion waiting period, not a rotation period.'],
      ['Every three years', 'Wrong: that was AWS managed keys before 2022.'],
      ['Only when you call re-encrypt', 'Wrong: re-encrypt does not rotate.'],
    ],
    'Automatic rotation: yearly by default.',
  ),
  scenario(
    'rot-keeps-old',
    { f: ['rot-keeps-old'], ...how },
    'Data was encrypted in January with a key that rotated automatically in March. In April an application decrypts the January data. What happens?',
    ['It decrypts: KMS keeps the previous material and picks it from the ciphertext', 'Right: rotation never breaks decryption of older data.'],
    [
      ['It fails: the data must be re-encrypted before each rotation', 'Wrong: old material is retained for the life of the key.'],
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
    ],
    'Same key, new material for new encryptions, old material kept.',
  ),
  scenario(
    'rot-no-reencrypt',
    { f: ['rot-keeps-old', 'rot-best-practice'], ...how },
    'After enabling automatic rotation, a manager asks whether existing data must be re-encrypted. What is the answer?',
    [
      'No: existing data stays decryptable; KMS does not re-encrypt it and does not need to',
      'Right: rotation protects new data with new material without disrupting old data.',
    ],
    [
      ['Yes, with re-encrypt, or the data becomes unreadable', 'Wrong: old material is kept.'],
      ['Yes, KMS re-encrypts all data during the rotation', 'Wrong: KMS never touches your data.'],
      ['Only data larger than 4 KB', 'Wrong: size does not matter.'],
    ],
    'Rotation is transparent to existing ciphertext.',
  ),
  single(
    'rot-best-practice',
    { f: ['rot-best-practice'], ...how },
    'Why is enabling automatic key rotation considered a best practice?',
    ['It limits how much data is protected by one version of key material, without disrupting decryption', 'Right: regular rotation with no downtime.'],
    [
      ['It makes keys exportable', 'Wrong: material never leaves KMS.'],
      ['It reduces the KMS bill', 'Wrong: rotation does not reduce cost.'],
      ['It deletes old ciphertext', 'Wrong: KMS never deletes your data.'],
    ],
    'Security best practice, no disruption.',
  ),
  single(
    'rot-period',
    { f: ['cur-rotation-period'], ...now, lab: 'lab-6' },
    'Which automatic rotation periods can you configure for a customer managed KMS key today?',
    ['Any number of days from 90 to 2560 (default 365)', 'Right: since 2024 the period is configurable with --rotation-period-in-days.'],
    [
      ['Only 365 days', 'Wrong: that was true when the course was written; it is now the default.'],
      ['1 to 30 days', 'Wrong: 7-30 days is the deletion waiting period.'],
      ['Any period up to 10 years', 'Wrong: the maximum is 2560 days (about 7 years).'],
    ],
    'Current fact: 90-2560 days, default 365.',
  ),
  scenario(
    'rot-period-scenario',
    { f: ['cur-rotation-period'], ...now, lab: 'lab-6' },
    'A regulator requires rotation of a customer managed key every 180 days with the least operational effort. What should the team do?',
    ['aws kms enable-key-rotation --key-id <key> --rotation-period-in-days 180', 'Right: automatic rotation with a custom period.'],
    [
      ['Create a new key every 180 days and re-point the alias', 'Wrong: it works, but it is manual work the automatic period avoids.'],
      ['Call rotate-key-on-demand twice a year from a cron job', 'Wrong: possible, but more effort and on-demand rotations are capped per key.'],
      ['It is impossible; rotation is yearly', 'Wrong: the period has been configurable since 2024.'],
    ],
    'Use the configurable period.',
  ),
  single(
    'rot-on-demand',
    { f: ['cur-on-demand'], ...now },
    'What does RotateKeyOnDemand do?',
    ['Rotates the key material immediately, independent of the automatic schedule', 'Right: an on-demand rotation does not move the next automatic rotation.'],
    [
      ['Enables automatic rotation', 'Wrong: that is EnableKeyRotation.'],
      ['Re-encrypts all ciphertext under new material', 'Wrong: KMS never re-encrypts your data.'],
      ['Creates a new key with a new key ID', 'Wrong: the key ID stays the same.'],
    ],
    'On-demand rotation: now, same key, schedule unchanged.',
  ),
  scenario(
    'rot-on-demand-scenario',
    { f: ['cur-on-demand'], ...now },
    'A team suspects a process misused a key and wants new material for all new encryptions today, keeping old data readable and the same key ID. What should it do?',
    ['Call rotate-key-on-demand on the key', 'Right: immediate rotation; old material remains for decryption.'],
    [
      ['Schedule the key for deletion', 'Wrong: old data would become unreadable.'],
      ['Disable automatic rotation', 'Wrong: that prevents rotation.'],
      ['Change the key description', 'Wrong: the description has no effect on material.'],
    ],
    'On-demand rotation gives new material immediately.',
  ),
  single(
    'rot-on-demand-limit',
    { f: ['cur-on-demand'], ...now },
    'Which statement about on-demand rotation is true?',
    ['The number of on-demand rotations per key is limited', 'Right: it is capped per key (a fixed quota).'],
    [
      ['It resets the automatic rotation date', 'Wrong: the next automatic rotation date does not move.'],
      ['It is available for AWS managed keys', 'Wrong: you cannot rotate AWS managed keys.'],
      ['It requires automatic rotation to be disabled', 'Wrong: the two are independent.'],
    ],
    'On-demand rotations are capped and independent of the schedule.',
  ),
  single(
    'rot-aws-managed',
    { f: ['cur-aws-managed-yearly'], s: 'AWS managed keys' },
    'How are AWS managed keys (for example aws/ebs) rotated today?',
    ['Automatically every year; you cannot change it', 'Right: since May 2022 yearly (before, every three years).'],
    [
      ['Every three years', 'Wrong: that was the rule before May 2022.'],
      ['Only if you enable it', 'Wrong: it is mandatory and not configurable.'],
      ['Never', 'Wrong: AWS rotates them yearly.'],
    ],
    'AWS managed keys: yearly, mandatory.',
  ),
  scenario(
    'rot-aws-managed-scenario',
    { f: ['cur-aws-managed-yearly', 'aws-managed'], s: 'AWS managed keys' },
    'An engineer tries to disable rotation on the AWS managed key aws/s3. What happens?',
    ['It is refused: rotation of AWS managed keys cannot be changed', 'Right: AWS manages the key, including its yearly rotation.'],
    [
      ['Rotation is disabled for that Region', 'Wrong: you cannot change it.'],
      ['The key becomes a customer managed key', 'Wrong: a key never changes manager.'],
      ['S3 stops encrypting new objects', 'Wrong: nothing changes.'],
    ],
    'You cannot enable, disable or change rotation of AWS managed keys.',
  ),
  scenario(
    'rot-status-check',
    { f: ['api-rotation-status', 'cur-rotation-period'], s: 'Rotation commands', lab: 'lab-6' },
    'An auditor asks when a key will next rotate. Which command answers?',
    ['aws kms get-key-rotation-status --key-id <key>', 'Right: it returns KeyRotationEnabled, RotationPeriodInDays and NextRotationDate.'],
    [
      ['aws kms list-key-rotations --key-id <key>', 'Wrong: it lists past rotations, not the next date.'],
      ['aws kms describe-key --key-id <key>', 'Wrong: DescribeKey does not show the rotation schedule.'],
      ['aws cloudtrail lookup-events', 'Wrong: CloudTrail records past events only.'],
    ],
    'get-key-rotation-status shows the schedule.',
  ),
];
