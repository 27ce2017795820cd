/**
 * The seam, proven (docs/adding-a-service.md, docs/adding-an-operation.md):
 * - a service that exists only as a descriptor (this file) is reached through the console's call
 *   helper, CloudShell's `aws` and the wire protocol, authorized and recorded like any other, and
 *   it can call KMS on the caller's behalf (invokedBy, kms:ViaService);
 * - a new KMS operation that exists only as its definition and one more row in the registry is
 *   reached the same ways, with its key resolved, authorized by the key policy and state-checked.
 */
import { describe, expect, it } from 'vitest';
import { AwsError, SimulatedClock, arnResource, seededRandom, utf8, str, struct, toBase64 } from '@/core';
import { createCloud, type Cloud, type ServiceDescriptor } from '@/cloud';
import { DEFAULT_SERVICES } from '@/cloud/services';
import { kmsService } from '@/cloud/services/kms';
import { handleAwsJsonRequest } from '@/cloud/protocol/aws-json';
import { json, signedRequest } from '@/cloud/protocol/testing';
import { shellLab } from '@/cli/testing';
import { principalForUser } from '@/iam/state';
import { defineKmsOperation, type KmsContext, type OneKey } from '@/kms/context';
import { keyNamedBy } from '@/kms/model/key-resource';
import { KEY_STATES } from '@/kms/model/key-states';
import { kmsRegistry } from '@/kms/operations/registry';
import { consoleCall, attachCloud, setIdentity } from '@/state/console-store';

const START = Date.UTC(2026, 0, 1);

// ---- A throwaway service: notes sealed under a KMS key, declared once. -------------------------
interface NotesContext {
  notes: Record<string, string>;
  region: string;
  callKms<O>(operation: string, input: Record<string, unknown>): Promise<O>;
}
const notesService: ServiceDescriptor = {
  name: 'notes',
  title: 'Sealed notes (a throwaway service)',
  eventSource: 'notes.amazonaws.com',
  validationCode: 'ValidationException',
  accessDenied: { code: 'AccessDeniedException' },
  wire: { targetPrefix: 'NotesService', signingName: 'notes' },
  cli: { tokens: { inputToken: 'NextToken', limitKey: 'MaxResults', outputToken: 'NextToken', moreResults: 'NextToken' }, resultKeys: {} },
  state: { key: 'notes', empty: () => ({}) },
  runtime: {
    context: (env): NotesContext => ({
      notes: env.part,
      region: env.region,
      callKms: (operation, input) => env.callOnBehalf({ service: 'kms', operation, input }),
    }),
    registry: {
      SealNote: {
        name: 'SealNote',
        action: 'notes:SealNote',
        summary: 'Seals a note under a KMS key (KMS encrypts it on your behalf).',
        input: struct({ NoteName: str({ min: 1, max: 64 }), KeyId: str({ min: 1, max: 2048 }), Text: str({ min: 1, max: 1024 }) }, [
          'NoteName',
          'KeyId',
          'Text',
        ]),
        resources: { note: arnResource<NotesContext, { NoteName: string }>((input, ctx) => `arn:aws:notes:${ctx.region}:111122223333:note/${input.NoteName}`) },
        async run(ctx: NotesContext, input: { NoteName: string; KeyId: string; Text: string }) {
          const out = await ctx.callKms<{ CiphertextBlob: Uint8Array; KeyId: string }>('Encrypt', { KeyId: input.KeyId, Plaintext: utf8(input.Text) });
          ctx.notes[input.NoteName] = toBase64(out.CiphertextBlob);
          return { NoteName: input.NoteName, KeyId: out.KeyId };
        },
      },
    },
  },
};

async function accountWithNotes() {
  const cloud = createCloud({ clock: new SimulatedClock(START), random: seededRandom(14), services: [...DEFAULT_SERVICES, notesService] });
  const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey' });
  await cloud.call({ service: 'kms', operation: 'CreateAlias', input: { AliasName: 'alias/notes', TargetKeyId: KeyMetadata.KeyId } });
  // A writer may seal notes, and may use KMS only through the notes service.
  await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'writer' } });
  const policy = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 'notes:SealNote', Resource: '*' },
      { Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 'notes.us-east-1.amazonaws.com' } } },
    ],
  };
  await cloud.call({ service: 'iam', operation: 'PutUserPolicy', input: { UserName: 'writer', PolicyName: 'notes', PolicyDocument: JSON.stringify(policy) } });
  return { cloud, keyArn: KeyMetadata.Arn as string, writer: principalForUser(cloud.state.iam, 'writer')! };
}

