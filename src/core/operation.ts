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

export interface OperationDef<Ctx, I = any, O = any, R = any> {
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

/** `GenerateDataKey` -> `generate-data-key` (the CLI subcommand and the file name). */
export const kebab = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
