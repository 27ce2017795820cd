/** Lab 7: key states: Disabled refuses Encrypt; deletion is scheduled (7 days minimum) and can be cancelled, leaving the key Disabled. */
import { indexOf, lastEvent } from '@/labs/inspect';
import { notYet, ok, type Lab } from '@/labs/types';
import { createCmk, requireAlias } from './common';

const KEY = '$(aws kms describe-key --key-id alias/myCMK --query KeyMetadata.KeyId --output text)';

export const lab07: Lab = {
  id: 'key-states',
  number: 7,
  title: 'Key states: disable, schedule deletion, cancel',
  module: 'cmk-summary',
  goal: 'Disable alias/myCMK and see Encrypt refused, schedule its deletion with the shortest waiting period, cancel the deletion, and find out which state the key ends in.',
  startsWith: 'A key alias/myCMK (Enabled).',
  setup: async (d) => void (await createCmk(d, 'alias/myCMK', { description: 'My first customer managed key' })),
  steps: [
    {
      id: 'disable',
      title: 'Disable the key',
      instructions: ['Customer managed keys > select the key > Key actions > Disable. Or:', `aws kms disable-key --key-id ${KEY}`],
      hints: [
        'A disabled key keeps its material but refuses every cryptographic operation.',
        'Key Management Service > Customer managed keys > Key actions menu.',
        'Select the key with alias myCMK > Key actions > Disable > confirm.',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        if (!lastEvent(cloud, { name: 'DisableKey', keyArn: found.key.arn, outcome: 'ok' }))
          return notYet(`Key ${found.key.keyId} has not been disabled yet (it is ${found.key.keyState}). Use Key actions > Disable.`);
        return ok('You disabled the key.');
      },
      solution: [{ cli: `aws kms disable-key --key-id ${KEY}` }],
    },
    {
      id: 'encrypt-fails',
      title: 'Try to encrypt with it',
      instructions: ['aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt', 'Read the error: DisabledException.'],
      hints: [
        'Try any cryptographic operation.',
        'CloudShell, or the key page > Try it > Encrypt.',
        'aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        const disabled = lastEvent(cloud, { name: 'DisableKey', keyArn: found.key.arn, outcome: 'ok' });
        if (!lastEvent(cloud, { name: 'Encrypt', keyArn: found.key.arn, outcome: 'DisabledException', afterIndex: indexOf(cloud, disabled) })) {
          return notYet('No Encrypt refused with DisabledException yet. While the key is Disabled, try an Encrypt with alias/myCMK.');
        }
        return ok('Encrypt failed with DisabledException: a disabled key cannot be used, but nothing is lost.');
      },
      solution: [{ cli: 'aws kms encrypt --key-id alias/myCMK --plaintext fileb://secret.txt || true' }],
    },
    {
      id: 'schedule',
      title: 'Schedule deletion with the minimum waiting period',
      instructions: [
        'Key actions > Schedule key deletion; waiting period: the minimum, 7 days (the default is 30). Or:',
        `aws kms schedule-key-deletion --key-id ${KEY} --pending-window-in-days 7`,
      ],
      hints: [
        'KMS never deletes a key at once: there is a waiting period of 7 to 30 days.',
        'Key actions > Schedule key deletion.',
        'Waiting period: 7; tick the confirmation; Schedule deletion.',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        const s = lastEvent(cloud, { name: 'ScheduleKeyDeletion', keyArn: found.key.arn, outcome: 'ok' });
        if (!s) return notYet('No deletion scheduled for the key yet. Use Key actions > Schedule key deletion.');
        const days = s.requestParameters?.pendingWindowInDays ?? 30;
        if (days !== 7)
          return notYet(`You scheduled deletion with a ${days}-day waiting period; the lab asks for the minimum. Cancel it and schedule again with 7 days.`);
        return ok('Deletion scheduled in 7 days, the minimum: the key is PendingDeletion.');
      },
      solution: [{ cli: `aws kms schedule-key-deletion --key-id ${KEY} --pending-window-in-days 7` }],
    },
    {
      id: 'cancel',
      title: 'Cancel the deletion and see where the key ends',
      instructions: ['Key actions > Cancel key deletion. Or:', `aws kms cancel-key-deletion --key-id ${KEY}`, "Then look at the key's status."],
      hints: [
        'Until the waiting period ends, deletion can be cancelled.',
        'Key actions > Cancel key deletion.',
        `aws kms cancel-key-deletion --key-id <key id>; then describe-key shows KeyState.`,
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        const s = lastEvent(cloud, { name: 'ScheduleKeyDeletion', keyArn: found.key.arn, outcome: 'ok' });
        if (
          found.key.keyState === 'PendingDeletion' ||
          !lastEvent(cloud, { name: 'CancelKeyDeletion', keyArn: found.key.arn, outcome: 'ok', afterIndex: indexOf(cloud, s) })
        ) {
          return notYet('The key is still pending deletion: cancel it with Key actions > Cancel key deletion before the waiting period ends.');
        }
        if (found.key.keyState !== 'Disabled')
          return notYet(
            `The key is ${found.key.keyState}. After a cancel it is Disabled: the lab wants to see that state, so disable it again (and remember: cancelling does not re-enable).`,
          );
        return ok('Cancelled: the key is Disabled, not Enabled. Enable it yourself when it should work again.');
      },
      solution: [{ cli: `aws kms cancel-key-deletion --key-id ${KEY}` }],
    },
  ],
  completion:
    'Key states of the exam: Enabled, Disabled (refuses use, reversible), PendingDeletion (7-30 days, cancellable; cancelling leaves the key Disabled). Deleting a key makes every ciphertext under it unrecoverable, which is why KMS makes you wait.',
  wrongAttempts: [
    {
      say: 'Schedule deletion with the default 30-day waiting period',
      run: async (d) => void (await d.call('kms', 'ScheduleKeyDeletion', { KeyId: d.keyIdOf('alias/myCMK') })),
      failingStep: 'schedule',
      expect: /30-day waiting period/,
    },
  ],
};