const lastEvents = (cloud: Cloud, n: number) => cloud.state.trail.slice(-n);

describe('a service declared by its descriptor alone', () => {
  it('is called through the console helper, authorized, recorded, and calls KMS on the caller’s behalf', async () => {
    const { cloud, keyArn, writer } = await accountWithNotes();
    attachCloud(cloud);
    setIdentity(writer);
    await expect(consoleCall({ service: 'notes', operation: 'SealNote', input: { NoteName: 'n1', KeyId: 'alias/notes', Text: 'hi' } })).resolves.toEqual({
      NoteName: 'n1',
      KeyId: keyArn,
    });
    expect((cloud.state.notes as Record<string, string>).n1).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const [encrypt, seal] = lastEvents(cloud, 2);
    // KMS's record comes first (it answered inside SealNote), naming the service that called it.
    expect(encrypt).toMatchObject({
      eventSource: 'kms.amazonaws.com',
      eventName: 'Encrypt',
      userIdentity: { type: 'IAMUser', userName: 'writer', invokedBy: 'notes.amazonaws.com' },
      sourceIPAddress: 'notes.amazonaws.com',
      userAgent: 'notes.amazonaws.com',
    });
    expect(seal).toMatchObject({ eventSource: 'notes.amazonaws.com', eventName: 'SealNote', userAgent: 'AWS Internal' });
    expect(seal!.errorCode).toBeUndefined();
    // The trace of the allowed call says why (the condition key matched) without entering the record.
    const trace = cloud.traceOf(encrypt!)!;
    expect(trace.checks.map((c) => [c.action, c.resource, c.decision.reason])).toEqual([['kms:Encrypt', keyArn, 'allowed-by-identity-policy']]);
    expect(JSON.stringify(encrypt)).not.toContain('allowed-by');

    // Without the notes service in between, the same user may not encrypt.
    const direct = await cloud.invoke({ service: 'kms', operation: 'Encrypt', input: { KeyId: 'alias/notes', Plaintext: utf8('x') }, caller: writer });
    expect(direct.ok).toBe(false);
    expect((direct as { error: AwsError }).error.code).toBe('AccessDeniedException');
    expect(direct.trace.checks[0]!.decision.reason).toBe('no-identity-allow');
  });

  it('is a command of CloudShell’s aws, with help, from its descriptor', async () => {
    const { cloud } = await accountWithNotes();
    const lab = shellLab({ cloud });
    expect((await lab.exec('aws help')).stdout).toContain('       o notes\n');
    expect((await lab.exec('aws notes help')).stdout).toContain('Sealed notes (a throwaway service), as simulated by KMS Lab.');
    const r = await lab.exec('aws notes seal-note --note-name n2 --key-id alias/notes --text hello');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ NoteName: 'n2', KeyId: expect.stringMatching(/^arn:aws:kms:us-east-1:111122223333:key\//) });
    const bad = await lab.exec('aws notes seal-note --note-name n3 --key-id alias/none --text hello');
    expect([bad.status, bad.stderr.trim()]).toEqual([
      254,
      'An error occurred (NotFoundException) when calling the SealNote operation: Alias arn:aws:kms:us-east-1:111122223333:alias/none is not found.',
    ]);
  });

  it('is served on the wire under its own target, signed for its own name', async () => {
    const { cloud, keyArn } = await accountWithNotes();
    const res = await handleAwsJsonRequest(
      cloud,
      await signedRequest('NotesService.SealNote', { NoteName: 'n4', KeyId: 'alias/notes', Text: 'wire' }, { service: 'notes' }),
    );
    expect([res.status, json(res)]).toEqual([200, { NoteName: 'n4', KeyId: keyArn }]);
    const denied = await handleAwsJsonRequest(cloud, await signedRequest('NotesService.NoSuch', {}, { service: 'notes' }));
    expect([denied.status, json(denied)]).toEqual([400, { __type: 'UnknownOperationException' }]);
  });

  it('is unknown to a cloud that does not declare it', async () => {
    const e = await createCloud()
      .call({ service: 'notes', operation: 'SealNote' })
      .catch((x: unknown) => x);
    expect((e as AwsError).code).toBe('UnknownOperationException');
  });
});

// ---- A new KMS operation: its definition and its registry row, nothing else. --------------------
const getKeyState = defineKmsOperation<{ KeyId: string }, { KeyId: string; KeyState: string }, OneKey>({
  name: 'GetKeyState',
  action: 'kms:GetKeyState',
  summary: 'Tells the state of a key (an operation made up for this test).',
  input: struct({ KeyId: str({ min: 1, max: 2048 }) }, ['KeyId']),
  resources: { key: keyNamedBy('KeyId', { forms: 'any', states: KEY_STATES.enableDisable }) },
  async run(_ctx: KmsContext, _input, { key }) {
    return { KeyId: key.arn, KeyState: key.keyState };
  },
});
const kmsWithNewOperation: ServiceDescriptor = {
  ...kmsService,
  runtime: { ...(kmsService.runtime as Exclude<ServiceDescriptor['runtime'], () => unknown>), registry: { ...kmsRegistry, GetKeyState: getKeyState } },
};

describe('a new KMS operation', () => {
  it('needs only its file, its test and its registry row', async () => {
    const services = DEFAULT_SERVICES.map((d) => (d === kmsService ? kmsWithNewOperation : d));
    const cloud = createCloud({ clock: new SimulatedClock(START), random: seededRandom(17), services });
    const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey' });
    await cloud.call({ service: 'kms', operation: 'CreateAlias', input: { AliasName: 'alias/k', TargetKeyId: KeyMetadata.KeyId } });

    // The pipeline resolves its key (alias too), authorizes it with the key policy and records it.
    await expect(cloud.call({ service: 'kms', operation: 'GetKeyState' as string, input: { KeyId: 'alias/k' } })).resolves.toEqual({
      KeyId: KeyMetadata.Arn,
      KeyState: 'Enabled',
    });
    expect(cloud.state.trail.at(-1)).toMatchObject({
      eventSource: 'kms.amazonaws.com',
      eventName: 'GetKeyState',
      resources: [{ type: 'AWS::KMS::Key', ARN: KeyMetadata.Arn }],
    });
    const stranger = await cloud
      .call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'stranger' } })
      .then(() => principalForUser(cloud.state.iam, 'stranger')!);
    const denied = await cloud
      .call({ service: 'kms', operation: 'GetKeyState' as string, input: { KeyId: KeyMetadata.KeyId }, caller: stranger })
      .catch((e: AwsError) => e);
    expect(denied.message).toBe(
      `User: ${stranger.arn} is not authorized to perform: kms:GetKeyState on resource: ${KeyMetadata.Arn} because no identity-based policy allows the kms:GetKeyState action`,
    );
    // Its key-state row applies: a key pending deletion is refused.
    await cloud.call({ service: 'kms', operation: 'ScheduleKeyDeletion', input: { KeyId: KeyMetadata.KeyId, PendingWindowInDays: 7 } });
    const pending = await cloud.call({ service: 'kms', operation: 'GetKeyState' as string, input: { KeyId: KeyMetadata.KeyId } }).catch((e: AwsError) => e);
    expect([pending.code, pending.message]).toEqual(['KMSInvalidStateException', `${KeyMetadata.Arn} is pending deletion.`]);
    await cloud.call({ service: 'kms', operation: 'CancelKeyDeletion', input: { KeyId: KeyMetadata.KeyId } });

    // CloudShell offers it, with flags and help from its input shape.
    const lab = shellLab({ cloud });
    expect((await lab.exec('aws kms help')).stdout).toContain('o get-key-state');
    const shell = await lab.exec(`aws kms get-key-state --key-id ${KeyMetadata.KeyId} --query KeyState --output text`);
    expect([shell.status, shell.stdout]).toEqual([0, 'Disabled\n']);

    // The wire serves it under TrentService.
    const res = await handleAwsJsonRequest(cloud, await signedRequest('TrentService.GetKeyState', { KeyId: 'alias/k' }));
    expect([res.status, json(res)]).toEqual([200, { KeyId: KeyMetadata.Arn, KeyState: 'Disabled' }]);
  });
});
