/**
 * Wire fidelity with the real @aws-sdk/client-kms (its serializers, its SigV4 signer, its error
 * parsing), answered in process by handleAwsJsonRequest: keys, aliases, policies and tags.
 * The cryptographic operations are in sdk-wire-crypto.test.ts, import and key stores in
 * sdk-wire-import.test.ts. The last test here checks every registered operation is covered (here or in
 * the operation's own test).
 */
import {
  AlreadyExistsException,
  CancelKeyDeletionCommand,
  CreateAliasCommand,
  CreateKeyCommand,
  DeleteAliasCommand,
  DescribeKeyCommand,
  DisableKeyCommand,
  EnableKeyCommand,
  GetKeyPolicyCommand,
  KMSInvalidStateException,
  KMSServiceException,
  ListAliasesCommand,
  ListKeyPoliciesCommand,
  ListKeysCommand,
  ListResourceTagsCommand,
  MalformedPolicyDocumentException,
  NotFoundException,
  PutKeyPolicyCommand,
  ScheduleKeyDeletionCommand,
  TagException,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateAliasCommand,
  UpdateKeyDescriptionCommand,
} from '@aws-sdk/client-kms';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { START, keyArn, labKmsClient, rejects as rejectsAs, sdkWireSetup } from './testing';

const setup = () => sdkWireSetup(21);

/** The shared checks (SDK class, AWS's message, status 400), and a request ID on every error. */
async function rejects<E extends Error>(p: Promise<unknown>, cls: abstract new (...args: any[]) => E, message?: string) {
  const err = await rejectsAs(p, cls, message);
  expect(err.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  return err;
}

async function newKey(kms: ReturnType<typeof setup>['kms'], description = '') {
  const { KeyMetadata } = await kms.send(new CreateKeyCommand({ Description: description }));
  return KeyMetadata!.KeyId!;
}

describe('keys', () => {
  it('CreateKey / DescribeKey / ListKeys: dates arrive as Date', async () => {
    const { kms } = setup();
    const out = await kms.send(new CreateKeyCommand({ Description: 'sdk key', Tags: [{ TagKey: 'team', TagValue: 'blue' }] }));
    const meta = out.KeyMetadata!;
    expect(meta.CreationDate).toBeInstanceOf(Date);
    expect(meta.CreationDate!.getTime()).toBe(START);
    expect(meta).toMatchObject({ Arn: keyArn(meta.KeyId!), KeyState: 'Enabled', KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Enabled: true });
    expect(out.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const described = await kms.send(new DescribeKeyCommand({ KeyId: meta.KeyId }));
    expect(described.KeyMetadata!.Description).toBe('sdk key');
    const listed = await kms.send(new ListKeysCommand({}));
    expect(listed.Keys).toEqual([{ KeyId: meta.KeyId, KeyArn: meta.Arn }]);
    expect(listed.Truncated).toBe(false);
  });

  it('DescribeKey of an unknown key is NotFoundException', async () => {
    const { kms } = setup();
    const id = '11111111-2222-3333-4444-555555555555';
    await rejects(kms.send(new DescribeKeyCommand({ KeyId: id })), NotFoundException, `Key '${keyArn(id)}' does not exist`);
    await rejects(kms.send(new DescribeKeyCommand({ KeyId: 'fake-key-id' })), NotFoundException, "Invalid keyId 'fake-key-id'");
  });

  it('UpdateKeyDescription', async () => {
    const { kms } = setup();
    const id = await newKey(kms, 'old');
    const out = await kms.send(new UpdateKeyDescriptionCommand({ KeyId: id, Description: 'new' }));
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect((await kms.send(new DescribeKeyCommand({ KeyId: id }))).KeyMetadata!.Description).toBe('new');
    await rejects(kms.send(new UpdateKeyDescriptionCommand({ KeyId: 'alias/x', Description: 'd' })), NotFoundException);
  });

  it('DisableKey / EnableKey', async () => {
    const { kms } = setup();
    const id = await newKey(kms);
    await kms.send(new DisableKeyCommand({ KeyId: id }));
    expect((await kms.send(new DescribeKeyCommand({ KeyId: id }))).KeyMetadata!.KeyState).toBe('Disabled');
    await kms.send(new EnableKeyCommand({ KeyId: keyArn(id) }));
    expect((await kms.send(new DescribeKeyCommand({ KeyId: id }))).KeyMetadata!.KeyState).toBe('Enabled');
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: id, PendingWindowInDays: 7 }));
    await rejects(kms.send(new EnableKeyCommand({ KeyId: id })), KMSInvalidStateException, `${keyArn(id)} is pending deletion.`);
    await rejects(kms.send(new DisableKeyCommand({ KeyId: id })), KMSInvalidStateException, `${keyArn(id)} is pending deletion.`);
  });

  it('ScheduleKeyDeletion / CancelKeyDeletion', async () => {
    const { kms } = setup();
    const id = await newKey(kms);
    const scheduled = await kms.send(new ScheduleKeyDeletionCommand({ KeyId: id, PendingWindowInDays: 7 }));
    expect(scheduled).toMatchObject({ KeyId: keyArn(id), KeyState: 'PendingDeletion', PendingWindowInDays: 7 });
    expect(scheduled.DeletionDate).toBeInstanceOf(Date);
    expect(scheduled.DeletionDate!.getTime()).toBe(START + 7 * 86_400_000);
    const cancelled = await kms.send(new CancelKeyDeletionCommand({ KeyId: id }));
    expect(cancelled.KeyId).toBe(keyArn(id));
    await rejects(kms.send(new CancelKeyDeletionCommand({ KeyId: id })), KMSInvalidStateException, `${keyArn(id)} is not pending deletion.`);
    const e = await rejects(kms.send(new ScheduleKeyDeletionCommand({ KeyId: id, PendingWindowInDays: 3 })), KMSServiceException);
    expect(e.name).toBe('ValidationException');
  });
});

