/**
 * One simulated account: the clock, the state of its services and the trail, behind one entry,
 * `call()`, that every client uses (console, shell, wire protocol, tests). The cloud runs any
 * service declared by a descriptor (service.ts) without knowing its name: find the service and
 * the operation -> validate the input -> check, resolve, authorize, check state, run
 * (pipeline.ts) -> record in the trail -> notify (docs/architecture.md).
 */
import {
  AwsError,
  DEFAULT_REGION,
  Emitter,
  SimulatedClock,
  cryptoRandom,
  isAwsError,
  isRegion,
  normalizeInput,
  omitUndefined,
  validate,
  type AdvanceReason,
  type Random,
} from '@/core';
import { findAccessKey, principalForRole, principalForUser, principalIamArn, rootPrincipal } from '@/iam/state';
import { DELETE_ACTIONS, userActionsFor } from '@/kms/model/default-policy';
import { loadGrantRules } from '@/kms/model/grant-check';
import { KEY_POLICY_LABEL, keyResource } from '@/kms/model/key-resource';
import { appendEvent, type TrailEvent } from '@/trail';
import { decide, type AuthorizationTrace } from './authorize';
import { runPipeline } from './pipeline';
import { callEvent } from './record';
import type { ServiceDescriptor, ServiceEnv, StatePart } from './service';
import { defaultServices, loadedRuntime, loadRuntime, operationOf, ServiceTable } from './services';
import { SCHEMA_VERSION, type CloudState } from './state';
import { rebuildDicts, repairKnownDamage } from './state-dicts';
import type { LooseCallRequest, OperationName, OutputOf, ServiceName, TypedCallRequest } from './typed';
import type { AnyOperation, CallRequest } from './types';

export interface CloudOptions {
  clock?: SimulatedClock;
  random?: Random;
  /** Restore this state instead of starting a fresh account. */
  state?: CloudState;
  /** Keep raw key material (Node endpoint with a state file only; never in the browser). */
  keepRawMaterial?: boolean;
  /** The services the account offers; default: every service of src/cloud/services. */
  services?: readonly ServiceDescriptor<string, any>[];
}

/** What a call did: its answer or its error, its trail record, and how it was authorized. */
export type CallResult<O = any> =
  { ok: true; output: O; event: TrailEvent; trace: AuthorizationTrace } | { ok: false; error: unknown; event: TrailEvent; trace: AuthorizationTrace };

export type CloudChange = { kind: 'call'; event: TrailEvent; trace: AuthorizationTrace } | { kind: 'lifecycle'; events: TrailEvent[] } | { kind: 'restore' };

export class Cloud {
  readonly clock: SimulatedClock;
  readonly random: Random;
  readonly services: ServiceTable;
  state: CloudState;
  private readonly changes = new Emitter<CloudChange>();
  private readonly keepRawMaterial: boolean;
  /**
   * The one authorization step and the account's principals, for the lab's explanations (who-can.ts,
   * loaded on first use): reached through the account rather than imported again, so that these
   * modules stay in the chunk that every call already loads.
   */
  readonly access = {
    decide,
    principalForUser,
    principalForRole,
    principalIamArn,
    rootPrincipal,
    userActionsFor,
    deleteActions: DELETE_ACTIONS,
    keyPolicyLabel: KEY_POLICY_LABEL,
    keyResource,
    loadGrantRules,
  };
  /** The authorization of each recorded call, beside the trail (never in the trail's JSON or a snapshot). */
  private readonly traces = new WeakMap<TrailEvent, AuthorizationTrace>();

  constructor(o: CloudOptions = {}) {
    this.random = o.random ?? cryptoRandom();
    this.clock = o.clock ?? new SimulatedClock(o.state?.clockMs);
    this.keepRawMaterial = o.keepRawMaterial ?? false;
    this.services = o.services ? new ServiceTable(o.services) : defaultServices;
    if (o.state) {
      this.state = repairKnownDamage(rebuildDicts(o.state));
      this.clock.restore(o.state.clockMs, o.state.clockOffsetMs);
    } else {
      this.state = { schemaVersion: SCHEMA_VERSION, clockMs: this.clock.nowMs(), trail: [] } as unknown as CloudState;
      for (const part of this.parts()) if (part.atStart) this.part(part);
    }
    this.clock.onAdvance((from, to, reason) => this.advanceLifecycle(from, to, reason));
  }

  /** Calls an operation as `caller` (default: the account root). Returns its output or throws AwsError. */
  call<S extends ServiceName, N extends OperationName<S>>(req: TypedCallRequest<S, N>, accessKeyId?: string): Promise<OutputOf<S, N>>;
  call<O = any, S extends string = string, N extends string = string>(req: LooseCallRequest<S, N>, accessKeyId?: string): Promise<O>;
  async call<O = any>(req: CallRequest, accessKeyId?: string): Promise<O> {
    const result = await this.invoke<O>(req, accessKeyId);
    if (!result.ok) throw result.error;
    return result.output;
  }

