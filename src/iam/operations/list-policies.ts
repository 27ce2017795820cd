/**
 * ListPolicies: managed policies. The lab has AWS managed policies only, so Scope=Local is
 * always empty; OnlyAttached keeps those attached somewhere. AttachmentCount is live.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListPolicies.html
 * PolicyUsageFilter=PermissionsBoundary is empty: boundaries are not modelled.
 */
import { struct } from '@/core';
import { MANAGED_POLICIES } from '@/iam/managed-policies';
import type { IamOperationDef } from './context';
import { policyOut } from './output';
import { pageFields, paginate } from './paginate';
import { onlyAttached, paging, pathPrefix, policyUsageFilter, scope } from './shapes';

export interface ListPoliciesInput {
  Scope?: 'All' | 'AWS' | 'Local';
  OnlyAttached?: boolean;
  PathPrefix?: string;
  PolicyUsageFilter?: 'PermissionsPolicy' | 'PermissionsBoundary';
  Marker?: string;
  MaxItems?: number;
}

export const listPolicies: IamOperationDef<ListPoliciesInput, { Policies: ReturnType<typeof policyOut>[]; IsTruncated: boolean; Marker?: string }> = {
  name: 'ListPolicies',
  action: 'iam:ListPolicies',
  readOnly: true,
  summary: 'List managed policies (the AWS managed ones the lab offers).',
  input: struct({ Scope: scope, OnlyAttached: onlyAttached, PathPrefix: pathPrefix, PolicyUsageFilter: policyUsageFilter, ...paging }),
  async run(ctx, input) {
    const scopeOk = (input.Scope ?? 'All') !== 'Local' && input.PolicyUsageFilter !== 'PermissionsBoundary';
    const policies = (scopeOk ? MANAGED_POLICIES : [])
      .filter((p) => input.PathPrefix === undefined || p.path.startsWith(input.PathPrefix))
      .map((p) => policyOut(ctx.iam, p))
      .filter((p) => !input.OnlyAttached || p.AttachmentCount > 0);
    const page = paginate(policies, (p) => p.PolicyName, input);
    return { Policies: page.page, ...pageFields(page) };
  },
};
