/**
 * Lab 15: its replay and wrong attempts, and what the replay leaves: the key lives in the store
 * (origin AWS_CLOUDHSM), was Unavailable while the store was disconnected (the refused Decrypt
 * is KMSInvalidStateException), and is Enabled again with the store connected.
 */
import { describe, expect, it } from 'vitest';
import { events, keyByAlias } from '@/labs/inspect';
import { describeLabs, replayLab } from '@/labs/testing/replay';
import { lab15 } from './lab-15-key-store';

describeLabs([lab15]);

describe('lab 15 key store', () => {
  it('ends with the key Enabled in a connected store, after one refused and one successful Decrypt', async () => {
    const { cloud } = await replayLab(lab15);
    const key = keyByAlias(cloud, 'alias/myHsmKey')!;
    expect(key).toMatchObject({ origin: 'AWS_CLOUDHSM', keyState: 'Enabled' });
    const store = Object.values(cloud.state.kms['us-east-1']!.customKeyStores)[0]!;
    expect(store).toMatchObject({ customKeyStoreName: 'myKeyStore', connectionState: 'CONNECTED', customKeyStoreId: key.customKeyStoreId });
    expect(events(cloud, { name: 'Decrypt', keyArn: key.arn }).map((e) => e.errorCode ?? 'ok')).toEqual(['KMSInvalidStateException', 'ok']);
  });
});
