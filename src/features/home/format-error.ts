/**
 * How the console words a failed call. AWS errors are expected answers and are shown as AWS
 * shows them; anything else thrown is a bug of the lab and says so (docs/architecture.md, "Errors").
 */
import { isAwsError } from '@/core/errors';

export function formatError(e: unknown): string {
  if (isAwsError(e)) return e.message ? `${e.code}: ${e.message}` : e.code;
  const text = e instanceof Error ? e.message : String(e);
  return `Unexpected error inside KMS Lab (a bug in the lab, not an AWS answer): ${text}`;
}
