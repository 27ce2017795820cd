import { describe, expect, it } from 'vitest';
import { createGroup } from './create-group';
import { putGroupPolicy } from './put-group-policy';
import { call, doc, makeCtx } from './testing';

describe('PutGroupPolicy', () => {
  it('adds an inline policy to the group', async () => {
    const ctx = makeCtx();
    await call(createGroup, ctx, { GroupName: 'g' });
    const d = doc([{ Sid: 'UseKeys', Effect: 'Allow', Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: 'arn:aws:kms:*:111122223333:key/*' }]);
    await call(putGroupPolicy, ctx, { GroupName: 'g', PolicyName: 'use', PolicyDocument: d });
    expect(ctx.iam.groups.g!.inlinePolicies).toEqual([{ name: 'use', document: d }]);
  });

  it('rejects bad documents and unknown groups; allows 5120 characters', async () => {
    const ctx = makeCtx();
    await expect(
      call(putGroupPolicy, ctx, { GroupName: 'g', PolicyName: 'p', PolicyDocument: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }),
    ).rejects.toMatchObject({ code: 'NoSuchEntity' });
    await call(createGroup, ctx, { GroupName: 'g' });
    await expect(
      call(putGroupPolicy, ctx, { GroupName: 'g', PolicyName: 'p', PolicyDocument: doc({ Effect: 'allow', Action: '*', Resource: '*' }) }),
    ).rejects.toMatchObject({
      code: 'MalformedPolicyDocument',
      message: 'Statement 1: Effect must be Allow or Deny (found "allow").',
    });
    const big = doc({ Sid: 'x'.repeat(5200), Effect: 'Allow', Action: '*', Resource: '*' });
    await expect(call(putGroupPolicy, ctx, { GroupName: 'g', PolicyName: 'p', PolicyDocument: big })).rejects.toMatchObject({
      code: 'LimitExceeded',
      message: 'Maximum policy size of 5120 bytes exceeded for group g',
    });
  });
});
