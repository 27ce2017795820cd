/** Lab 8: separation of duties: the key administrator cannot use the key, the key user cannot delete it. */
import { lastEvent } from '@/labs/inspect';
import { notYet, ok, type Lab } from '@/labs/types';
import { consolePolicy, createCmk, requireAlias } from './common';

/** Lets the users find the key in the console and the CLI without granting any use or management of it. */
const READ_ONLY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['kms:List*', 'kms:Describe*', 'iam:Get*', 'iam:List*'], Resource: '*' }],
});
const KEY = '$(aws kms describe-key --key-id alias/sodKey --query KeyMetadata.KeyId --output text)';

export const lab08: Lab = {
  id: 'separation-of-duties',
  number: 8,
  title: 'Separation of duties',
  module: 'creating-a-cmk',
  goal: "Show that the key policy separates duties: sign in as the key administrator and fail to encrypt; sign in as the key user, encrypt, and fail to schedule the key's deletion.",
  startsWith:
    'Users myKeyManager and myKeyUser WITHOUT AdministratorAccess (only a read-only KMS listing policy), and a key alias/sodKey whose policy names myKeyManager as key administrator and myKeyUser as key user.',
  setup: async (d) => {
    for (const name of ['myKeyManager', 'myKeyUser']) {
      await d.call('iam', 'CreateUser', { UserName: name });
      await d.call('iam', 'PutUserPolicy', { UserName: name, PolicyName: 'KmsReadOnly', PolicyDocument: READ_ONLY });
    }
    await createCmk(d, 'alias/sodKey', { description: 'Separation of duties demo key', policy: consolePolicy(['myKeyManager'], ['myKeyUser']) });
  },
  steps: [
    {
      id: 'admin-cannot-use',
      title: 'As myKeyManager, try to encrypt',
      instructions: [
        "Switch identity (top bar) to myKeyManager, then try an Encrypt with alias/sodKey (the key page's Try it, or CloudShell):",
        'aws kms encrypt --key-id alias/sodKey --plaintext fileb://secret.txt',
        'Expect AccessDeniedException: administrators manage the key, they do not use it.',
      ],
      hints: [
        'Who you are signed in as decides what the key policy allows.',
        'The identity menu in the top bar switches the signed-in user.',
        'Sign in as myKeyManager; aws kms encrypt --key-id alias/sodKey --plaintext fileb://secret.txt',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/sodKey');
        if ('fail' in found) return found.fail;
        if (lastEvent(cloud, { name: 'Encrypt', keyArn: found.key.arn, userName: 'myKeyManager', outcome: 'AccessDeniedException' }))
          return ok('myKeyManager was denied Encrypt: the key administrator cannot use the key.');
        if (lastEvent(cloud, { name: 'Encrypt', keyArn: found.key.arn, userName: 'myKeyManager', outcome: 'ok' }))
          return notYet(
            'myKeyManager managed to encrypt: the key policy (or an IAM policy) lets the administrator use the key. Keep administrators out of "Allow use of the key" and away from AdministratorAccess.',
          );
        return notYet(
          'No Encrypt by myKeyManager with alias/sodKey in the event history yet. Are you signed in as myKeyManager (top bar)? Calls as lab-admin or the root do not count.',
        );
      },
      solution: [{ cli: 'aws kms encrypt --key-id alias/sodKey --plaintext fileb://secret.txt || true', as: 'myKeyManager' }],
    },
    {
      id: 'user-can-use',
      title: 'As myKeyUser, encrypt',
      instructions: ['Switch to myKeyUser and encrypt with alias/sodKey: it works.'],
      hints: [
        'Key users are named in "Allow use of the key".',
        'Identity menu > myKeyUser.',
        'aws kms encrypt --key-id alias/sodKey --plaintext fileb://secret.txt',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/sodKey');
        if ('fail' in found) return found.fail;
        if (lastEvent(cloud, { name: 'Encrypt', keyArn: found.key.arn, userName: 'myKeyUser', outcome: 'ok' })) return ok('myKeyUser encrypted with the key.');
        const denied = lastEvent(cloud, { name: 'Encrypt', keyArn: found.key.arn, userName: 'myKeyUser' });
        return notYet(
          denied
            ? `myKeyUser's Encrypt failed with ${denied.errorCode}: is the key Enabled and is myKeyUser still a key user in its policy?`
            : 'No Encrypt by myKeyUser with alias/sodKey yet. Sign in as myKeyUser first.',
        );
      },
      solution: [{ cli: 'aws kms encrypt --key-id alias/sodKey --plaintext fileb://secret.txt', as: 'myKeyUser' }],
    },
    {
      id: 'user-cannot-delete',
      title: 'As myKeyUser, try to schedule deletion',
      instructions: [
        'Still as myKeyUser, try Key actions > Schedule key deletion (or the CLI):',
        `aws kms schedule-key-deletion --key-id ${KEY} --pending-window-in-days 7`,
        'Expect AccessDeniedException.',
      ],
      hints: [
        'Key users may use the key, not manage it.',
        'Key actions > Schedule key deletion, signed in as myKeyUser.',
        `aws kms schedule-key-deletion --key-id <key id> --pending-window-in-days 7`,
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/sodKey');
        if ('fail' in found) return found.fail;
        if (found.key.keyState === 'PendingDeletion')
          return notYet(
            'The key is pending deletion: someone could schedule it. Cancel the deletion (as myKeyManager), and make sure myKeyUser is only a key user.',
          );
        if (lastEvent(cloud, { name: 'ScheduleKeyDeletion', keyArn: found.key.arn, userName: 'myKeyUser', outcome: 'AccessDeniedException' }))
          return ok('myKeyUser was denied ScheduleKeyDeletion: the key user cannot delete the key.');
        return notYet('No ScheduleKeyDeletion attempt by myKeyUser in the event history yet. Sign in as myKeyUser and try it.');
      },
      solution: [{ cli: `aws kms schedule-key-deletion --key-id ${KEY} --pending-window-in-days 7 || true`, as: 'myKeyUser' }],
    },
  ],
  completion:
    "Separation of duties: key administrators manage, key users use, and the key policy is where that is written. In the course's setup both users were in an AdministratorAccess group, so IAM would have let either do anything (the default key policy delegates to IAM): least privilege keeps the split real.",
  wrongAttempts: [
    {
      say: 'Try the Encrypt while still signed in as lab-admin',
      run: async (d) => void (await d.call('kms', 'Encrypt', { KeyId: 'alias/sodKey', Plaintext: new Uint8Array([1]) })),
      failingStep: 'admin-cannot-use',
      expect: /Are you signed in as myKeyManager/,
    },
  ],
};
