/**
 * Lab 17: its replay and wrong attempts, and what the replay leaves: the alias names a second
 * key, before.bin decrypts under the first key and after.bin under the second.
 */
import { describe, expect, it } from 'vitest';
import { keyByAlias } from '@/labs/inspect';
import { describeLabs, replayLab } from '@/labs/testing/replay';
import { lab17 } from './lab-17-manual-rotation';

describeLabs([lab17]);

describe('lab 17 ciphertexts', () => {
  it('leaves before.bin under the first key and after.bin under the key the alias now names', async () => {
    const { cloud, readFile } = await replayLab(lab17);
    const current = keyByAlias(cloud, 'alias/myAppKey')!;
    const keyOf = async (file: string) =>
      (await cloud.call<{ KeyId: string }>({ service: 'kms', operation: 'Decrypt', input: { CiphertextBlob: readFile(file)! } })).KeyId;
    expect(await keyOf('after.bin')).toBe(current.arn);
    const first = await keyOf('before.bin');
    expect(first).not.toBe(current.arn);
    expect(Object.values(cloud.state.kms['us-east-1']!.keys).find((k) => k.arn === first)?.keyState).toBe('Enabled');
  });
});
