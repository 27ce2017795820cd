/** "Do it in the simulator" questions: the check (tasks.ts) inspects the learner's account. */
import type { Question } from '@/quiz/types';
import { builders } from './build';

const mk = builders({ module: 'creating-a-cmk', t: 'kms-basics', d: 'data-protection', docs: ['createKeys', 'aliases'] });
const sum = builders({ module: 'cmk-summary', t: 'key-lifecycle', d: 'data-protection', docs: ['keyState', 'deletingKeys'] });
const rot = builders({ module: 'key-rotation', t: 'rotation', d: 'data-protection', docs: ['rotateKeys', 'apiEnableKeyRotation'] });
const api = builders({ module: 'kms-api-calls', t: 'kms-basics', d: 'data-protection', docs: ['kmsConcepts'] });

const consoleOrCli = 'Use the console or CloudShell, then choose Check.';

export const TASK_QUESTIONS: Question[] = [
  mk.task(
    'task-iam-group',
    { f: ['iam-setup'], s: 'IAM setup', lab: 'lab-1', t: 'key-policies', d: 'iam', docs: ['keyPolicyDefault', 'iamPolicies'] },
    `Set up IAM as in the course: a group myKMSGroup with the AdministratorAccess policy, and users myKeyManager and myKeyUser in it. ${consoleOrCli}`,
    'task-iam-group',
    'IAM > User groups > Create group "myKMSGroup" with AdministratorAccess; IAM > Users > Create user myKeyManager and myKeyUser, each added to myKMSGroup.',
    [['Attaching the policy to each user instead of the group', 'The check looks at the group, as in the course.']],
    'Permissions on the group, users in the group.',
  ),
  mk.task(
    'task-alias-description',
    { f: ['tip-alias', 'tip-description', 'create-symmetric'], s: 'The Create key wizard', lab: 'lab-2' },
    `Create a symmetric KMS key with the alias alias/drill-app and a meaningful description. ${consoleOrCli}`,
    'task-alias-description',
    'KMS > Customer managed keys > Create key: Symmetric, Encrypt and decrypt; alias drill-app; a description; Finish. CLI: aws kms create-key --description "..." then aws kms create-alias --alias-name alias/drill-app --target-key-id <KeyId>.',
    [['Leaving the description empty', 'The exam tip asks for a meaningful description.']],
    'Alias and description identify the key.',
  ),
  rot.task(
    'task-enable-rotation',
    { f: ['rot-console-tab', 'api-enable-rotation'], s: 'Rotation in the console', lab: 'lab-6' },
    `Create a key with the alias alias/drill-rotate and enable its automatic rotation. ${consoleOrCli}`,
    'task-enable-rotation',
    'Create the key with alias drill-rotate, then on its Key rotation tab select automatic rotation and Save (or aws kms enable-key-rotation --key-id <KeyId>).',
    [['Rotating on demand only', 'That rotates once; automatic rotation stays off.']],
    'Key rotation tab or enable-key-rotation.',
  ),
  rot.task(
    'task-rotation-period',
    { f: ['cur-rotation-period'], s: 'Rotation today', lab: 'lab-6' },
    `Create a key with the alias alias/drill-rotate-180 that rotates automatically every 180 days. ${consoleOrCli}`,
    'task-rotation-period',
    'Create the key with alias drill-rotate-180; aws kms enable-key-rotation --key-id <KeyId> --rotation-period-in-days 180 (or the rotation period field of the Key rotation tab).',
    [['Leaving the default period', 'The default is 365 days.']],
    'Custom period: 90-2560 days.',
  ),
  sum.task(
    'task-disable-key',
    { f: ['key-states'], s: 'Key states', lab: 'lab-7' },
    `Create a key with the alias alias/drill-disabled and disable it. ${consoleOrCli}`,
    'task-disable-key',
    'Create the key with alias drill-disabled; Key actions > Disable (or aws kms disable-key --key-id <KeyId>).',
    [['Deleting the alias', 'The key stays enabled.']],
    'Disabled keys cannot be used until enabled again.',
  ),
  sum.task(
    'task-schedule-deletion-7',
    { f: ['key-states', 'kl-deletion'], s: 'Key states', lab: 'lab-7' },
    `Create a key with the alias alias/drill-retire and schedule its deletion with the minimum waiting period. ${consoleOrCli}`,
    'task-schedule-deletion-7',
    'Create the key with alias drill-retire; Key actions > Schedule key deletion, waiting period 7 days (or aws kms schedule-key-deletion --key-id <KeyId> --pending-window-in-days 7).',
    [['Accepting the default of 30 days', 'The minimum is 7 days.']],
    'Pending deletion for 7-30 days.',
  ),
  api.task(
    'task-other-region',
    { f: ['create-regional', 'api-same-region'], s: 'Setting up the CLI', lab: 'lab-10' },
    `Create a key with the alias alias/drill-eu in the Europe (Ireland) Region, eu-west-1. ${consoleOrCli}`,
    'task-other-region',
    'Switch the Region selector to eu-west-1 and create the key with alias drill-eu (or add --region eu-west-1 to both CLI commands).',
    [['Creating it in us-east-1', 'Keys and aliases are Regional: the check looks in eu-west-1.']],
    'Keys live in one Region.',
  ),
  sum.task(
    'task-external-origin',
    { f: ['material-origin', 'tip-material-option'], s: 'Key material', lab: 'lab-9' },
    `Create a key with the alias alias/drill-byok whose key material you will import (External origin). ${consoleOrCli}`,
    'task-external-origin',
    'Create key > Advanced options > Key material origin: External (Import key material), acknowledge, alias drill-byok (or aws kms create-key --origin EXTERNAL).',
    [['Keeping the default origin (KMS)', 'KMS would generate the material.']],
    'External origin = bring your own key material.',
  ),
];
