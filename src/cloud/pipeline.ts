/**
 * The pipeline every call goes through once its operation is found and its input validated
 * (create-cloud.ts does those two and the trail), the same for every service:
 *   check     the operation's rules on the input beyond its shape;
 *   resolve   each declared resource, in order (a key from an alias or a ciphertext ...);
 *   authorize each resource's action (or the operation's action on `*` when there is none),
 *             then check that resource's state (the key-state table);
 *   run       with the resolved resources.
 * Authorization of a resource always comes before its state check, so a caller without access
 * learns nothing about the resource's state.
 * Grants are an allow source of the authorization step (src/kms/model/grants.ts).
 * Simplified: AWS's order of these checks varies by operation; the lab keeps this one order.
 */
import { operationOfRow, type ConditionContext, type Resource, type ResourceStep } from '@/core';
import type { IamState, Principal } from '@/iam/model';
import { authorize, type AuthorizationTrace } from './authorize';
import type { ServiceDescriptor } from './service';
import type { AnyOperation } from './types';

export interface PipelineCall {
  service: ServiceDescriptor;
  op: AnyOperation;
  input: Record<string, unknown>;
  ctx: unknown;
  caller: Principal;
  region: string;
  /** The service principal that made this call on the caller's behalf (`s3.amazonaws.com`). */
  invokedBy?: string;
  iam: IamState;
  trace: AuthorizationTrace;
}

type Found = [ResourceStep<unknown, unknown, unknown>, Resource];

/** Condition keys of one authorization: the service's own, and those of a call made by another service. */
async function conditionsOf(c: PipelineCall, action: string, resolved: Record<string, unknown>, resource?: Resource): Promise<ConditionContext> {
  const own = await c.service.conditions?.({
    region: c.region,
    invokedBy: c.invokedBy,
    caller: c.caller,
    action,
    input: c.input,
    ctx: c.ctx,
    resource,
    resolved,
  });
  if (!c.invokedBy) return own ?? {};
  return { 'aws:ViaAWSService': true, 'aws:CalledVia': [c.invokedBy], ...own };
}

export async function runPipeline(c: PipelineCall): Promise<unknown> {
  const { input, ctx } = c;
  // A lazy row's operation loads here, on its first call (core/operation.ts); a row that is the
  // operation itself is not awaited (every await is a turn of the event loop's microtasks).
  const op = 'load' in c.op ? await operationOfRow(c.op) : c.op;
  op.check?.(input);
  const resolved: Record<string, unknown> = {};
  const found: Found[] = [];
  if (op.resources) {
    for (const [name, step] of Object.entries(op.resources as Record<string, ResourceStep<unknown, unknown, unknown>>)) {
      const resource = await step.resolve(ctx, input);
      if (!resource) continue;
      resolved[name] = resource.value;
      found.push([step, resource]);
    }
  }
  if (op.authorization === 'none') {
    c.trace.skipped = true;
  } else {
    const check = { iam: c.iam, caller: c.caller, service: c.service, trace: c.trace };
    if (found.length === 0) authorize({ ...check, action: op.action, context: await conditionsOf(c, op.action, resolved) });
    for (const [step, resource] of found) {
      const action = step.action ?? op.action;
      const context = { ...(await conditionsOf(c, action, resolved, resource)), ...resource.conditions?.(), ...step.conditions?.(input) };
      authorize({ ...check, action, resource, changes: step.changes, context });
      step.state?.(resource.value);
    }
  }
  return op.run(ctx, input, resolved);
}
