/**
 * What an IAM or STS operation runs with, and the definition type of IAM operations: the core
 * OperationDef, whose `resources` name the IAM resource the action applies to (a user, a group, a
 * role, a policy), authorized by the pipeline, as in the Service Authorization Reference:
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html
 */
import type { OperationDef, Random, SimulatedClock } from '@/core';
import type { IamState, Principal } from '@/iam/model';

export interface IamContext {
  iam: IamState;
  clock: SimulatedClock;
  random: Random;
  caller: Principal;
}

export type IamOperationDef<I = any, O = any, R = any> = OperationDef<IamContext, I, O, R>;
