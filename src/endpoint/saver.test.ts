/**
 * The endpoint acknowledges only what it saved: with the --state file on a read-only or full
 * disk, a call that changes the account fails with KMSInternalException, the file keeps its
 * bytes, the account in memory goes back to what the file holds, and a restart loses nothing
 * that was answered with success. Real files and a real HTTP endpoint; the full disk is the
 * kernel's own (/dev/full answers every write with ENOSPC).
 */
import { CreateKeyCommand, DecryptCommand, EncryptCommand, KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { chmod, mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AwsError, SimulatedClock, fromUtf8, seededRandom, utf8 } from '@/core';
import { createCloud, type Cloud } from '@/cloud/create-cloud';
import { ADMIN_CREDENTIALS } from '@/cloud/protocol/testing';
import { saveOnChange, type Saver } from './saver';
import { startEndpoint, type Endpoint } from './server';
import { loadStateFile } from './state-file';

let dir: string;
let path: string;
let endpoint: Endpoint | undefined;
let kms: KMSClient | undefined;
const logged: unknown[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kmslab-saver-'));
  path = join(dir, 'state.json');
  logged.length = 0;
});
afterEach(async () => {
  kms?.destroy();
  await endpoint?.close();
  endpoint = kms = undefined;
  await rm(dir, { recursive: true, force: true });
});

const newCloud = (state?: Awaited<ReturnType<typeof loadStateFile>>) =>
  createCloud({ keepRawMaterial: true, clock: new SimulatedClock(Date.UTC(2026, 0, 1)), random: seededRandom(5), state });

/** As main.ts wires it: a call that changes the account is answered once saved, or fails as KMS fails internally. */
async function serve(cloud: Cloud): Promise<{ saver: Saver; kms: KMSClient }> {
  const saver = saveOnChange(cloud, path, { onError: (e) => logged.push(e) });
  await saver.saveNow();
  endpoint = await startEndpoint({
    cloud,
    port: 0,
    onInternalError: (e) => logged.push(e),
    beforeCall: (call) => {
      if (call.readOnly) return undefined;
      const mark = saver.mark();
      return () =>
        saver.committed(mark).catch(() => {
          throw new AwsError('KMSInternalException', 'The request was rejected because an internal exception occurred. The request can be retried.', 500);
        });
    },
  });
  kms = new KMSClient({ endpoint: endpoint.url, region: 'us-east-1', credentials: ADMIN_CREDENTIALS, maxAttempts: 1 });
  return { saver, kms };
}

const keyIds = async (client: KMSClient) => ((await client.send(new ListKeysCommand({}))).Keys ?? []).map((k) => k.KeyId!).sort();

