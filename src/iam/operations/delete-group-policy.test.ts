import { describe, expect, it } from 'vitest';
import { createGroup } from './create-group';
import { deleteGroupPolicy } from './delete-group-policy';
import { putGroupPolicy } from './put-group-policy';
import { call, doc, makeCtx } from './testing';

describe('DeleteGroupPolicy', () => {
  it('deletes the inline policy, then cannot find it', async () => {
    const ctx = makeCtx();
    await call(createGroup, ctx, { GroupName: 'g' });
    await call(putGroupPolicy, ctx, { GroupName: 'g', PolicyName: 'p', PolicyDocument: doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' }) });
    await call(deleteGroupPolicy, ctx, { GroupName: 'g', PolicyName: 'p' });
    await expect(call(deleteGroupPolicy, ctx, { GroupName: 'g', PolicyName: 'p' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The group policy with name p cannot be found.',
    });
    await expect(call(deleteGroupPolicy, ctx, { GroupName: 'h', PolicyName: 'p' })).rejects.toMatchObject({
      message: 'The group with name h cannot be found.',
    });
  });
});
