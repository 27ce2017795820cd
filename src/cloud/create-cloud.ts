/**
 * One simulated AWS account: the clock, IAM, KMS per Region and the trail, behind one entry,
 * `call()`, that every client uses (console, shell, wire protocol, tests). The pipeline is
 * written once: find the operation -> validate its input -> authorize -> run -> record -> notify.
 */
import {
  AwsError,
  DEFAULT_REGION,
  Emitter,
  SimulatedClock,
  cryptoRandom,
  type AdvanceReason,
  isAwsError,
  isRegion,
  omitUndefined,
  validate,
  type Random,
  type ServiceName,
} from '@/core';
import { evaluate } from '@/iam/evaluate';
import type { Principal } from '@/iam/model';
import type { IamContext } from '@/iam/operations/context';
import { createIamState, findAccessKey, rootPrincipal } from '@/iam/state';
import type { KmsEnv, KmsOperation } from '@/kms/context';
import { runLifecycle } from '@/kms/lifecycle';
import { emptyRegion, type KmsRegionState } from '@/kms/model/key';
import { createKmsContext, runKmsOperation } from '@/kms/pipeline';
import type { AcmOperation } from '@/acm/context';
import { emptyAcmState, type AcmState } from '@/acm/model/certificate';
import { appendEvent, type TrailEvent } from '@/trail';
import { callEvent, serviceEvent } from './record';
import { loadedOperations, loadOperations } from './services';
import { SCHEMA_VERSION, type CloudState } from './state';
import type { AnyOperation, CallRequest } from './types';

/** IAM names its validation error differently from KMS. */
const VALIDATION_CODE: Record<string, string> = {
  kms: 'ValidationException',
  acm: 'ValidationException',
  'acm-pca': 'ValidationException',
  iam: 'ValidationError',
  sts: 'ValidationError',
  elbv2: 'ValidationError',
  route53: 'InvalidInput',
  cloudfront: 'InvalidArgument',
  apigateway: 'BadRequestException',
  mailbox: 'ValidationException',
};
/** Services whose operations run on the ACM state (src/acm). */
const ACM_SERVICES = ['acm', 'acm-pca', 'route53', 'cloudfront', 'elbv2', 'apigateway', 'mailbox'];

export interface CloudOptions {
  clock?: SimulatedClock;
  random?: Random;
  /** Restore this state instead of starting a fresh account. */
  state?: CloudState;
  /** Keep raw key material (Node endpoint with a state file only; never in the browser). */
  keepRawMaterial?: boolean;
}

export type CloudChange = { kind: 'call'; event: TrailEvent } | { kind: 'lifecycle'; events: TrailEvent[] } | { kind: 'restore' };

export class Cloud {
  readonly clock: SimulatedClock;
  readonly random: Random;
  state: CloudState;
  private readonly changes = new Emitter<CloudChange>();
  private readonly keepRawMaterial: boolean;

  constructor(o: CloudOptions = {}) {
    this.random = o.random ?? cryptoRandom();
    this.clock = o.clock ?? new SimulatedClock(o.state?.clockMs);
    this.keepRawMaterial = o.keepRawMaterial ?? false;
    this.state = o.state ?? {
      schemaVersion: SCHEMA_VERSION,
      clockMs: this.clock.nowMs(),
      iam: createIamState(this.clock, this.random),
      kms: {},
      trail: [],
    };
    if (o.state) this.clock.restore(o.state.clockMs, o.state.clockOffsetMs);
    this.clock.onAdvance((from, to, reason) => this.advanceLifecycle(from, to, reason));
  }

  /** Calls an operation as `caller` (default: the account root). Returns its output or throws AwsError. */
  async call<O = any>(req: CallRequest, accessKeyId?: string): Promise<O> {
    const region = req.region ?? DEFAULT_REGION;
    const caller = req.caller ?? rootPrincipal();
    // KMS, IAM and STS are at hand; other services are loaded on their first call (services.ts).
    const ops = loadedOperations(req.service) ?? (await loadOperations(req.service).catch(() => undefined));
    const op = ops?.find((o) => o.name === req.operation);
    const resources: string[] = [];
    // A clock that follows the wall clock may have passed a rotation or deletion date since the last call.
    if (this.clock.due()) await this.clock.catchUp();
    const timeMs = this.clock.nowMs();
    let output: unknown;
    let error: unknown;
    try {
      if (!isRegion(region))
        throw new AwsError('EndpointConnectionError', `Could not connect to the endpoint URL: "https://${req.service}.${region}.amazonaws.com/"`, 0);
      if (!op) throw new AwsError('UnknownOperationException', undefined);
      const input = { ...(req.input ?? {}) };
      validate(op.input, input, VALIDATION_CODE[req.service]);
      output = omitUndefined(await this.dispatch(req.service, op, input, caller, region, resources));
      return output as O;
    } catch (e) {
      error = e;
      throw e;
    } finally {
      const event = callEvent({ req, op, caller, region, timeMs, random: this.random, output, error, resources, accessKeyId });
      appendEvent(this.state.trail, event);
      this.changes.emit({ kind: 'call', event });
    }
  }

