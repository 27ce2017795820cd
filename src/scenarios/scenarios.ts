/**
 * Seeded demo scenarios for the classroom (`#/scenario/<id>`): the same account every time, so a
 * teacher's demo goes the same way. Each is a fixed date, a random seed (so key ids, user ids,
 * request ids are the same every build) and the setup calls a learner could make themselves.
 * Simplified: the key material itself comes from WebCrypto and differs between builds (ids do
 * not), and no file is put in the CloudShell home directory.
 */
import { createCloud, type CloudState } from '@/cloud';
import { SimulatedClock } from '@/core/clock';
import { ACCOUNT_ID } from '@/core/ids';
import { seededRandom } from '@/core/random';

export const SCENARIO_REGION = 'us-east-1';

type Call = (service: 'kms' | 'iam', operation: string, input: Record<string, unknown>) => Promise<Record<string, any>>;

export interface Scenario {
  id: string;
  title: string;
  /** What the learner finds in the account afterwards. */
  description: string;
  startsAt: string;
  seed: number;
  setup(call: Call): Promise<void>;
}

const userArn = (name: string) => `arn:aws:iam::${ACCOUNT_ID}:user/${name}`;

export const SCENARIOS: Scenario[] = [
  {
    id: 'rotation-demo',
    title: 'Key rotation demo',
    description:
      'A customer managed key alias/rotation-demo with automatic rotation enabled (every 365 days), created on 15 January 2026, with a ciphertext made before rotation.',
    startsAt: '2026-01-15T09:00:00Z',
    seed: 101,
    async setup(call) {
      const { KeyMetadata } = await call('kms', 'CreateKey', { Description: 'Rotation demo key' });
      await call('kms', 'CreateAlias', { AliasName: 'alias/rotation-demo', TargetKeyId: KeyMetadata.KeyId });
      await call('kms', 'EnableKeyRotation', { KeyId: KeyMetadata.KeyId });
      await call('kms', 'Encrypt', { KeyId: 'alias/rotation-demo', Plaintext: new TextEncoder().encode('encrypted before rotation') });
    },
  },
  {
    id: 'envelope-demo',
    title: 'Envelope encryption demo',
    description: 'A customer managed key alias/envelope-demo and one data key generated under it, ready to show GenerateDataKey and Decrypt.',
    startsAt: '2026-03-02T09:00:00Z',
    seed: 202,
    async setup(call) {
      const { KeyMetadata } = await call('kms', 'CreateKey', { Description: 'Envelope demo key' });
      await call('kms', 'CreateAlias', { AliasName: 'alias/envelope-demo', TargetKeyId: KeyMetadata.KeyId });
      await call('kms', 'GenerateDataKey', { KeyId: 'alias/envelope-demo', KeySpec: 'AES_256' });
    },
  },
  {
    id: 'separation-of-duties',
    title: 'Separation of duties demo',
    description:
      'IAM users key-admin (may manage the key, not use it) and key-user (may use it, not manage it), and a key alias/sod-demo whose key policy says so.',
    startsAt: '2026-05-04T09:00:00Z',
    seed: 303,
    async setup(call) {
      await call('iam', 'CreateUser', { UserName: 'key-admin' });
      await call('iam', 'CreateUser', { UserName: 'key-user' });
      const policy = {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` }, Action: 'kms:*', Resource: '*' },
          {
            Sid: 'Allow access for Key Administrators',
            Effect: 'Allow',
            Principal: { AWS: userArn('key-admin') },
            Action: [
              'kms:Create*',
              'kms:Describe*',
              'kms:Enable*',
              'kms:List*',
              'kms:Put*',
              'kms:Update*',
              'kms:Revoke*',
              'kms:Disable*',
              'kms:Get*',
              'kms:Delete*',
              'kms:TagResource',
              'kms:UntagResource',
              'kms:ScheduleKeyDeletion',
              'kms:CancelKeyDeletion',
            ],
            Resource: '*',
          },
          {
            Sid: 'Allow use of the key',
            Effect: 'Allow',
            Principal: { AWS: userArn('key-user') },
            Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
            Resource: '*',
          },
        ],
      };
      const { KeyMetadata } = await call('kms', 'CreateKey', { Description: 'Separation of duties demo key', Policy: JSON.stringify(policy) });
      await call('kms', 'CreateAlias', { AliasName: 'alias/sod-demo', TargetKeyId: KeyMetadata.KeyId });
    },
  },
];

export const findScenario = (id: string) => SCENARIOS.find((s) => s.id === id);

/** Builds the scenario's account from scratch: a fresh cloud at the fixed date with the fixed seed, then the setup calls (as root, source 'lab'). */
export async function buildScenario(scenario: Scenario): Promise<CloudState> {
  const cloud = createCloud({ clock: new SimulatedClock(Date.parse(scenario.startsAt)), random: seededRandom(scenario.seed) });
  await scenario.setup(
    (service, operation, input) => cloud.call({ service, operation, input, region: SCENARIO_REGION, source: 'lab' }) as Promise<Record<string, any>>,
  );
  return cloud.snapshot();
}
