/**
 * A service, declared once (docs/adding-a-service.md): its names, its errors, how it is reached
 * (wire protocol, CLI), the part of the account's state it keeps, what it does as time passes,
 * and its operations with the context they run with. The cloud runs any descriptor the same way
 * (pipeline.ts); nothing else in the engine lists services.
 */
import type { ConditionContext, Random, Resource, SimulatedClock } from '@/core';
import type { IamState, Principal } from '@/iam/model';
import type { TrailEvent } from '@/trail';
import type { AnyOperation, CallRequest } from './types';

/** What a call gives the service's context builder. */
export interface ServiceEnv<S = any> {
  /** The service's part of the account's state, created empty on first use. */
  part: S;
  region: string;
  caller: Principal;
  clock: SimulatedClock;
  random: Random;
  /** The account's identities, for services that evaluate policies themselves (KMS's lockout check). */
  iam: IamState;
  /** Keep raw key material in the state (the Node endpoint's state file only; never in the browser). */
  keepRawMaterial: boolean;
  /** The account's event history (GetKeyLastUsage reads a key's last use from it). */
  trail: readonly TrailEvent[];
  /** ARNs the call touched, for the trail's `resources`; the service adds to it. */
  resources: string[];
  /** Calls another service as the same caller, on its behalf: recorded with invokedBy = this service. */
  callOnBehalf<O = any>(req: Pick<CallRequest, 'service' | 'operation' | 'input'>): Promise<O>;
}

/** One authorization of a call, as a service's condition keys are computed for it. */
export interface ConditionCall {
  region: string;
  /** The service principal that made the call on the caller's behalf (`s3.amazonaws.com`). */
  invokedBy?: string;
  caller: Principal;
  /** The action authorized (`kms:ReEncryptFrom`), on `resource` or on `*`. */
  action: string;
  input: Record<string, unknown>;
  /** The context the operation runs with (the service's runtime context). */
  ctx: unknown;
  resource?: Resource;
  /** Every resource the call resolved, by name. */
  resolved: Record<string, unknown>;
}

/** The world a service's lifecycle runs in as simulated time passes from `from` to `to`. */
export interface LifecycleEnv<S> {
  part: S;
  from: number;
  to: number;
  clock: SimulatedClock;
  random: Random;
  iam: IamState;
  keepRawMaterial: boolean;
}

/** A part of the account's state (`CloudState[key]`); services that share data share the part (ACM and its users). */
export interface StatePart<S = any> {
  key: string;
  empty(world: { clock: SimulatedClock; random: Random }): S;
  /** Created with the account (IAM's root and lab users); otherwise on the first call that needs it. */
  atStart?: boolean;
  /** What the service does on its own as time passes (rotations, deletions, renewals), as CloudTrail service events. */
  lifecycle?(env: LifecycleEnv<S>): Promise<TrailEvent[]>;
}

/** The operations by name, as a service's registry.ts lists them. */
export type Registry = Record<string, AnyOperation>;

/** The operations (by name) and the context they run with. */
export interface ServiceRuntime<Reg extends Registry = Registry> {
  registry: Reg;
  context(env: ServiceEnv): unknown;
}

/** botocore's paginator of a List operation: the token names (per service) and the result key (per operation). */
export interface PaginatorTokens {
  inputToken: string;
  limitKey: string;
  outputToken: string;
  moreResults: string;
}

export interface ServiceDescriptor<N extends string = string, Reg extends Registry = Registry> {
  /** As callers spell it: `cloud.call({ service: 'kms' })`, `aws kms`. */
  name: N;
  /** Its full name: `AWS Key Management Service (KMS)`. */
  title: string;
  /** CloudTrail's eventSource: `kms.amazonaws.com` (also the service principal that invokes other services). */
  eventSource: string;
  /** The error code of input that fails its shape: `ValidationException`, IAM's `ValidationError` ... */
  validationCode: string;
  /** How the service says AccessDenied: KMS `AccessDeniedException` (400), IAM `AccessDenied` (403). */
  accessDenied: { code: string; httpStatus?: number };
  /** Served by the AWS JSON 1.1 protocol with `X-Amz-Target: <targetPrefix>.<Operation>`, signed for `signingName`. */
  wire?: { targetPrefix: string; signingName: string; /** Other prefixes clients send (the JS SDK's smithy shape name). */ targetAliases?: readonly string[] };
  /** Offered by `aws <name>` in CloudShell, with botocore's paginators. */
  cli?: { tokens: PaginatorTokens; resultKeys: Record<string, string | [string, string[]]> };
  /** CloudTrail's resource type by the ARN's `<service>:<resource type>`: `{ 'kms:key': 'AWS::KMS::Key' }`. */
  trailResourceTypes?: Record<string, string>;
  /** The condition keys of one authorization of a call (KMS: its table, src/kms/model/condition-keys.ts). */
  conditions?(call: ConditionCall): ConditionContext | Promise<ConditionContext>;
  state: StatePart;
  /** The runtime at hand, or its loader (services loaded on first use keep the first screen small). */
  runtime: ServiceRuntime<Reg> | (() => Promise<ServiceRuntime<Reg>>);
}

/** A descriptor, with its name and its registry's type kept for typed calls (src/cloud/typed.ts). */
export const defineService = <const N extends string, Reg extends Registry>(d: ServiceDescriptor<N, Reg>): ServiceDescriptor<N, Reg> => d;