describe('aliases', () => {
  it('CreateAlias / ListAliases / UpdateAlias / DeleteAlias', async () => {
    const { kms } = setup();
    const a = await newKey(kms);
    const b = await newKey(kms);
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/app', TargetKeyId: a }));
    await rejects(
      kms.send(new CreateAliasCommand({ AliasName: 'alias/app', TargetKeyId: b })),
      AlreadyExistsException,
      'An alias with the name arn:aws:kms:us-east-1:111122223333:alias/app already exists',
    );
    const listed = await kms.send(new ListAliasesCommand({ KeyId: a }));
    expect(listed.Aliases).toHaveLength(1);
    expect(listed.Aliases![0]).toMatchObject({ AliasName: 'alias/app', AliasArn: 'arn:aws:kms:us-east-1:111122223333:alias/app', TargetKeyId: a });
    expect(listed.Aliases![0]!.CreationDate).toBeInstanceOf(Date);
    await kms.send(new UpdateAliasCommand({ AliasName: 'alias/app', TargetKeyId: b }));
    expect((await kms.send(new DescribeKeyCommand({ KeyId: 'alias/app' }))).KeyMetadata!.KeyId).toBe(b);
    await kms.send(new DeleteAliasCommand({ AliasName: 'alias/app' }));
    await rejects(
      kms.send(new DescribeKeyCommand({ KeyId: 'alias/app' })),
      NotFoundException,
      'Alias arn:aws:kms:us-east-1:111122223333:alias/app is not found.',
    );
    await rejects(kms.send(new DeleteAliasCommand({ AliasName: 'alias/app' })), NotFoundException);
    await rejects(kms.send(new UpdateAliasCommand({ AliasName: 'alias/app', TargetKeyId: a })), NotFoundException);
  });

  it('ListAliases includes the predefined AWS aliases', async () => {
    const { kms } = setup();
    const { Aliases } = await kms.send(new ListAliasesCommand({}));
    expect(Aliases!.some((x) => x.AliasName === 'alias/aws/s3')).toBe(true);
  });
});

describe('key policies', () => {
  const policy = (principal: string) =>
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'all', Effect: 'Allow', Principal: { AWS: principal }, Action: 'kms:*', Resource: '*' }] });

  it('GetKeyPolicy / PutKeyPolicy / ListKeyPolicies', async () => {
    const { kms } = setup();
    const id = await newKey(kms);
    const got = await kms.send(new GetKeyPolicyCommand({ KeyId: id, PolicyName: 'default' }));
    expect(JSON.parse(got.Policy!).Statement[0].Principal).toEqual({ AWS: 'arn:aws:iam::111122223333:root' });
    await kms.send(new PutKeyPolicyCommand({ KeyId: id, PolicyName: 'default', Policy: policy('arn:aws:iam::111122223333:root') }));
    expect(JSON.parse((await kms.send(new GetKeyPolicyCommand({ KeyId: id }))).Policy!).Statement[0].Sid).toBe('all');
    expect((await kms.send(new ListKeyPoliciesCommand({ KeyId: id }))).PolicyNames).toEqual(['default']);
  });

  it('a policy that is not JSON is MalformedPolicyDocumentException', async () => {
    const { kms } = setup();
    const id = await newKey(kms);
    await rejects(kms.send(new PutKeyPolicyCommand({ KeyId: id, PolicyName: 'default', Policy: '{not json' })), MalformedPolicyDocumentException);
    await rejects(kms.send(new GetKeyPolicyCommand({ KeyId: 'alias/nope' })), NotFoundException);
  });
});

