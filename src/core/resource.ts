/**
 * What an operation acts on, declared beside it so the pipeline can authorize every service the
 * same way (docs/architecture.md, "The pipeline"): each resource is resolved from the input
 * (a key from an alias or a ciphertext, a certificate from its ARN), then the caller's identity
 * policies and the resource's own policy are evaluated for the step's action, then the
 * resource's state is checked, and only then does the operation run with what was resolved.
 *
 * A resource carries the sources of its authorization: its resource-based policy (a KMS key
 * policy), further allow sources (KMS grants), condition keys of its own (tags), and the account
 * that owns it (a caller from another account needs its own identity policy and the resource
 * policy to allow).
 */

export type ConditionValue = string | string[] | boolean | number;
/** Condition keys of a request: `kms:EncryptionContext:purpose`, `kms:ViaService`, `aws:ResourceTag/team` ... */
export type ConditionContext = Record<string, ConditionValue>;

/** A resource-based policy as the pipeline evaluates it (the key policy today). */
export interface ResourcePolicy {
  /** Where its statements come from, as the decision trace names them: `Key policy`. */
  label: string;
  /** The policy JSON as stored; null for a policy that allows nothing. */
  text: string | null;
}

/** What an allow source is asked: the caller, the action and the request's condition keys. */
export interface AllowRequest {
  principalArn: string;
  /** Every ARN that names the caller itself: its own, and its role's for a role session. */
  principalArns?: readonly string[];
  accountId: string;
  action: string;
  context: ConditionContext;
}

/**
 * A source of Allow besides policies: KMS grants. It is consulted when no policy denies
 * explicitly and no policy allows; an explicit Deny always wins.
 */
export interface AllowSource {
  /** How the trace names the source: `Grant 0123...`. */
  label: string;
  /** The record that allows this request (shown in the trace), or undefined. */
  allows(request: AllowRequest): { id: string; record: unknown } | undefined;
  /** For a source that names the caller but does not allow this request: why (shown in the trace of a denial). */
  refusal?(request: AllowRequest): string | undefined;
}

export interface Resource<T = unknown> {
  /** The ARN the action is evaluated against. */
  arn: string;
  /** The account that owns the resource; default: the simulated account (ACCOUNT_ID). */
  account?: string;
  /** What the operation receives. */
  value: T;
  /** The resource-based policy for this request, if the resource has one. `changes`: the operation changes the resource. */
  policy?(request: { action: string; changes: boolean }): ResourcePolicy | undefined;
  /** Allow sources besides policies (grants). */
  allowSources?(): readonly AllowSource[];
  /** Condition keys the resource contributes (`aws:ResourceTag/<key>` ...). */
  conditions?(): ConditionContext;
}

/** One resource of an operation: how it is found, which action is authorized on it, how its state is checked. */
export interface ResourceStep<Ctx, I, T> {
  /** Finds the resource the input names (throwing the service's not-found error); undefined when the input names none. */
  resolve(ctx: Ctx, input: I): Promise<Resource<T> | undefined> | Resource<T> | undefined;
  /** The IAM action authorized on this resource; default: the operation's action. */
  action?: string;
  /** Condition keys the request adds for this resource (encryption context, pending window ...). */
  conditions?(input: I): ConditionContext;
  /** The operation changes this resource (a resource owned by AWS refuses every change). */
  changes?: boolean;
  /** The state check, after authorization: throws the service's error when the resource cannot serve the operation now. */
  state?(value: T): void;
}

/** A resource known by its ARN alone, authorized before the operation looks it up (IAM users, ACM certificates). */
export function arnResource<Ctx, I>(arnOf: (input: I, ctx: Ctx) => string | undefined): ResourceStep<Ctx, I, string> {
  return {
    resolve(ctx, input) {
      const arn = arnOf(input, ctx);
      return arn ? { arn, value: arn } : undefined;
    },
  };
}
