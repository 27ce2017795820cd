/**
 * Lab 10: break-it drills. Four applications are broken, each by a classic fault (wrong Region,
 * disabled key, denied principal, alias pointing to the wrong key). Each check probes the
 * application's call on a throwaway copy of the account, so the learner's history stays clean
 * and any correct fix passes, whichever way it was made.
 */
import { isAwsError } from '@/core';
import { createCloud, type Cloud } from '@/cloud/create-cloud';
import { principalOf } from '@/labs/driver';
import { keyByAlias, LAB_REGION } from '@/labs/inspect';
import { notYet, ok, type CheckResult, type Lab } from '@/labs/types';
import { consolePolicy, createCmk, userArn } from './common';

/** Runs the application's call on a copy of the account; the copy is thrown away. */
async function probe(
  cloud: Cloud,
  call: { operation: string; input: Record<string, unknown>; as?: string },
  success: string,
  hint: string,
): Promise<CheckResult> {
  const copy = createCloud({ state: cloud.snapshot() });
  try {
    await copy.call({ service: 'kms', operation: call.operation, input: call.input, caller: principalOf(copy, call.as), region: LAB_REGION, source: 'lab' });
    return ok(success);
  } catch (e) {
    if (!isAwsError(e)) throw e;
    return notYet(`The application's ${call.operation} still fails: ${e.code}${e.message ? `: ${e.message}` : ''}. ${hint}`);
  }
}

const text = (s: string) => new TextEncoder().encode(s);
const DENY_REPORTS = (policy: string) => {
  const doc = JSON.parse(policy);
  doc.Statement.push({ Sid: 'Temporary block', Effect: 'Deny', Principal: { AWS: userArn('reportsApp') }, Action: 'kms:*', Resource: '*' });
  return JSON.stringify(doc);
};