describe('tags', () => {
  it('TagResource / ListResourceTags / UntagResource', async () => {
    const { kms } = setup();
    const id = await newKey(kms);
    await kms.send(
      new TagResourceCommand({
        KeyId: id,
        Tags: [
          { TagKey: 'env', TagValue: 'lab' },
          { TagKey: 'team', TagValue: 'blue' },
        ],
      }),
    );
    expect((await kms.send(new ListResourceTagsCommand({ KeyId: id }))).Tags).toEqual([
      { TagKey: 'env', TagValue: 'lab' },
      { TagKey: 'team', TagValue: 'blue' },
    ]);
    await kms.send(new UntagResourceCommand({ KeyId: id, TagKeys: ['env'] }));
    expect((await kms.send(new ListResourceTagsCommand({ KeyId: id }))).Tags).toEqual([{ TagKey: 'team', TagValue: 'blue' }]);
    await rejects(kms.send(new TagResourceCommand({ KeyId: id, Tags: [{ TagKey: 'aws:reserved', TagValue: 'x' }] })), TagException);
  });
});

describe('callers', () => {
  it('AccessDeniedException (capital Message on the wire) reaches the SDK with its message', async () => {
    const { cloud, kms } = setup();
    await newKey(kms);
    cloud.state.iam.users['nobody'] = {
      userName: 'nobody',
      userId: 'AIDANOBODYNOBODYNOBOD',
      arn: 'arn:aws:iam::111122223333:user/nobody',
      path: '/',
      createDate: START,
      groups: [],
      attachedPolicies: [],
      inlinePolicies: [],
      accessKeys: [{ accessKeyId: 'AKIANOBODYNOBODY0000', secretAccessKey: 'nobody-secret', status: 'Active', createDate: START }],
    };
    const asNobody = labKmsClient(cloud, { credentials: { accessKeyId: 'AKIANOBODYNOBODY0000', secretAccessKey: 'nobody-secret' } });
    const e = await rejects(asNobody.send(new ListKeysCommand({})), KMSServiceException);
    expect(e.name).toBe('AccessDeniedException');
    expect(e.message).toContain('arn:aws:iam::111122223333:user/nobody is not authorized to perform: kms:ListKeys');
  });

  it('a wrong secret key is InvalidSignatureException', async () => {
    const { cloud } = setup();
    const wrong = labKmsClient(cloud, { credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'not-the-secret' } });
    const e = await rejects(wrong.send(new ListKeysCommand({})), KMSServiceException);
    expect(e.name).toBe('InvalidSignatureException');
  });

  it('the Region of the client is the Region of the call', async () => {
    const { cloud } = setup();
    const paris = labKmsClient(cloud, { region: 'eu-west-3' });
    const { KeyMetadata } = await paris.send(new CreateKeyCommand({}));
    expect(KeyMetadata!.Arn).toMatch(/^arn:aws:kms:eu-west-3:/);
    expect((await labKmsClient(cloud).send(new ListKeysCommand({}))).Keys).toEqual([]);
  });
});

describe('coverage', () => {
  it('every registered KMS operation is exercised through the SDK, by a sdk-wire test or by its own test', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const operations = join(here, '..', '..', 'kms', 'operations');
    const read = (dir: string, name: RegExp) =>
      readdirSync(dir)
        .filter((f) => name.test(f))
        .map((f) => readFileSync(join(dir, f), 'utf8'));
    // An operation's own test may hold its wire case (docs/adding-an-operation.md).
    const text = [...read(here, /^sdk-wire.*\.test\.ts$/), ...read(operations, /\.test\.ts$/)].join('\n');
    const missing = setup()
      .cloud.operations('kms')
      .map((op) => op.name)
      .filter((name) => !text.includes(`new ${name}Command(`));
    expect(missing).toEqual([]);
  });
});
