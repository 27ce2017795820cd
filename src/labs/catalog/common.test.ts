/** The labs' key policies are the engine's (src/cloud/rules.ts), not a copy that can drift. */
import { describe, expect, it } from 'vitest';
import { defaultKeyPolicy } from '@/cloud/rules';
import { consolePolicy, userArn } from './common';

describe('consolePolicy', () => {
  it("is the engine's console policy, compact for a CLI line, administrators with RotateKeyOnDemand", () => {
    const text = consolePolicy(['myKeyManager'], ['myKeyUser']);
    expect(text).not.toContain('\n');
    expect(JSON.parse(text)).toEqual(JSON.parse(defaultKeyPolicy({ administrators: [userArn('myKeyManager')], users: [userArn('myKeyUser')] })));
    expect(JSON.parse(text).Statement[1].Action).toContain('kms:RotateKeyOnDemand');
  });

  it('keeps the console form without administrators or users, and can leave deletion to the account', () => {
    expect(JSON.parse(consolePolicy([], [])).Id).toBe('key-consolepolicy-3');
    expect(JSON.parse(consolePolicy(['a'], [], { adminsMayDelete: false })).Statement[1].Action).not.toContain('kms:ScheduleKeyDeletion');
  });
});
