import { describe, expect, it } from 'vitest';
import { createGroup } from './create-group';
import { getGroupPolicy } from './get-group-policy';
import { putGroupPolicy } from './put-group-policy';
import { call, doc, makeCtx } from './testing';

describe('GetGroupPolicy', () => {
  it('returns the document, or NoSuchEntity', async () => {
    const ctx = makeCtx();
    await call(createGroup, ctx, { GroupName: 'g' });
    const d = doc({ Effect: 'Allow', Action: 'kms:Describe*', Resource: '*' });
    await call(putGroupPolicy, ctx, { GroupName: 'g', PolicyName: 'read', PolicyDocument: d });
    expect(await call(getGroupPolicy, ctx, { GroupName: 'g', PolicyName: 'read' })).toEqual({ GroupName: 'g', PolicyName: 'read', PolicyDocument: d });
    await expect(call(getGroupPolicy, ctx, { GroupName: 'g', PolicyName: 'write' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The group policy with name write cannot be found.',
    });
  });
});