  /** Calls an operation and tells everything about it: output or error, trail record, authorization trace. */
  invoke<S extends ServiceName, N extends OperationName<S>>(req: TypedCallRequest<S, N>, accessKeyId?: string): Promise<CallResult<OutputOf<S, N>>>;
  invoke<O = any, S extends string = string, N extends string = string>(req: LooseCallRequest<S, N>, accessKeyId?: string): Promise<CallResult<O>>;
  async invoke<O = any>(req: CallRequest, accessKeyId?: string): Promise<CallResult<O>> {
    const region = req.region ?? DEFAULT_REGION;
    const caller = req.caller ?? rootPrincipal();
    const service = this.services.get(req.service);
    // KMS, IAM and STS are at hand; other services are loaded on their first call (services/index.ts).
    const runtime = service && (loadedRuntime(service) ?? (await loadRuntime(service).catch(() => undefined)));
    const op = runtime && operationOf(runtime, req.operation);
    const resources: string[] = [];
    const trace: AuthorizationTrace = { checks: [] };
    // A clock that follows the wall clock may have passed a rotation or deletion date since the last call.
    if (this.clock.due()) await this.clock.catchUp();
    const timeMs = this.clock.nowMs();
    let output: unknown;
    let error: unknown;
    let input: Record<string, unknown> | undefined;
    try {
      if (!isRegion(region))
        throw new AwsError('EndpointConnectionError', `Could not connect to the endpoint URL: "https://${req.service}.${region}.amazonaws.com/"`, 0);
      if (!service || !runtime || !op) throw new AwsError('UnknownOperationException', undefined);
      input = normalizeInput(op.input, req.input ?? {});
      validate(op.input, input, service.validationCode);
      const env: ServiceEnv = {
        part: this.part(service.state),
        region,
        caller,
        clock: this.clock,
        random: this.random,
        iam: this.state.iam,
        keepRawMaterial: this.keepRawMaterial,
        trail: this.state.trail,
        resources,
        callOnBehalf: (r) => this.call({ ...r, caller, region, source: req.source, invokedBy: service.eventSource }),
      };
      const ctx = runtime.context(env);
      output = omitUndefined(await runPipeline({ service, op, input, ctx, caller, region, invokedBy: req.invokedBy, iam: this.state.iam, trace }));
    } catch (e) {
      error = e;
    }
    const event = callEvent({
      req,
      input,
      service,
      op,
      caller,
      region,
      timeMs,
      random: this.random,
      output,
      error,
      resources,
      accessKeyId,
      resourceType: (arn) => this.services.trailResourceType(arn),
    });
    appendEvent(this.state.trail, event);
    this.traces.set(event, trace);
    this.changes.emit({ kind: 'call', event, trace });
    return error === undefined ? { ok: true, output: output as O, event, trace } : { ok: false, error, event, trace };
  }

  /** How a recorded call was authorized (calls of this session; not kept across a reload). */
  traceOf(event: TrailEvent): AuthorizationTrace | undefined {
    return this.traces.get(event);
  }

  /** The caller behind an access key id (for SigV4-signed requests). */
  findAccessKey(accessKeyId: string) {
    return findAccessKey(this.state.iam, accessKeyId);
  }

  /**
   * A service's operations, read synchronously: KMS, IAM and STS always; the others once loaded
   * (by a first call, `loadOperations`, or any import of registry.ts, as the CLI and the wire do).
   */
  operations(service: string): readonly AnyOperation[] {
    const ops = this.services.loadedOperations(service);
    if (!ops) throw new Error(`The ${service} operations are not loaded yet: await loadOperations('${service}') first.`);
    return ops;
  }

  subscribe(listener: (change: CloudChange) => void): () => void {
    return this.changes.subscribe(listener);
  }

  /** A structured-cloneable copy of the account (CryptoKeys included, still non-extractable). */
  snapshot(): CloudState {
    this.state.clockMs = this.clock.nowMs();
    const offset = this.clock.offsetMs();
    if (offset === undefined) delete this.state.clockOffsetMs;
    else this.state.clockOffsetMs = offset;
    return structuredClone(this.state);
  }

  /** Replaces the whole account with a snapshot (already migrated to SCHEMA_VERSION). */
  restore(state: CloudState): void {
    if (state.schemaVersion !== SCHEMA_VERSION) throw new Error(`Cannot restore schema version ${state.schemaVersion}`);
    this.state = repairKnownDamage(rebuildDicts(structuredClone(state)));
    this.clock.restore(state.clockMs, state.clockOffsetMs);
    this.changes.emit({ kind: 'restore' });
  }

  /** Each part of the state once, in the order of the services that keep it. */
  private parts(): StatePart[] {
    return [...new Set(this.services.list.map((d) => d.state))];
  }

  /** A part of the state, created empty on first use. */
  private part<S>(p: StatePart<S>): S {
    const state = this.state as unknown as Record<string, unknown>;
    return (state[p.key] ??= p.empty({ clock: this.clock, random: this.random })) as S;
  }

  private async advanceLifecycle(from: number, to: number, reason: AdvanceReason): Promise<void> {
    const events: TrailEvent[] = [];
    for (const p of this.parts()) {
      const part = (this.state as unknown as Record<string, unknown>)[p.key];
      if (!p.lifecycle || part === undefined) continue;
      const world = { clock: this.clock, random: this.random, iam: this.state.iam, keepRawMaterial: this.keepRawMaterial };
      events.push(...(await p.lifecycle({ ...world, part, from, to })));
    }
    this.state.clockMs = to;
    for (const e of events) appendEvent(this.state.trail, e);
    // Time that merely elapsed changes nothing to show unless something fell due.
    if (events.length || reason === 'advance') this.changes.emit({ kind: 'lifecycle', events });
  }
}

export const createCloud = (o: CloudOptions = {}) => new Cloud(o);
export { isAwsError };
