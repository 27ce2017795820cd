/**
 * "Your data" joined up: the account, the real CloudShell file system's home directory and the
 * real progress file in one export; the import puts all three back (EXTERNAL keys waiting for
 * their material again), and a failed apply leaves all three as they were.
 */
import { describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import { fromUtf8, utf8 } from '@/core/bytes';
import { kmsLab } from '@/kms/testing/harness';
import { importMaterial } from '@/kms/testing/byok';
import { emptyProgress, type Progress } from '@/quiz/progress';
import { review } from '@/quiz/scheduler';
import { createStarterVfs, HOME, Vfs, type VfsDirData } from '@/vfs';
import { applyLearnerImport, checkTerminalHome, exportLearnerFile, homeToJson, readLearnerFile, type LearnerSources } from './account-file';
import type { LabsPart } from './progress-file';
import type { TerminalHomeAccess } from './terminal-home-slot';
import { setIdentity, useConsole } from './console-store';
import { principalForUser, rootPrincipal } from '@/iam/state';

const now = new Date('2026-11-28T10:00:00Z');
const homeDir = (vfs: Vfs): VfsDirData => {
  let n: any = vfs.toData().root;
  for (const part of HOME.split('/').filter(Boolean)) n = n.entries[part];
  return n;
};

function sources(cloud: ReturnType<typeof createCloud>, vfs: Vfs, labs: LabsPart, drills: Progress) {
  const state = { labs, drills, failWrites: false };
  const home: TerminalHomeAccess = {
    read: () => homeDir(vfs),
    replace: (h) => {
      const data = vfs.toData();
      const parent: any = data.root.entries.home;
      parent.entries['cloudshell-user'] = h;
      vfs.restore(data);
    },
  };
  const s: LearnerSources = {
    cloud,
    home,
    progress: {
      readDrills: async () => state.drills,
      writeDrills: async (p) => {
        if (state.failWrites) throw new Error('QuotaExceededError');
        state.drills = p;
      },
      readLabs: () => state.labs,
      writeLabs: (l) => void (state.labs = l),
    },
  };
  return { s, state };
}

async function learner() {
  const t = kmsLab();
  const keyId = await t.createKey({ alias: 'alias/app' });
  const byok = await t.createKey({ alias: 'alias/byok', origin: 'EXTERNAL' });
  await importMaterial(t, byok, new Uint8Array(32).fill(7));
  const blob = await t.encrypt(keyId, 'top secret');
  const vfs = createStarterVfs(t.cloud.clock);
  vfs.mkdir(`${HOME}/notes`);
  vfs.writeFile(`${HOME}/notes/plan.txt`, utf8('rotate yearly\n'));
  const labs: LabsPart = { progress: { 'iam-setup': { passed: ['group'], hints: {}, completed: false } } };
  const drills = review(emptyProgress(), { questionId: 'k101-what', correct: true }, now);
  return { t, keyId, byok, blob, vfs, ...sources(t.cloud, vfs, labs, drills) };
}

describe('the learner file', () => {
  it('round-trips account, home directory and progress; EXTERNAL keys wait for their material again', async () => {
    const a = await learner();
    const text = await exportLearnerFile(now, a.s);
    const cloud = createCloud();
    const vfs = createStarterVfs(cloud.clock);
    const b = sources(cloud, vfs, { progress: {} }, emptyProgress());
    const plan = await readLearnerFile(text, cloud);
    if (!plan.ok) throw new Error(plan.reason);
    await applyLearnerImport(plan, b.s);
    expect(fromUtf8(vfs.readFile(`${HOME}/notes/plan.txt`))).toBe('rotate yearly\n');
    expect(vfs.readFile(`${HOME}/secret.txt`)).toEqual(a.vfs.readFile(`${HOME}/secret.txt`));
    expect(b.state.labs).toEqual(a.state.labs);
    expect(b.state.drills).toEqual(a.state.drills);
    const call = (operation: string, input: Record<string, unknown>) => cloud.call({ service: 'kms', operation, input });
    expect((await call('DescribeKey', { KeyId: 'alias/app' })).KeyMetadata.KeyId).toBe(a.keyId);
    expect((await call('DescribeKey', { KeyId: 'alias/byok' })).KeyMetadata).toMatchObject({ KeyState: 'PendingImport', Origin: 'EXTERNAL' });
    await expect(call('Decrypt', { CiphertextBlob: a.blob })).rejects.toMatchObject({ code: 'InvalidCiphertextException' });
    expect(plan.summary[1]).toBe(
      `1 key with imported material (origin EXTERNAL) came back without material, in state PendingImport: import your material again (alias/byok (${a.byok}, us-east-1)).`,
    );
    // The file names the home's files by content in base64, never the key's material.
    expect(text).toContain(Buffer.from('rotate yearly\n').toString('base64'));
  });

  it('rejects a home directory the file system would not accept, naming the path', async () => {
    expect(checkTerminalHome({ type: 'dir', mtimeMs: 0, entries: { 'a.txt': { type: 'file', mtimeMs: 0, base64: '***' } } })).toEqual({
      ok: false,
      reason: 'the content of ~/a.txt is not base64.',
    });
    expect(checkTerminalHome({ type: 'dir', mtimeMs: 0, entries: { x: { type: 'link', mtimeMs: 0 } } })).toEqual({
      ok: false,
      reason: 'invalid data at ~/x: type must be "file" or "dir".',
    });
    const a = await learner();
    const file = JSON.parse(await exportLearnerFile(now, a.s));
    file.progress.labs.progress['no-such-lab'] = { passed: [], hints: {}, completed: false };
    const r = await readLearnerFile(JSON.stringify(file), a.t.cloud);
    expect(r).toMatchObject({
      ok: false,
      part: 'progress',
      reason: 'The file\'s lab and drill progress is not valid: The file\'s lab progress is not valid: labs.progress["no-such-lab"] is not a lab of KMS Lab.',
    });
    expect(homeToJson(null)).toBeNull();
  });

  it('a failed apply changes nothing: account, home and progress stay as they were', async () => {
    const a = await learner();
    const text = await exportLearnerFile(now, a.s);
    const cloud = createCloud();
    const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey', input: { Description: 'mine' } });
    const { CiphertextBlob } = await cloud.call({ service: 'kms', operation: 'Encrypt', input: { KeyId: KeyMetadata.KeyId, Plaintext: utf8('kept') } });
    const vfs = createStarterVfs(cloud.clock);
    vfs.writeFile(`${HOME}/mine.txt`, utf8('mine'));
    const b = sources(cloud, vfs, { progress: {} }, emptyProgress());
    const plan = await readLearnerFile(text, cloud);
    if (!plan.ok) throw new Error(plan.reason);
    b.state.failWrites = true;
    await expect(applyLearnerImport(plan, b.s)).rejects.toThrow('QuotaExceededError');
    expect(Object.keys(cloud.state.kms['us-east-1']!.keys)).toEqual([KeyMetadata.KeyId]);
    expect(fromUtf8((await cloud.call({ service: 'kms', operation: 'Decrypt', input: { CiphertextBlob } })).Plaintext)).toBe('kept');
    expect(fromUtf8(vfs.readFile(`${HOME}/mine.txt`))).toBe('mine');
    expect(b.state.labs).toEqual({ progress: {} });
  });

  it('refuses an import the account could not save (another tab saved a newer version), before replacing anything', async () => {
    const a = await learner();
    const plan = await readLearnerFile(await exportLearnerFile(now, a.s), a.t.cloud);
    if (!plan.ok) throw new Error(plan.reason);
    const cloud = createCloud();
    const b = sources(cloud, createStarterVfs(cloud.clock), { progress: {} }, emptyProgress());
    b.s.saveRefusal = async () => 'Another tab saved a newer version of this account.';
    await expect(applyLearnerImport(plan, b.s)).rejects.toThrow(
      'Another tab saved a newer version of this account. Reload this page to continue from it, then import the file again.',
    );
    expect(b.state.labs).toEqual({ progress: {} });
    expect(b.state.drills).toEqual(emptyProgress());
    expect(Object.keys(cloud.state.kms)).toEqual([]);
  });

  it('puts the progress back when the home directory cannot be replaced', async () => {
    const a = await learner();
    const plan = await readLearnerFile(await exportLearnerFile(now, a.s), a.t.cloud);
    if (!plan.ok) throw new Error(plan.reason);
    const cloud = createCloud();
    const b = sources(cloud, createStarterVfs(cloud.clock), { progress: {} }, emptyProgress());
    const replace = b.s.home!.replace;
    let calls = 0;
    b.s.home!.replace = (h) => {
      if (calls++ === 0) throw new Error('the terminal went away');
      replace(h);
    };
    await expect(applyLearnerImport(plan, b.s)).rejects.toThrow('the terminal went away');
    expect(b.state.labs).toEqual({ progress: {} });
    expect(b.state.drills).toEqual(emptyProgress());
    expect(Object.keys(cloud.state.kms)).toEqual([]);
  });

  it('signs a user out to the root when the imported account does not have that user', async () => {
    const a = await learner();
    const plan = await readLearnerFile(await exportLearnerFile(now, a.s), a.t.cloud);
    if (!plan.ok) throw new Error(plan.reason);
    const cloud = createCloud();
    await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'bob' } });
    setIdentity(principalForUser(cloud.state.iam, 'bob')!);
    await applyLearnerImport(plan, sources(cloud, createStarterVfs(cloud.clock), { progress: {} }, emptyProgress()).s);
    expect(useConsole.getState().identity).toEqual(rootPrincipal());
  });
});

