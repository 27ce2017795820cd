/**
 * An API operation as data: its name in three spellings, its IAM action, its input shape, the
 * resources it acts on and its run function. Registries are lists of these; dispatch,
 * authorization, CLI commands, help, the wire and IAM action names all come from them
 * (docs/adding-an-operation.md).
 */
import type { ResourceStep } from './resource';
import type { StructureShape } from './shapes';

/** The resources an operation declares, by the name `run` receives each under. */
export type ResourceSteps<Ctx, I, R> = { [K in keyof R]: ResourceStep<Ctx, I, R[K]> };

/** What a registry row says without running the operation: dispatch, the CLI, help, the wire and the trail read it. */
export interface OperationHead {
  /** PascalCase API name: `GenerateDataKey`. */
  name: string;
  /** IAM action checked before running: `kms:GenerateDataKey`. */
  action: string;
  /** Reads without changing anything: the trail event's `readOnly`, and the console does not reload after it. */
  readOnly?: boolean;
  /** One line of our own for help pages and the console. */
  summary: string;
  input: StructureShape;
  /** Output members that hold secrets, by name or dotted path: never recorded in the trail (Plaintext ...). */
  sensitiveOutput?: readonly string[];
}

export interface OperationDef<Ctx, I = any, O = any, R = any> extends OperationHead {
  /** Rules on the input beyond its shape, checked after validation and before any resource is looked up. */
  check?(input: I): void;
  /**
   * What the operation acts on, resolved in this order, then authorized and state-checked in this
   * order. Without resources (or when the input names none), the action is authorized on `*`.
   */
  resources?: ResourceSteps<Ctx, I, R>;
  /** `none`: AWS answers whatever the policies say (sts:GetCallerIdentity). */
  authorization?: 'none';
  run(ctx: Ctx, input: I, resources: R): Promise<O>;
}

/**
 * A registry row whose code loads on its first call: the row holds the operation's head and the
 * resources it acts on (so the CLI, help, the wire and validation read them at once), `load`
 * imports the rest (its input rules and run). Its code is then not part of the first screen
 * (README "Budgets").
 */
export interface LazyOperationDef<Ctx, I = any, O = any, R = any> extends OperationHead {
  load(): Promise<OperationDef<Ctx, I, O, R>>;
}

/** A row of a registry: an operation at hand, or one that loads on its first call. */
export type OperationRow<Ctx, I = any, O = any, R = any> = OperationDef<Ctx, I, O, R> | LazyOperationDef<Ctx, I, O, R>;

/** What a lazy row declares at once: the head and the resources. */
export type LazyHead<Ctx, I, R> = OperationHead & Pick<OperationDef<Ctx, I, unknown, R>, 'resources'>;
/** What a lazy row loads: the input rules and the run function. */
export type OperationBody<Ctx, I, O, R> = Pick<OperationDef<Ctx, I, O, R>, 'check' | 'run'>;

/** A lazy row from an operation's head and the import of its body (loaded once). */
export function lazyOperation<Ctx, I, O, R>(head: LazyHead<Ctx, I, R>, load: () => Promise<OperationBody<Ctx, I, O, R>>): LazyOperationDef<Ctx, I, O, R> {
  let loading: Promise<OperationDef<Ctx, I, O, R>> | undefined;
  const loadOnce = () =>
    (loading ??= load().then(
      (body) => ({ ...head, ...body }),
      (e: unknown) => {
        loading = undefined; // a failed chunk load may succeed on the next call
        throw e;
      },
    ));
  return { ...head, load: loadOnce };
}

/** The operation of a row, loading it when the row is lazy. */
export const operationOfRow = async <Ctx, I, O, R>(row: OperationRow<Ctx, I, O, R>): Promise<OperationDef<Ctx, I, O, R>> => ('load' in row ? row.load() : row);

/** `GenerateDataKey` -> `generate-data-key` (the CLI subcommand and the file name). */
export const kebab = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
