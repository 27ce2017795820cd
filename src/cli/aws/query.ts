/**
 * `--query`: JMESPath with the jmespath library (the dialect of the CLI's Python jmespath).
 * A bad expression is `Bad value for --query ...` (status 252); an incomplete one gets
 * Python's caret message. Simplified: other parse errors carry the JS library's wording.
 */
import * as jmespathModule from 'jmespath';

// The library is CommonJS and also exports compile(), which its type definitions omit.
// Bundlers may expose its exports as named imports or only as the default export.
type JmesPath = { search(data: unknown, expression: string): unknown; compile(expression: string): unknown };
const jmespath: JmesPath = 'compile' in jmespathModule ? (jmespathModule as unknown as JmesPath) : (jmespathModule as unknown as { default: JmesPath }).default;
import { failure, GENERAL_ERROR, PARAM_ERROR } from './errors';
import type { PyValue } from './py';

export function compileQuery(expression: string): void {
  try {
    jmespath.compile(expression);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const why = /EOF/.test(message)
      ? `Invalid jmespath expression: Incomplete expression:\n"${expression}"\n${' '.repeat(expression.length + 1)}^`
      : `Invalid jmespath expression: ${message}`;
    throw failure(PARAM_ERROR, `Bad value for --query ${expression}: ${why}`);
  }
}

export function runQuery(expression: string | undefined, data: PyValue): PyValue {
  if (expression === undefined) return data;
  try {
    return jmespath.search(data as never, expression) as PyValue;
  } catch (e) {
    throw failure(GENERAL_ERROR, e instanceof Error ? e.message : String(e));
  }
}
