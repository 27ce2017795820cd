/** Lab 1: the course's IAM setup for KMS (a group with AdministratorAccess, a key manager and a key user). */
import { ADMIN_POLICY_ARN, findGroup, findUser } from '@/labs/inspect';
import { notYet, ok, type Lab } from '@/labs/types';

const GROUP = 'myKMSGroup';

export const lab01: Lab = {
  id: 'iam-setup',
  number: 1,
  title: 'IAM setup for KMS',
  module: 'creating-a-cmk',
  goal: 'Prepare the people who will manage and use your key: a group myKMSGroup with AdministratorAccess, and two IAM users, myKeyManager and myKeyUser, in that group.',
  startsWith: 'A fresh account (only the lab-admin user).',
  steps: [
    {
      id: 'group',
      title: 'Create the group myKMSGroup with AdministratorAccess',
      instructions: ['In IAM, create a user group named myKMSGroup and attach the AWS managed policy AdministratorAccess to it.'],
      hints: [
        'Permissions in IAM are easiest to manage on a group: its members inherit its policies.',
        'Services menu > IAM > User groups > Create user group.',
        'Group name: myKMSGroup; in "Attach permissions policies" tick AdministratorAccess; press Create user group. CLI: aws iam create-group --group-name myKMSGroup, then aws iam attach-group-policy --group-name myKMSGroup --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
      ],
      async check(cloud) {
        const g = findGroup(cloud, GROUP);
        if (!g) return notYet('There is no IAM user group named myKMSGroup yet. Create it in IAM > User groups.');
        if (!g.attachedPolicies.includes(ADMIN_POLICY_ARN)) {
          const has = g.attachedPolicies.map((a) => a.split('/').pop()).join(', ');
          return notYet(
            `myKMSGroup exists but AdministratorAccess is not attached to it (${has ? `it has: ${has}` : 'it has no policies'}). Open the group's Permissions tab and add AdministratorAccess.`,
          );
        }
        return ok('myKMSGroup exists and grants AdministratorAccess to its members.');
      },
      solution: [
        { cli: 'aws iam create-group --group-name myKMSGroup' },
        { cli: 'aws iam attach-group-policy --group-name myKMSGroup --policy-arn arn:aws:iam::aws:policy/AdministratorAccess' },
      ],
    },
    {
      id: 'users',
      title: 'Create myKeyManager and myKeyUser in the group',
      instructions: ['Create two IAM users, myKeyManager (who will administer the key) and myKeyUser (who will use it), and add both to myKMSGroup.'],
      hints: [
        "Users get the group's permissions by membership; nothing needs attaching to the users themselves.",
        'IAM > Users > Create user; on the permissions page choose "Add user to group".',
        'Create myKeyManager and myKeyUser, each with "Add user to group" > myKMSGroup. CLI: aws iam create-user --user-name myKeyManager; aws iam add-user-to-group --group-name myKMSGroup --user-name myKeyManager (and the same for myKeyUser).',
      ],
      async check(cloud) {
        const missing: string[] = [];
        const outside: string[] = [];
        for (const name of ['myKeyManager', 'myKeyUser']) {
          const u = findUser(cloud, name);
          if (!u) missing.push(name);
          else if (!u.groups.some((g) => g.toLowerCase() === GROUP.toLowerCase())) outside.push(name);
        }
        if (missing.length) return notYet(`No IAM user named ${missing.join(' or ')} yet. Create ${missing.length > 1 ? 'them' : 'it'} in IAM > Users.`);
        if (outside.length)
          return notYet(
            `${outside.join(' and ')} ${outside.length > 1 ? 'are' : 'is'} not a member of myKMSGroup yet: add ${outside.length > 1 ? 'them' : 'it'} on the group's Users tab (or the user's Groups tab).`,
          );
        return ok('myKeyManager and myKeyUser are both members of myKMSGroup.');
      },
      solution: [
        { cli: 'aws iam create-user --user-name myKeyManager' },
        { cli: 'aws iam add-user-to-group --group-name myKMSGroup --user-name myKeyManager' },
        { cli: 'aws iam create-user --user-name myKeyUser' },
        { cli: 'aws iam add-user-to-group --group-name myKMSGroup --user-name myKeyUser' },
      ],
    },
  ],
  completion:
    "Your key's people are ready. In the next lab the key policy will name myKeyManager as key administrator and myKeyUser as key user. Note for later: because both users also hold AdministratorAccess through the group, IAM alone would let either do anything with the key; lab 8 shows real separation of duties.",
  wrongAttempts: [
    {
      say: 'Create myKMSGroup but forget to attach AdministratorAccess',
      run: async (d) => void (await d.call('iam', 'CreateGroup', { GroupName: 'myKMSGroup' })),
      failingStep: 'group',
      expect: /AdministratorAccess is not attached/,
    },
    {
      say: 'Create the two users but leave them out of the group',
      cli: ['aws iam create-user --user-name myKeyManager', 'aws iam create-user --user-name myKeyUser'],
      failingStep: 'users',
      expect: /myKeyManager and myKeyUser are not a member of myKMSGroup yet/,
    },
    {
      say: 'Create only myKeyManager',
      cli: ['aws iam create-user --user-name myKeyManager', 'aws iam add-user-to-group --group-name myKMSGroup --user-name myKeyManager'],
      failingStep: 'users',
      expect: /No IAM user named myKeyUser yet/,
    },
  ],
};