describe('names that are JavaScript property names, through the file', () => {
  it('a file, a user and a group named __proto__ / toString / constructor round-trip', async () => {
    const a = await learner();
    for (const name of ['__proto__', 'toString', 'constructor']) {
      a.vfs.writeFile(`${HOME}/${name}`, utf8(`file ${name}\n`));
      await a.t.iam('CreateUser', { UserName: name });
      await a.t.iam('CreateGroup', { GroupName: `${name}` });
      await a.t.iam('AddUserToGroup', { GroupName: name, UserName: name });
    }
    const text = await exportLearnerFile(now, a.s);
    const cloud = createCloud();
    const vfs = createStarterVfs(cloud.clock);
    const b = sources(cloud, vfs, { progress: {} }, emptyProgress());
    const plan = await readLearnerFile(text, cloud);
    if (!plan.ok) throw new Error(plan.reason);
    await applyLearnerImport(plan, b.s);
    for (const name of ['__proto__', 'toString', 'constructor']) {
      expect(fromUtf8(vfs.readFile(`${HOME}/${name}`))).toBe(`file ${name}\n`);
      const groups = await cloud.call({ service: 'iam', operation: 'ListGroupsForUser', input: { UserName: name } });
      expect(groups.Groups.map((g: { GroupName: string }) => g.GroupName)).toEqual([name]);
    }
  });

  it.each(['toString', 'constructor', '__proto__', 'valueOf'])('refuses a user in a group %s that is not in the file', async (name) => {
    const a = await learner();
    const file = JSON.parse(await exportLearnerFile(now, a.s));
    file.account.iam.users['lab-admin'].groups = [name];
    const r = await readLearnerFile(JSON.stringify(file), a.t.cloud);
    expect(r).toMatchObject({ ok: false, part: 'account' });
    expect((r as { reason: string }).reason).toContain(`account.iam.users["lab-admin"].groups names a group "${name}" that is not in the file`);
  });
});
