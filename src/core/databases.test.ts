import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatabaseUnavailable, openDatabase } from './databases';

describe('openDatabase', () => {
  afterEach(() => vi.restoreAllMocks());

  it('creates the object stores of the database the first time', async () => {
    const db = await openDatabase('account', { name: 'databases-test-1' });
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'snapshots']);
    db.close();
  });

  it('says why when indexedDB.open itself throws (site data blocked)', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const failed = await openDatabase('drills').catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(DatabaseUnavailable);
    expect(failed).toMatchObject({ reason: 'unavailable', message: 'IndexedDB could not be opened: SecurityError: The operation is insecure.' });
  });

  it('answers newer-version for a database a newer lab upgraded', async () => {
    await new Promise<void>((resolve) => {
      const open = indexedDB.open('databases-test-2', 5);
      open.onsuccess = () => (open.result.close(), resolve());
    });
    await expect(openDatabase('labs', { name: 'databases-test-2' })).rejects.toMatchObject({ reason: 'newer-version' });
  });

  it('gives up after the timeout when the open is never answered (an upgrade blocked by another tab)', async () => {
    // A connection that never closes blocks any upgrade of its database: the open waits for ever.
    const holder = await openDatabase('account', { name: 'databases-test-3' });
    const realOpen = indexedDB.open.bind(indexedDB);
    vi.spyOn(indexedDB, 'open').mockImplementation((name) => realOpen(name, 2));
    await expect(openDatabase('account', { name: 'databases-test-3', timeoutMs: 50 })).rejects.toMatchObject({
      reason: 'timeout',
      message: expect.stringContaining('did not answer'),
    });
    holder.close();
  });
});
