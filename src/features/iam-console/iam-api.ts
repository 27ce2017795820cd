/**
 * How the IAM console talks to IAM: through the API as the signed-in identity, like the AWS
 * console. IAM is global, so no Region goes with the calls (and none into the CLI equivalent).
 * A console action can be several calls (create a user, add it to groups, attach policies);
 * they run in order and stop at the first failure, which names the step that failed and what
 * was already done, as the AWS console reports a partly completed wizard.
 */
import type { ApiCall } from '@/components/ui/cli-equivalent';
import { listAll } from '@/state/console-client';
import { consoleCall } from '@/state/console-store';

// IAM is global; AWS records its events in us-east-1, whatever Region the console shows.
export const iam = <O = any>(operation: string, input: Record<string, unknown> = {}): Promise<O> =>
  consoleCall<O>({ service: 'iam', operation, input, region: 'us-east-1' });

export const iamCall = (operation: string, input: Record<string, unknown> = {}): ApiCall => ({ service: 'iam', operation, input });

/** Makes one call of an action, keeping how it was authorized in the call (its "Why allowed"); throws AWS's error. */
export const iamAction = <O = any>(call: ApiCall): Promise<O> =>
  consoleCall<O>({ service: 'iam', operation: call.operation, input: call.input, region: 'us-east-1' }, (trace) => (call.trace = trace));

/** Every page of an IAM list (IsTruncated/Marker), as the console's tables show everything. */
export const listAllIam = <T>(operation: string, member: string, input: Record<string, unknown> = {}): Promise<T[]> =>
  listAll<T>((marker) => iam(operation, marker ? { ...input, Marker: marker } : input), member);

export interface Step {
  call: ApiCall;
  /** The failure's title, in the console's words: "Failed to add user myKeyUser to group myKMSGroup". */
  failure: string;
}

export class StepFailed extends Error {
  constructor(
    override readonly cause: unknown,
    readonly step: Step,
    readonly done: ApiCall[],
  ) {
    super(step.failure);
  }
}

/** Runs the calls in order; resolves with their outputs, or rejects with StepFailed. */
export async function runSteps(steps: Step[]): Promise<any[]> {
  const out: any[] = [];
  const done: ApiCall[] = [];
  for (const step of steps) {
    try {
      const { call } = step;
      out.push(
        await consoleCall({ service: call.service, operation: call.operation, input: call.input, region: 'us-east-1' }, (trace) => (call.trace = trace)),
      );
      done.push(call);
    } catch (e) {
      throw new StepFailed(e, step, done);
    }
  }
  return out;
}

export interface AttachedPolicy {
  PolicyName: string;
  PolicyArn: string;
}

export interface IamUserOut {
  UserName: string;
  UserId: string;
  Arn: string;
  Path: string;
  CreateDate: Date;
}

export interface IamGroupOut {
  GroupName: string;
  GroupId: string;
  Arn: string;
  Path: string;
  CreateDate: Date;
}
