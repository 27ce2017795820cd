/** Checks a policy's JSON syntax before it is sent, and says on which line the error is. */
import { locateJsonError } from '@/iam/json-error';

export function jsonProblem(text: string): string | undefined {
  if (!text.trim()) return 'The policy document is empty.';
  const at = locateJsonError(text);
  return at ? `JSON syntax error on line ${at.line}, column ${at.column}: ${at.reason}.` : undefined;
}
