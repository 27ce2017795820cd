import { describe, expect, it } from 'vitest';
import { createGroup } from './create-group';
import { listGroupPolicies } from './list-group-policies';
import { putGroupPolicy } from './put-group-policy';
import { call, doc, makeCtx } from './testing';

describe('ListGroupPolicies', () => {
  it("lists the group's inline policy names", async () => {
    const ctx = makeCtx();
    await call(createGroup, ctx, { GroupName: 'g' });
    await call(putGroupPolicy, ctx, { GroupName: 'g', PolicyName: 'only', PolicyDocument: doc({ Effect: 'Allow', Action: 'kms:List*', Resource: '*' }) });
    expect(await call(listGroupPolicies, ctx, { GroupName: 'g' })).toEqual({ PolicyNames: ['only'], IsTruncated: false });
    await expect(call(listGroupPolicies, ctx, { GroupName: 'nope' })).rejects.toMatchObject({
      code: 'NoSuchEntity',
      message: 'The group with name nope cannot be found.',
    });
  });
});
