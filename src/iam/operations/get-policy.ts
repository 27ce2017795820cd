/**
 * GetPolicy: a managed policy's metadata (not its document: that is GetPolicyVersion in AWS).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetPolicy.html
 */
import { struct, arnResource } from '@/core';
import { findManagedPolicy } from '@/iam/managed-policies';
import type { IamOperationDef } from './context';
import { checkArn, noSuchEntity } from './common';
import { policyOut } from './output';
import { policyArn } from './shapes';

export const getPolicy: IamOperationDef<{ PolicyArn: string }, { Policy: ReturnType<typeof policyOut> }> = {
  name: 'GetPolicy',
  action: 'iam:GetPolicy',
  readOnly: true,
  summary: 'Show a managed policy: id, default version, attachment count.',
  input: struct({ PolicyArn: policyArn }, ['PolicyArn']),
  resources: { target: arnResource((input) => input.PolicyArn) },
  async run(ctx, input) {
    checkArn(input.PolicyArn);
    const p = findManagedPolicy(input.PolicyArn);
    if (!p) throw noSuchEntity(`Policy ${input.PolicyArn} was not found.`);
    return { Policy: policyOut(ctx.iam, p, true) };
  },
};