export const lab10: Lab = {
  id: 'break-it',
  number: 10,
  title: 'Break-it drills: find and fix the fault',
  module: 'summary',
  goal: 'Four applications in us-east-1 fail to use their keys. For each, find the cause (the event history and the key pages are your tools) and fix it.',
  startsWith:
    'Keys alias/orders (disabled), alias/reports (policy denies reportsApp), alias/payroll (points to the retired key), and alias/billing created in eu-west-1 only; user reportsApp with AdministratorAccess.',
  setup: async (d) => {
    await createCmk(d, 'alias/billing', { description: 'Billing data', region: 'eu-west-1' });
    const orders = await createCmk(d, 'alias/orders', { description: 'Orders data' });
    await d.call('kms', 'DisableKey', { KeyId: orders });
    await d.call('iam', 'CreateUser', { UserName: 'reportsApp' });
    await d.call('iam', 'AttachUserPolicy', { UserName: 'reportsApp', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
    await createCmk(d, 'alias/reports', { description: 'Reports data', policy: DENY_REPORTS(consolePolicy([], [])) });
    // The current key has no alias of its own: the learner finds it by its description and tags.
    await createCmk(d, 'alias/payroll-current', { description: 'Payroll key (current)', tags: { app: 'payroll', status: 'current' } });
    await d.call('kms', 'DeleteAlias', { AliasName: 'alias/payroll-current' });
    await createCmk(d, 'alias/payroll', { description: 'Payroll key (retired 2025)', tags: { app: 'payroll', status: 'retired' } });
  },
  steps: [
    {
      id: 'wrong-region',
      title: 'Billing: "alias/billing is not found"',
      instructions: ['The billing application in us-east-1 encrypts with alias/billing and gets NotFoundException. Make alias/billing usable in us-east-1.'],
      hints: [
        'The key exists... somewhere.',
        'Switch the Region selector and look at Customer managed keys in each Region.',
        'A single-Region key works only in its Region: in us-east-1, create a key and give it the alias billing (aws kms create-key, then aws kms create-alias --alias-name alias/billing --target-key-id <id>).',
      ],
      check: (cloud) =>
        probe(
          cloud,
          { operation: 'Encrypt', input: { KeyId: 'alias/billing', Plaintext: text('invoice') } },
          'Billing works: alias/billing now names a key in us-east-1.',
          'Look in the other Regions: where does alias/billing live?',
        ),
      solution: [
        { cli: 'BILLING=$(aws kms create-key --description "Billing data" --query KeyMetadata.KeyId --output text)' },
        { cli: 'aws kms create-alias --alias-name alias/billing --target-key-id $BILLING' },
      ],
    },
    {
      id: 'disabled-key',
      title: 'Orders: DisabledException',
      instructions: ['The orders application cannot encrypt with alias/orders. Find out why and fix it.'],
      hints: [
        'Read the error code in the event history.',
        "The key's Status column in Customer managed keys.",
        'Select the key of alias/orders > Key actions > Enable (aws kms enable-key --key-id <id>).',
      ],
      check: (cloud) =>
        probe(
          cloud,
          { operation: 'Encrypt', input: { KeyId: 'alias/orders', Plaintext: text('order 42') } },
          'Orders works: the key is Enabled again.',
          "What is the key's state?",
        ),
      solution: [{ cli: 'aws kms enable-key --key-id $(aws kms describe-key --key-id alias/orders --query KeyMetadata.KeyId --output text)' }],
    },
    {
      id: 'denied-principal',
      title: 'Reports: AccessDeniedException for reportsApp',
      instructions: [
        "The reports application signs its calls as the IAM user reportsApp (which has AdministratorAccess!) and is denied Encrypt with alias/reports. Fix the cause without giving up the key policy's other statements.",
      ],
      hints: [
        'AdministratorAccess cannot beat an explicit Deny.',
        'The key page of alias/reports > Key policy tab (switch to policy view).',
        'Remove the statement "Temporary block" (Effect Deny, principal reportsApp) and save.',
      ],
      check: async (cloud) => {
        const key = keyByAlias(cloud, 'alias/reports');
        if (key && !key.policy.includes('Enable IAM User Permissions'))
          return notYet(
            'The key policy lost its "Enable IAM User Permissions" statement: restore it rather than working around the Deny, or IAM can no longer grant anything on this key.',
          );
        return probe(
          cloud,
          { operation: 'Encrypt', input: { KeyId: 'alias/reports', Plaintext: text('q3 report') }, as: 'reportsApp' },
          'Reports works: no statement denies reportsApp any more.',
          'Which statement of the key policy decides? (The Why? trace of a denied call shows it.)',
        );
      },
      solution: [
        {
          say: 'alias/reports > Key policy tab > Edit: delete the Deny statement "Temporary block" > Save',
          run: async (d) => {
            const keyId = d.keyIdOf('alias/reports');
            const { Policy } = await d.call('kms', 'GetKeyPolicy', { KeyId: keyId, PolicyName: 'default' });
            const doc = JSON.parse(Policy);
            doc.Statement = doc.Statement.filter((s: any) => s.Effect !== 'Deny');
            await d.call('kms', 'PutKeyPolicy', { KeyId: keyId, PolicyName: 'default', Policy: JSON.stringify(doc) });
          },
        },
      ],
    },
    {
      id: 'wrong-alias',
      title: 'Payroll: alias/payroll points to the retired key',
      instructions: [
        'Payroll data is encrypted under the key tagged status=current, but alias/payroll points to the retired one. Point the alias to the right key (the application keeps using the alias).',
      ],
      hints: [
        'An alias can be moved to another key without touching the application.',
        "Customer managed keys: compare the two payroll keys' descriptions and tags; then the key's Aliases tab.",
        'aws kms update-alias --alias-name alias/payroll --target-key-id <id of the key tagged status=current>',
      ],
      async check(cloud) {
        const key = keyByAlias(cloud, 'alias/payroll');
        if (!key) return notYet('alias/payroll is gone: the application needs it. Create it again pointing to the current payroll key.');
        if (!key.tags.some((t) => t.TagKey === 'status' && t.TagValue === 'current'))
          return notYet(
            `alias/payroll points to key ${key.keyId} ("${key.description}"). The payroll data was encrypted under the key tagged status=current: move the alias there.`,
          );
        if (key.keyState !== 'Enabled') return notYet(`alias/payroll points to the current payroll key, but it is ${key.keyState}.`);
        return ok('alias/payroll points to the current payroll key.');
      },
      solution: [
        {
          say: 'Aliases: update alias/payroll to the key tagged status=current',
          run: async (d) => {
            const current = Object.values(d.cloud.state.kms[LAB_REGION]!.keys).find((k) =>
              k.tags.some((t) => t.TagKey === 'status' && t.TagValue === 'current'),
            )!;
            await d.call('kms', 'UpdateAlias', { AliasName: 'alias/payroll', TargetKeyId: current.keyId });
          },
        },
      ],
    },
  ],
  completion:
    "Four classic faults: a single-Region key works only in its Region (multi-Region keys have replicas elsewhere), a Disabled key refuses use, an explicit Deny beats any Allow (even AdministratorAccess), and an alias is only a pointer. When something fails, the event history's error code is the first clue.",
  wrongAttempts: [
    {
      say: 'Create alias/billing again in eu-west-1 (the wrong Region)',
      run: async (d) => void (await createCmk(d, 'alias/billing-copy', { region: 'eu-west-1' })),
      failingStep: 'wrong-region',
      expect: /NotFoundException.*other Regions/,
    },
  ],
};
