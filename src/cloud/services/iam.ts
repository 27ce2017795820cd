/**
 * IAM and STS, declared once (src/cloud/service.ts). Both run on the account's identities (the
 * `iam` part, created with the account: the root user and the lab's users). IAM is global, and
 * the pipeline also reads this part to authorize every service's calls.
 */
import type { IamContext } from '@/iam/operations/context';
import { iamRegistry, stsRegistry } from '@/iam/operations/registry';
import { createIamState } from '@/iam/state';
import type { IamState } from '@/iam/model';
import { defineService, type ServiceEnv, type StatePart } from '@/cloud/service';

export const iamState: StatePart<IamState> = { key: 'iam', empty: ({ clock, random }) => createIamState(clock, random), atStart: true };

const context = (env: ServiceEnv<IamState>): IamContext => ({ iam: env.part, clock: env.clock, random: env.random, caller: env.caller });

/** IAM's and STS's query APIs page with Marker / MaxItems / IsTruncated. */
const QUERY_TOKENS = { inputToken: 'Marker', limitKey: 'MaxItems', outputToken: 'Marker', moreResults: 'IsTruncated' };

export const iamService = defineService({
  name: 'iam',
  title: 'AWS Identity and Access Management (IAM)',
  eventSource: 'iam.amazonaws.com',
  validationCode: 'ValidationError',
  accessDenied: { code: 'AccessDenied', httpStatus: 403 },
  cli: {
    tokens: QUERY_TOKENS,
    resultKeys: {
      GetGroup: ['Users', ['Group']],
      ListAccessKeys: 'AccessKeyMetadata',
      ListAttachedGroupPolicies: 'AttachedPolicies',
      ListAttachedRolePolicies: 'AttachedPolicies',
      ListAttachedUserPolicies: 'AttachedPolicies',
      ListGroupPolicies: 'PolicyNames',
      ListGroups: 'Groups',
      ListGroupsForUser: 'Groups',
      ListPolicies: 'Policies',
      ListRolePolicies: 'PolicyNames',
      ListRoles: 'Roles',
      ListUserPolicies: 'PolicyNames',
      ListUsers: 'Users',
    },
  },
  state: iamState,
  runtime: { registry: iamRegistry, context },
});

export const stsService = defineService({
  name: 'sts',
  title: 'AWS Security Token Service (STS)',
  eventSource: 'sts.amazonaws.com',
  validationCode: 'ValidationError',
  accessDenied: { code: 'AccessDenied', httpStatus: 403 },
  cli: { tokens: QUERY_TOKENS, resultKeys: {} },
  state: iamState,
  runtime: { registry: stsRegistry, context },
});
