/**
 * An API operation as data: its name in three spellings, its IAM action, its input shape
 * and its run function. Registries are lists of these; dispatch, CLI commands, help and
 * IAM action names all come from them.
 */
import type { StructureShape } from './shapes';

export type ServiceName = 'kms' | 'iam' | 'sts' | 'acm' | 'acm-pca' | 'route53' | 'cloudfront' | 'elbv2' | 'apigateway' | 'mailbox';

export interface OperationDef<Ctx, I = any, O = any> {
  /** PascalCase API name: `GenerateDataKey`. */
  name: string;
  /** IAM action checked before running: `kms:GenerateDataKey`. */
  action: string;
  /** One line of our own for help pages and the console. */
  summary: string;
  input: StructureShape;
  /** Members that hold secrets: never recorded in the trail (Plaintext ...). */
  sensitiveOutput?: readonly string[];
  run(ctx: Ctx, input: I): Promise<O>;
}

/** `GenerateDataKey` -> `generate-data-key` (the CLI subcommand and the file name). */
export const kebab = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