describe('a change that cannot be saved', () => {
  it('on a read-only state file: the call fails with KMSInternalException, the file is unchanged, a restart loses nothing acknowledged', async () => {
    const { saver, kms } = await serve(newCloud());
    const kept = (await kms.send(new CreateKeyCommand({ Description: 'acknowledged' }))).KeyMetadata!.KeyId!;
    const blob = (await kms.send(new EncryptCommand({ KeyId: kept, Plaintext: utf8('kept') }))).CiphertextBlob!;
    await saver.flush();
    const bytes = await readFile(path);

    await chmod(path, 0o444);
    const e = await kms.send(new CreateKeyCommand({ Description: 'not saved' })).catch((x: unknown) => x);
    expect(e).toMatchObject({ name: 'KMSInternalException', $metadata: { httpStatusCode: 500 } });
    expect((e as Error).message).toBe('The request was rejected because an internal exception occurred. The request can be retried.');
    expect(await readFile(path)).toEqual(bytes);
    expect(await readdir(dir)).toEqual(['state.json']);
    // The account is what the file holds: the key that was refused does not exist.
    expect(await keyIds(kms)).toEqual([kept]);
    expect(logged.map(String).join('\n')).toMatch(/read-only/);

    await chmod(path, 0o644);
    const later = (await kms.send(new CreateKeyCommand({ Description: 'saved again' }))).KeyMetadata!.KeyId!;
    await saver.flush();
    const restarted = newCloud(await loadStateFile(path));
    const described = await restarted.call({ service: 'kms', operation: 'ListKeys', input: {} });
    expect(described.Keys.map((k: { KeyId: string }) => k.KeyId).sort()).toEqual([kept, later].sort());
    expect(fromUtf8((await restarted.call({ service: 'kms', operation: 'Decrypt', input: { CiphertextBlob: blob } })).Plaintext)).toBe('kept');
  });

  it('on a full disk (ENOSPC while writing): the same, and no temporary file is left behind', async () => {
    const { saver, kms } = await serve(newCloud());
    const kept = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    await saver.flush();
    const bytes = await readFile(path);
    // The next save's temporary file is the kernel's full device.
    const tmp = `${path}.tmp-${process.pid}`;
    await symlink('/dev/full', tmp);
    const e = await kms.send(new CreateKeyCommand({})).catch((x: unknown) => x);
    expect(e).toMatchObject({ name: 'KMSInternalException' });
    expect(logged.map(String).join('\n')).toMatch(/ENOSPC/);
    expect(await readFile(path)).toEqual(bytes);
    expect(await readdir(dir)).toEqual(['state.json']);
    expect(await keyIds(kms)).toEqual([kept]);
    await saver.flush();
    // Reads change nothing but the event history: they are answered as usual (the history is saved later, or not).
    const withRead = await readFile(path);
    await symlink('/dev/full', tmp);
    expect(await keyIds(kms)).toEqual([kept]);
    await saver.flush();
    expect(await readFile(path)).toEqual(withRead);
    expect(logged.filter((x) => !String(x).includes('ENOSPC'))).toEqual([]);
  });

  it('many calls at once: each is answered after a save that holds it, in a few saves, and all survive a restart', async () => {
    const cloud = newCloud();
    let writes = 0;
    const saver = saveOnChange(cloud, path, {
      onError: (e) => logged.push(e),
      write: async (p, text) => {
        writes++;
        const { writeStateFile } = await import('./state-file');
        await writeStateFile(p, text);
      },
    });
    const ids = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const mark = saver.mark();
        const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
        await saver.committed(mark);
        // Acknowledged: the file holds it now.
        const saved = await loadStateFile(path);
        expect(Object.keys(saved!.kms['us-east-1']!.keys)).toContain(KeyMetadata.KeyId);
        return KeyMetadata.KeyId as string;
      }),
    );
    expect(writes).toBeLessThan(20);
    const restarted = newCloud(await loadStateFile(path));
    expect(Object.keys(restarted.state.kms['us-east-1']!.keys).sort()).toEqual(ids.sort());
  });

  it('a call that spans a failed save is refused too, even though its change came after the failure', async () => {
    const cloud = newCloud();
    let fail = false;
    const { writeStateFile } = await import('./state-file');
    const saver = saveOnChange(cloud, path, {
      onError: (e) => logged.push(e),
      write: (p, text) => (fail ? Promise.reject(new Error('EROFS: read-only file system')) : writeStateFile(p, text)),
    });
    await saver.saveNow();
    const mark = saver.mark();
    fail = true;
    // Another change fails to save and the account goes back to the file, while this "call" is under way.
    await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
    await expect(saver.committed()).rejects.toThrow(/could not be saved \(EROFS/);
    fail = false;
    await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
    await expect(saver.committed(mark)).rejects.toThrow(/could not be saved/);
    await expect(saver.committed()).resolves.toBeUndefined();
  });

  it('when no save succeeds, the account stays what the file holds', async () => {
    const cloud = newCloud();
    const saver = saveOnChange(cloud, path, { onError: (e) => logged.push(e), write: () => Promise.reject(new Error('EIO')) });
    await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
    await expect(saver.committed()).rejects.toThrow(/EIO/);
    await saver.flush();
    expect(Object.keys(cloud.state.kms['us-east-1']?.keys ?? {})).toEqual([]);
  });
});

describe('decrypting after a restart', () => {
  it('what was encrypted with an acknowledged key decrypts over the wire after a restart', async () => {
    const first = await serve(newCloud());
    const id = (await first.kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    const blob = (await first.kms.send(new EncryptCommand({ KeyId: id, Plaintext: utf8('x') }))).CiphertextBlob!;
    await first.saver.flush();
    first.kms.destroy();
    await endpoint!.close();
    const second = await serve(newCloud(await loadStateFile(path)));
    expect(fromUtf8((await second.kms.send(new DecryptCommand({ CiphertextBlob: blob }))).Plaintext!)).toBe('x');
  });
});
