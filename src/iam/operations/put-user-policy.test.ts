import { describe, expect, it } from 'vitest';
import { putUserPolicy } from './put-user-policy';
import { call, doc, makeCtx, resourceArn } from './testing';

const allowKms = doc({ Effect: 'Allow', Action: 'kms:*', Resource: '*' });

describe('PutUserPolicy', () => {
  it('adds, then replaces, an inline policy', async () => {
    const ctx = makeCtx();
    await call(putUserPolicy, ctx, { UserName: 'lab-admin', PolicyName: 'kms', PolicyDocument: allowKms });
    const other = doc({ Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' });
    await call(putUserPolicy, ctx, { UserName: 'LAB-ADMIN', PolicyName: 'kms', PolicyDocument: other });
    expect(ctx.iam.users['lab-admin']!.inlinePolicies).toEqual([{ name: 'kms', document: other }]);
    expect(resourceArn(putUserPolicy, { UserName: 'lab-admin', PolicyName: 'kms', PolicyDocument: other }, ctx)).toBe(
      'arn:aws:iam::111122223333:user/lab-admin',
    );
  });

  it('rejects a malformed document with the problem', async () => {
    const ctx = makeCtx();
    await expect(call(putUserPolicy, ctx, { UserName: 'lab-admin', PolicyName: 'p', PolicyDocument: '{"Statement": [' })).rejects.toMatchObject({
      code: 'MalformedPolicyDocument',
      message: expect.stringMatching(/^JSON syntax error at line 1, column 16/),
    });
    await expect(
      call(putUserPolicy, ctx, { UserName: 'lab-admin', PolicyName: 'p', PolicyDocument: doc({ Effect: 'Allow', Resource: '*' }) }),
    ).rejects.toMatchObject({
      code: 'MalformedPolicyDocument',
      message: 'Statement 1: Policy statement must contain actions.',
    });
    const withPrincipal = doc({ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' });
    await expect(call(putUserPolicy, ctx, { UserName: 'lab-admin', PolicyName: 'p', PolicyDocument: withPrincipal })).rejects.toMatchObject({
      message: 'Statement 1: Policy document should not specify a principal.',
    });
    expect(ctx.iam.users['lab-admin']!.inlinePolicies).toEqual([]);
  });

  it('limits the inline policies of a user to 2048 characters without whitespace', async () => {
    const ctx = makeCtx();
    const big = (n: number) => doc({ Sid: 'x'.repeat(n), Effect: 'Allow', Action: 'kms:*', Resource: '*' });
    const base = big(0).length;
    await call(putUserPolicy, ctx, { UserName: 'lab-admin', PolicyName: 'a', PolicyDocument: big(2048 - base) });
    await expect(call(putUserPolicy, ctx, { UserName: 'lab-admin', PolicyName: 'b', PolicyDocument: allowKms })).rejects.toMatchObject({
      code: 'LimitExceeded',
      message: 'Maximum policy size of 2048 bytes exceeded for user lab-admin',
    });
    const spaced = JSON.stringify(JSON.parse(big(2048 - base)), null, 4);
    await call(putUserPolicy, ctx, { UserName: 'lab-admin', PolicyName: 'a', PolicyDocument: spaced });
  });

  it('validates names and the document size', async () => {
    const ctx = makeCtx();
    await expect(call(putUserPolicy, ctx, { UserName: 'ghost', PolicyName: 'p', PolicyDocument: allowKms })).rejects.toMatchObject({ code: 'NoSuchEntity' });
    await expect(call(putUserPolicy, ctx, { UserName: 'lab-admin', PolicyName: '', PolicyDocument: allowKms })).rejects.toMatchObject({
      message: expect.stringContaining("at 'policyName'"),
    });
    await expect(call(putUserPolicy, ctx, { UserName: 'lab-admin', PolicyName: 'p', PolicyDocument: 'x'.repeat(131073) })).rejects.toMatchObject({
      message: expect.stringContaining("at 'policyDocument' failed to satisfy constraint: Member must have length less than or equal to 131072"),
    });
  });
});