  private async dispatch(service: string, op: any, input: Record<string, unknown>, caller: Principal, region: string, resources: string[]) {
    if (service === 'kms') {
      const ctx = createKmsContext(this.kmsEnv(), this.kmsRegion(region), region, caller);
      ctx.resources = resources;
      return runKmsOperation(op as KmsOperation, ctx, input);
    }
    if (ACM_SERVICES.includes(service)) {
      // ACM's pipeline comes with its operations, on first use (it is not on the first screen).
      const { createAcmContext, runAcmOperation } = await import('@/acm/context');
      const ctx = createAcmContext({ acm: this.acmState(), region, clock: this.clock, random: this.random, caller, iam: this.state.iam });
      try {
        return await runAcmOperation(op as AcmOperation, ctx, input);
      } finally {
        resources.push(...ctx.resources);
      }
    }
    const ctx: IamContext = { iam: this.state.iam, clock: this.clock, random: this.random, caller };
    if (service === 'iam') {
      const resource = op.resource?.(input, ctx) ?? '*';
      const decision = evaluate(this.state.iam, { principal: caller, action: op.action, resource });
      // The decision rides along (as on KMS's AccessDenied) so the console can answer "Why?".
      if (!decision.allowed) throw Object.assign(new AwsError('AccessDenied', decision.message, 403), { decision });
    }
    return op.run(ctx, input);
  }

  kmsEnv(): KmsEnv {
    return { clock: this.clock, random: this.random, iam: this.state.iam, keepRawMaterial: this.keepRawMaterial };
  }

  /** The KMS state of a Region (created empty on first use, as every Region starts empty). */
  kmsRegion(region: string): KmsRegionState {
    return (this.state.kms[region] ??= emptyRegion());
  }

  /** ACM's state (certificates, private CAs, hosted zone, certificate users), created on first use. */
  acmState(): AcmState {
    return (this.state.acm ??= emptyAcmState());
  }

  /** The caller behind an access key id (for SigV4-signed requests). */
  findAccessKey(accessKeyId: string) {
    return findAccessKey(this.state.iam, accessKeyId);
  }

  /**
   * A service's operations, read synchronously: KMS, IAM and STS always; the others once loaded
   * (by a first call, `loadOperations`, or any import of registry.ts, as the CLI and the wire do).
   */
  operations(service: ServiceName): AnyOperation[] {
    const ops = loadedOperations(service);
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
    this.state = structuredClone(state);
    this.clock.restore(state.clockMs, state.clockOffsetMs);
    this.changes.emit({ kind: 'restore' });
  }

  private async advanceLifecycle(from: number, to: number, reason: AdvanceReason): Promise<void> {
    const events: TrailEvent[] = [];
    for (const [region, regionState] of Object.entries(this.state.kms)) {
      for (const e of await runLifecycle(this.kmsEnv(), regionState, from, to)) {
        events.push(serviceEvent({ ...e, region, random: this.random }));
      }
    }
    if (this.state.acm) {
      const [{ runAcmLifecycle }, { acmTrailEvent }] = await Promise.all([import('@/acm/lifecycle'), import('@/acm/lifecycle/trail-event')]);
      for (const e of await runAcmLifecycle(this.state.acm, this.random, from, to)) events.push(acmTrailEvent(e, this.random));
    }
    this.state.clockMs = to;
    for (const e of events) appendEvent(this.state.trail, e);
    // Time that merely elapsed changes nothing to show unless something fell due.
    if (events.length || reason === 'advance') this.changes.emit({ kind: 'lifecycle', events });
  }
}

export const createCloud = (o: CloudOptions = {}) => new Cloud(o);
export { isAwsError };
