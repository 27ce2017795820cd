/**
 * Lab 13: its replay and wrong attempts, and the MAC the solution left in token.mac: 32 bytes,
 * HMAC-SHA-256 of the token the lab started with (KMS's VerifyMac accepts it; the forged token's
 * check failed in the replay's last step).
 */
import { describe, expect, it } from 'vitest';
import { utf8 } from '@/core';
import { describeLabs, replayLab } from '@/labs/testing/replay';
import { keyByAlias } from '@/labs/inspect';
import { lab13 } from './lab-13-hmac-tokens';

describeLabs([lab13]);

describe('lab 13 tokens', () => {
  it('leaves a 32-byte MAC that KMS accepts for the original token and refuses for the forged one', async () => {
    const { cloud, readFile } = await replayLab(lab13);
    const mac = readFile('token.mac')!;
    expect(mac).toHaveLength(32);
    const key = keyByAlias(cloud, 'alias/myTokenKey')!;
    const verify = (message: Uint8Array) =>
      cloud.call({ service: 'kms', operation: 'VerifyMac', input: { KeyId: key.keyId, Message: message, MacAlgorithm: 'HMAC_SHA_256', Mac: mac } });
    await expect(verify(utf8(lab13.files!['token.txt']!))).resolves.toMatchObject({ MacValid: true });
    await expect(verify(readFile('token.txt')!)).rejects.toMatchObject({ code: 'KMSInvalidMacException' });
  });
});
