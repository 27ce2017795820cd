/** Lab 2: create the course's CMK in the console: alias myCMK, a description, key administrators and key users. */
import { policyAllows } from '@/labs/inspect';
import { notYet, ok, type Lab } from '@/labs/types';
import { consolePolicy, kmsGroupAndUsers, lastFailure, requireAlias, userArn } from './common';

const ADMIN_CHECKS = ['kms:DisableKey', 'kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion'];
const USER_CHECKS = ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey'];
const putPolicy = (users: string[]) => `aws kms put-key-policy --key-id $KEY_ID --policy-name default --policy '${consolePolicy(['myKeyManager'], users)}'`;

export const lab02: Lab = {
  id: 'create-cmk',
  number: 2,
  title: 'Create a CMK with alias, description, administrators and users',
  module: 'creating-a-cmk',
  goal: 'Create a symmetric customer managed key (the course calls it a CMK) named by the alias myCMK, with a meaningful description, myKeyManager as key administrator and myKeyUser as key user.',
  startsWith: 'Lab 1 done: myKMSGroup with AdministratorAccess; users myKeyManager and myKeyUser in it.',
  setup: kmsGroupAndUsers,
  steps: [
    {
      id: 'key',
      title: 'Create the key with alias myCMK and a description',
      instructions: [
        'In Key Management Service, create a key: Symmetric, Encrypt and decrypt, key material from KMS, single-Region, in US East (N. Virginia).',
        'Give it the alias myCMK and a description that says what it protects.',
      ],
      hints: [
        'Exam tip: create an alias and add a meaningful description when you set up a CMK.',
        'Key Management Service > Customer managed keys > Create key; alias and description are on the "Add labels" step.',
        'Create key > Symmetric, Encrypt and decrypt > Next > Alias: myCMK, Description: e.g. "My first customer managed key" > Next.',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return { ok: false, message: found.fail.message + lastFailure(cloud, 'CreateKey') };
        const { key } = found;
        if (key.keyState !== 'Enabled') return notYet(`alias/myCMK points to key ${key.keyId}, which is ${key.keyState}; it should be Enabled.`);
        if (!key.description.trim())
          return notYet(
            `alias/myCMK points to key ${key.keyId}, which has no description. Exam tip: add a meaningful description (key page > General configuration > Edit).`,
          );
        return ok(`alias/myCMK points to key ${key.keyId}, Enabled, described as "${key.description}".`);
      },
      solution: [
        { cli: 'KEY_ID=$(aws kms create-key --description "My first customer managed key" --query KeyMetadata.KeyId --output text)' },
        { cli: 'aws kms create-alias --alias-name alias/myCMK --target-key-id $KEY_ID' },
      ],
    },
    {
      id: 'administrators',
      title: 'Make myKeyManager a key administrator',
      instructions: ['On the "Define key administrative permissions" step (or later on the key\'s Key policy tab), choose myKeyManager.'],
      hints: [
        "Key administrators manage the key (enable, disable, change its policy, schedule deletion); the policy's administrator statement does not include encrypting.",
        'Create key wizard, step 3 "Define key administrative permissions"; or the key page > Key policy tab > Key administrators > Add.',
        'Tick myKeyManager in the key administrators list and continue; the key policy gets a statement "Allow access for Key Administrators" naming it.',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        const arn = userArn('myKeyManager');
        const missing = ADMIN_CHECKS.filter((a) => !policyAllows(cloud, found.key, arn, a));
        const swapped =
          ADMIN_CHECKS.every((a) => policyAllows(cloud, found.key, userArn('myKeyUser'), a)) &&
          !policyAllows(cloud, found.key, userArn('myKeyUser'), 'kms:Encrypt');
        if (missing.length === ADMIN_CHECKS.length && swapped)
          return notYet(
            'The key policy names myKeyUser as key administrator, not myKeyManager: the roles are swapped. On the Key policy tab, make myKeyManager the key administrator and myKeyUser the key user.',
          );
        if (missing.length === ADMIN_CHECKS.length)
          return notYet(
            `The key policy of alias/myCMK does not name myKeyManager (${arn}) as a key administrator yet. Add it on the Key policy tab > Key administrators.`,
          );
        if (missing.length)
          return notYet(
            `myKeyManager is in the key policy but may not ${missing.join(', ')}: key administrators need the administrative actions (the console's statement "Allow access for Key Administrators").`,
          );
        return ok('The key policy names myKeyManager as a key administrator.');
      },
      solution: [{ cli: putPolicy([]) }],
    },
    {
      id: 'users',
      title: 'Make myKeyUser a key user',
      instructions: ['On the "Define key usage permissions" step (or the Key policy tab), choose myKeyUser.'],
      hints: [
        'Key users perform the cryptographic operations: Encrypt, Decrypt, ReEncrypt, GenerateDataKey.',
        'Create key wizard, step 4 "Define key usage permissions"; or the Key policy tab > Key users > Add.',
        'Tick myKeyUser in the key users list; the policy gets "Allow use of the key" naming it. Then Finish.',
      ],
      async check(cloud) {
        const found = requireAlias(cloud, 'alias/myCMK');
        if ('fail' in found) return found.fail;
        const arn = userArn('myKeyUser');
        const missing = USER_CHECKS.filter((a) => !policyAllows(cloud, found.key, arn, a));
        if (missing.length === USER_CHECKS.length)
          return notYet(`The key policy of alias/myCMK does not name myKeyUser (${arn}) as a key user yet. Add it on the Key policy tab > Key users.`);
        if (missing.length)
          return notYet(
            `myKeyUser is in the key policy but may not ${missing.join(', ')}: key users need the cryptographic actions (statement "Allow use of the key").`,
          );
        return ok('The key policy names myKeyUser as a key user.');
      },
      solution: [{ cli: putPolicy(['myKeyUser']) }],
    },
  ],
  completion:
    'You created a customer managed key the way the exam describes it: alias, description, key material from KMS, key administrators and key users. Look at AWS managed keys too: KMS creates those for services (alias/aws/s3 ...), and you cannot manage them.',
  wrongAttempts: [
    {
      say: 'Swap the roles: myKeyUser as key administrator and myKeyManager as key user',
      run: async (d) => {
        const policy = consolePolicy(['myKeyUser'], ['myKeyManager']);
        await d.call('kms', 'PutKeyPolicy', { KeyId: d.keyIdOf('alias/myCMK'), PolicyName: 'default', Policy: policy });
      },
      failingStep: 'administrators',
      expect: /the roles are swapped/,
    },
    {
      say: 'Create the alias as alias/mycmk (lower case)',
      run: async (d) => {
        const { KeyMetadata } = await d.call('kms', 'CreateKey', { Description: 'My first customer managed key' });
        await d.call('kms', 'CreateAlias', { AliasName: 'alias/mycmk', TargetKeyId: KeyMetadata.KeyId });
      },
      failingStep: 'key',
      expect: /there is alias\/mycmk: alias names are case-sensitive/,
    },
    {
      say: 'Create the key without a description',
      cli: ['aws kms create-alias --alias-name alias/myCMK --target-key-id $(aws kms create-key --query KeyMetadata.KeyId --output text)'],
      failingStep: 'key',
      expect: /has no description/,
    },
  ],
};
