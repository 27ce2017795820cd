/**
 * CreateGroup: a group collects users so that policies attached to it apply to all of them.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateGroup.html
 */
import { groupArn, struct, arnResource } from '@/core';
import { findGroup } from '@/iam/find';
import { newGroupId } from '@/iam/ids';
import type { IamOperationDef } from './context';
import { entityAlreadyExists } from './common';
import { groupOut } from './output';
import { groupName, path } from './shapes';

export interface CreateGroupInput {
  GroupName: string;
  Path?: string;
}

export const createGroup: IamOperationDef<CreateGroupInput, { Group: ReturnType<typeof groupOut> }> = {
  name: 'CreateGroup',
  action: 'iam:CreateGroup',
  summary: 'Create an IAM group.',
  input: struct({ GroupName: groupName, Path: path }, ['GroupName']),
  resources: { target: arnResource((input) => groupArn(input.GroupName, input.Path ?? '/')) },
  async run(ctx, input) {
    if (findGroup(ctx.iam, input.GroupName)) throw entityAlreadyExists(`Group with name ${input.GroupName} already exists.`);
    const p = input.Path ?? '/';
    const group = {
      groupName: input.GroupName,
      groupId: newGroupId(ctx.random),
      arn: groupArn(input.GroupName, p),
      path: p,
      createDate: ctx.clock.nowMs(),
      attachedPolicies: [],
      inlinePolicies: [],
    };
    ctx.iam.groups[group.groupName] = group;
    return { Group: groupOut(group) };
  },
};
