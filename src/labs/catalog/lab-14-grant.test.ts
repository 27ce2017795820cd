/**
 * Lab 14: its replay and wrong attempts, and what the replay leaves: the grant it created names
 * appUser with the constraint app=batch, it is gone after RetireGrant (by appUser, the retiring
 * principal), and the GenerateDataKey that used it carried the grant token.
 */
import { describe, expect, it } from 'vitest';
import { events, keyByAlias } from '@/labs/inspect';
import { describeLabs, replayLab } from '@/labs/testing/replay';
import { lab14 } from './lab-14-grant';

describeLabs([lab14]);

describe('lab 14 grants', () => {
  it('creates the grant as taught, uses it with its token as appUser, and retires it as appUser', async () => {
    const { cloud } = await replayLab(lab14);
    const key = keyByAlias(cloud, 'alias/appDataKey')!;
    expect(key.grants ?? []).toEqual([]);
    const [created] = events(cloud, { name: 'CreateGrant', keyArn: key.arn, outcome: 'ok' });
    expect(created?.requestParameters).toMatchObject({
      granteePrincipal: 'arn:aws:iam::111122223333:user/appUser',
      retiringPrincipal: 'arn:aws:iam::111122223333:user/appUser',
      operations: ['GenerateDataKey', 'Decrypt'],
      constraints: { encryptionContextSubset: { app: 'batch' } },
    });
    const used = events(cloud, { name: 'GenerateDataKey', keyArn: key.arn, userName: 'appUser', outcome: 'ok' });
    expect(used).toHaveLength(1);
    expect((used[0]!.requestParameters as { grantTokens: string[] }).grantTokens).toHaveLength(1);
    expect(events(cloud, { name: 'RetireGrant', keyArn: key.arn, userName: 'appUser', outcome: 'ok' })).toHaveLength(1);
    expect(events(cloud, { name: 'GenerateDataKey', keyArn: key.arn, userName: 'appUser', outcome: 'AccessDeniedException' })).toHaveLength(2);
  });
});
