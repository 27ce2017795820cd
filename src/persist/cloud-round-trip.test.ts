/**
 * The whole account through IndexedDB and back, with the real engine: what a reload of the page
 * does. A ciphertext made before the save decrypts after the load, with the restored key.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud';
import { SimulatedClock } from '@/core/clock';
import { fromUtf8, utf8 } from '@/core/bytes';
import { openStore } from './store';

describe('cloud snapshot through IndexedDB', () => {
  it('restores keys that still decrypt what they encrypted before the save', async () => {
    const before = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)) });
    const { KeyMetadata } = await before.call({ service: 'kms', operation: 'CreateKey', input: { Description: 'payroll' }, region: 'eu-west-1' });
    const { CiphertextBlob } = await before.call({
      service: 'kms',
      operation: 'Encrypt',
      input: { KeyId: KeyMetadata.KeyId, Plaintext: utf8('salary.csv') },
      region: 'eu-west-1',
    });

    const tab1 = await openStore({ name: 'round-trip' });
    expect((await tab1.loadSnapshot()).ok).toBe(true);
    expect(await tab1.saveSnapshot(before.snapshot())).toEqual({ ok: true, revision: 1 });
    tab1.close();

    const tab2 = await openStore({ name: 'round-trip' });
    const loaded = await tab2.loadSnapshot();
    if (!loaded.ok || !loaded.state) throw new Error(JSON.stringify(loaded));
    const after = createCloud({ state: loaded.state });
    const described = await after.call({ service: 'kms', operation: 'DescribeKey', input: { KeyId: KeyMetadata.KeyId }, region: 'eu-west-1' });
    expect(described.KeyMetadata).toMatchObject({ KeyState: 'Enabled', Description: 'payroll', KeySpec: 'SYMMETRIC_DEFAULT' });
    const { Plaintext } = await after.call({ service: 'kms', operation: 'Decrypt', input: { CiphertextBlob }, region: 'eu-west-1' });
    expect(fromUtf8(Plaintext)).toBe('salary.csv');
    expect(after.clock.nowMs()).toBe(before.clock.nowMs());
  });

  it('names that are JavaScript property names survive a reload, and lookups find only them', async () => {
    const before = createCloud({ clock: new SimulatedClock(Date.UTC(2026, 0, 1)) });
    for (const name of ['__proto__', 'toString', 'constructor']) {
      await before.call({ service: 'iam', operation: 'CreateUser', input: { UserName: name } });
      await before.call({ service: 'iam', operation: 'CreateGroup', input: { GroupName: name } });
      await before.call({ service: 'iam', operation: 'AddUserToGroup', input: { GroupName: name, UserName: name } });
    }
    const tab1 = await openStore({ name: 'hostile-round-trip' });
    await tab1.loadSnapshot();
    expect((await tab1.saveSnapshot(before.snapshot())).ok).toBe(true);
    tab1.close();
    const tab2 = await openStore({ name: 'hostile-round-trip' });
    const loaded = await tab2.loadSnapshot();
    if (!loaded.ok || !loaded.state) throw new Error(JSON.stringify(loaded));
    const after = createCloud({ state: loaded.state });
    for (const name of ['__proto__', 'toString', 'constructor']) {
      const groups = await after.call({ service: 'iam', operation: 'ListGroupsForUser', input: { UserName: name } });
      expect(groups.Groups.map((g: { GroupName: string }) => g.GroupName)).toEqual([name]);
    }
    await expect(after.call({ service: 'iam', operation: 'GetUser', input: { UserName: 'valueOf' } })).rejects.toMatchObject({ code: 'NoSuchEntity' });
    await expect(after.call({ service: 'kms', operation: 'DisconnectCustomKeyStore', input: { CustomKeyStoreId: 'hasOwnProperty' } })).rejects.toMatchObject({
      code: 'CustomKeyStoreNotFoundException',
    });
  });
});
