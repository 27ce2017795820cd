/**
 * Secrets Manager over the wire (AWS JSON 1.1, X-Amz-Target secretsmanager.<Operation>) with the real
 * @aws-sdk/client-secrets-manager, and in CloudShell: `aws secretsmanager ...` prints what the
 * real AWS CLI v2 (/usr/bin/aws) prints against the lab's endpoint for the same commands.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateSecretCommand,
  DecryptionFailure,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  InvalidRequestException,
  ListSecretsCommand,
  PutSecretValueCommand,
  ResourceNotFoundException,
  RestoreSecretCommand,
  SecretsManagerClient,
  UpdateSecretCommand,
} from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedClock, seededRandom } from '@/core';
import { createCloud, type Cloud } from '@/cloud/create-cloud';
import { ADMIN_CREDENTIALS, labRequestHandler, rejects } from '@/cloud/protocol/testing';
import { shellLab } from '@/cli/testing';
import { startEndpoint, type Endpoint } from '@/endpoint/server';
import { hasAws, startRealAws, type RealAws } from '@/endpoint/testing/real-aws';
import { secretsRegistry } from './operations/registry';

const START = Date.UTC(2026, 0, 1);

describe('Secrets Manager through the real AWS SDK for JavaScript v3', () => {
  it('answers every operation, with the SDK’s error classes', async () => {
    const cloud = createCloud({ clock: new SimulatedClock(START), random: seededRandom(191) });
    const sm = new SecretsManagerClient({
      region: 'us-east-1',
      endpoint: 'http://secretsmanager.lab.local',
      credentials: ADMIN_CREDENTIALS,
      maxAttempts: 1,
      requestHandler: labRequestHandler(cloud),
    });
    const used = new Set<string>();
    const send = <T extends { constructor: { name: string } }>(cmd: T) => {
      used.add(cmd.constructor.name.replace(/Command$/, ''));
      return sm.send(cmd as never) as Promise<any>;
    };
    const created = await send(new CreateSecretCommand({ Name: 'sdk/db', SecretString: 'one', Description: 'via the SDK' }));
    // The SDK fills ClientRequestToken (an idempotency token): it is the version id.
    expect(created.VersionId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await send(new GetSecretValueCommand({ SecretId: 'sdk/db' }))).SecretString).toBe('one');
    const put = await send(new PutSecretValueCommand({ SecretId: created.ARN, SecretBinary: new Uint8Array([7, 8]) }));
    expect((await send(new GetSecretValueCommand({ SecretId: 'sdk/db' }))).SecretBinary).toEqual(new Uint8Array([7, 8]));
    const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey' });
    await send(new UpdateSecretCommand({ SecretId: 'sdk/db', KmsKeyId: KeyMetadata.Arn }));
    const described = await send(new DescribeSecretCommand({ SecretId: 'sdk/db' }));
    expect(described).toMatchObject({
      Name: 'sdk/db',
      KmsKeyId: KeyMetadata.Arn,
      VersionIdsToStages: { [put.VersionId]: ['AWSCURRENT'], [created.VersionId]: ['AWSPREVIOUS'] },
    });
    expect(described.CreatedDate).toEqual(new Date(START));
    await cloud.call({ service: 'kms', operation: 'DisableKey', input: { KeyId: KeyMetadata.Arn } });
    await rejects(
      send(new GetSecretValueCommand({ SecretId: 'sdk/db' })),
      DecryptionFailure,
      "Secrets Manager can't decrypt the protected secret text using the provided KMS key.",
    );
    expect((await send(new ListSecretsCommand({}))).SecretList.map((s: { Name: string }) => s.Name)).toEqual(['sdk/db']);
    expect((await send(new DeleteSecretCommand({ SecretId: 'sdk/db', RecoveryWindowInDays: 7 }))).DeletionDate).toEqual(new Date(START + 7 * 86_400_000));
    await rejects(send(new GetSecretValueCommand({ SecretId: 'sdk/db' })), InvalidRequestException);
    await send(new RestoreSecretCommand({ SecretId: 'sdk/db' }));
    await rejects(send(new DescribeSecretCommand({ SecretId: 'nope' })), ResourceNotFoundException, "Secrets Manager can't find the specified secret.");
    expect([...used].sort()).toEqual(Object.keys(secretsRegistry).sort());
  });
});

/** Ids, random ARN suffixes and times differ between two accounts: the rest must be the same. */
const normalize = (text: string) =>
  text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/(secret:[\w/+=.@-]+)-[A-Za-z0-9]{6}/g, '$1-<suffix>')
    .replace(/key\/<uuid>/g, 'key/<id>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00/g, '<time>');

const COMMANDS = [
  `aws secretsmanager create-secret --name app/db --secret-string '{"user":"admin","password":"EXAMPLE-PASSWORD"}' --description 'The app database'`,
  'aws secretsmanager get-secret-value --secret-id app/db',
  'aws secretsmanager update-secret --secret-id app/db --kms-key-id alias/aws/secretsmanager --secret-string second',
  'aws secretsmanager describe-secret --secret-id app/db --query "{Name:Name,Description:Description,Stages:VersionIdsToStages}"',
  'aws secretsmanager delete-secret --secret-id app/db --force-delete-without-recovery --recovery-window-in-days 7',
  'aws secretsmanager get-secret-value --secret-id nope',
  'aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventSource,AttributeValue=kms.amazonaws.com --query "Events[].[EventName,ReadOnly]" --output text',
];

describe.runIf(hasAws)('aws secretsmanager in CloudShell prints what the real AWS CLI v2 prints', { timeout: 60_000 }, () => {
  let endpoint: Endpoint;
  let aws: RealAws;
  let dir: string;
  let env: Record<string, string>;
  let cloud: Cloud;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kmslab-secrets-'));
    await writeFile(join(dir, 'empty'), '');
    cloud = createCloud();
    endpoint = await startEndpoint({ cloud, port: 0, host: '127.0.0.1' });
    env = {
      PATH: '/usr/bin:/bin',
      HOME: dir,
      LANG: 'C.UTF-8',
      AWS_ACCESS_KEY_ID: ADMIN_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: ADMIN_CREDENTIALS.secretAccessKey,
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_PAGER: '',
      AWS_CONFIG_FILE: join(dir, 'empty'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'empty'),
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    aws = await startRealAws(env);
  }, 60_000);

  afterAll(async () => {
    await aws?.close();
    await endpoint?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const real = (line: string) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile('bash', ['-c', `${aws.shellFunction('--endpoint-url', endpoint.url)}\n${line}`], { cwd: dir, env, encoding: 'utf8' }, (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });

  it('for creating, reading, changing and describing a secret, and for its errors', async () => {
    const lab = shellLab({ cloud: createCloud({ clock: new SimulatedClock(START), random: seededRandom(192) }) });
    for (const line of COMMANDS) {
      const mine = await lab.exec(line);
      const theirs = await real(line);
      expect(normalize(mine.stdout), line).toBe(normalize(theirs.stdout));
      expect(mine.stderr, line).toBe(theirs.stderr);
      expect(mine.status, line).toBe(theirs.status);
    }
    // The KMS calls Secrets Manager made on the learner's behalf are in the endpoint account's trail.
    const kmsCalls = cloud.state.trail.filter((e) => e.userIdentity.invokedBy === 'secretsmanager.amazonaws.com').map((e) => e.eventName);
    expect(kmsCalls).toEqual(['GenerateDataKey', 'Decrypt', 'Decrypt', 'GenerateDataKey', 'GenerateDataKey']);
  });
});
