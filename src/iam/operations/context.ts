/**
 * What an IAM or STS operation runs with, and the definition type of IAM operations: the core
 * OperationDef plus the IAM resource the action applies to, which the pipeline authorizes
 * (`op.resource?.(input, ctx) ?? '*'`), as in the Service Authorization Reference:
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

export interface IamOperationDef<I = any, O = any> extends OperationDef<IamContext, I, O> {
  /** The ARN the action is authorized against; '*' when absent. Called after validation. */
  resource?: (input: I, ctx: IamContext) => string;
  /** True for sts:GetCallerIdentity, which AWS answers whatever the policies say. */
  skipAuthorization?: boolean;
}
