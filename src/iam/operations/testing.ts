/**
 * Test helpers for the IAM operations (used by the *.test.ts files next to them): a fresh
 * context, and `call`, which validates the input against the operation's shape first, as the
 * pipeline does, then runs it.
 */
import { SimulatedClock, seededRandom, validate, type Shape } from '@/core';
import type { Principal } from '@/iam/model';
import { createIamState, rootPrincipal } from '@/iam/state';
import type { IamContext, IamOperationDef } from './context';

export function makeCtx(caller?: Principal): IamContext {
  const clock = new SimulatedClock(Date.UTC(2026, 0, 1));
  const random = seededRandom(7);
  return { iam: createIamState(clock, random), clock, random, caller: caller ?? rootPrincipal() };
}

export async function call<I, O>(op: IamOperationDef<I, O>, ctx: IamContext, input: I): Promise<O> {
  validate(op.input, input as Record<string, unknown>, 'ValidationError');
  return op.run(ctx, input, {});
}

/** The ARN the pipeline authorizes the operation's action on (its `target` resource), as it resolves it from the input. */
export function resourceArn<I>(op: IamOperationDef<I>, input: I, ctx: IamContext): string | undefined {
  const resource = op.resources?.target?.resolve(ctx, input);
  if (resource instanceof Promise) throw new Error('IAM resources resolve synchronously');
  return resource?.arn;
}

/** AWS applies its patterns to the whole value. */
export function fullMatch(shape: Shape | undefined, value: string): boolean {
  if (!shape || shape.type !== 'string' || !shape.pattern) throw new Error('not a string shape with a pattern');
  return new RegExp(`^(?:${shape.pattern})$`, 'u').test(value);
}

export const doc = (statement: object | object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statement });
export const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
export const READONLY_ARN = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
export const KMS_POWER_ARN = 'arn:aws:iam::aws:policy/AWSKeyManagementServicePowerUser';
