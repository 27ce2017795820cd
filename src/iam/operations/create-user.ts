/**
 * CreateUser: a new IAM user with no permissions, no groups and no access keys.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html
 * Simplified: no Tags, no PermissionsBoundary.
 */
import { struct, userArn, arnResource } from '@/core';
import { findUser } from '@/iam/find';
import { newUserId } from '@/iam/ids';
import type { IamContext, IamOperationDef } from './context';
import { entityAlreadyExists } from './common';
import { userOut } from './output';
import { path, userName } from './shapes';

export interface CreateUserInput {
  UserName: string;
  Path?: string;
}

export const createUser: IamOperationDef<CreateUserInput, { User: ReturnType<typeof userOut> }> = {
  name: 'CreateUser',
  action: 'iam:CreateUser',
  summary: 'Create an IAM user (no permissions until you attach a policy or add it to a group).',
  input: struct({ UserName: userName, Path: path }, ['UserName']),
  resources: { target: arnResource((input) => userArn(input.UserName, input.Path ?? '/')) },
  async run(ctx: IamContext, input) {
    if (findUser(ctx.iam, input.UserName)) throw entityAlreadyExists(`User with name ${input.UserName} already exists.`);
    const p = input.Path ?? '/';
    const user = {
      userName: input.UserName,
      userId: newUserId(ctx.random),
      arn: userArn(input.UserName, p),
      path: p,
      createDate: ctx.clock.nowMs(),
      groups: [],
      attachedPolicies: [],
      inlinePolicies: [],
      accessKeys: [],
    };
    ctx.iam.users[user.userName] = user;
    return { User: userOut(user) };
  },
};
