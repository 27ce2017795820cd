/**
 * The CLI's formatters (awscli/formatter.py) over what a call returned. Paginated results
 * are merged first (botocore's build_full_result) except for text, which prints page by
 * page with the query applied to each page, as the CLI does.
 */
import { formatTable } from './format/table';
import { formatText } from './format/text';
import { formatYaml } from './format/yaml';
import { pyJsonDumps } from './format/json';
import type { Paginator } from './model';
import type { PyValue } from './py';
import { runQuery } from './query';

export type OutputFormat = 'json' | 'text' | 'table' | 'yaml' | 'yaml-stream';

export interface CallResult {
  operation: string;
  /** One page, or every page of a paginated call. */
  pages: { [k: string]: PyValue }[];
  paginator?: Paginator;
  /** botocore's resume token when --max-items cut the result. */
  nextToken?: string;
}

const isEmptyDict = (v: PyValue) => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array) && Object.keys(v).length === 0;

/** build_full_result: result lists concatenated, other keys from the first page, NextToken last. */
export function fullResult(r: CallResult): PyValue {
  if (!r.paginator) return r.pages[0] ?? {};
  const p = r.paginator;
  const out: { [k: string]: PyValue } = {};
  for (const page of r.pages) {
    const value = page[p.resultKey];
    if (value === undefined || value === null) continue;
    const existing = out[p.resultKey];
    if (existing === undefined) out[p.resultKey] = Array.isArray(value) ? [...value] : value;
    else if (Array.isArray(existing) && Array.isArray(value)) existing.push(...value);
  }
  for (const k of p.nonAggregateKeys ?? []) if (r.pages[0]?.[k] !== undefined) out[k] = r.pages[0][k]!;
  if (r.nextToken !== undefined) out.NextToken = r.nextToken;
  return out;
}

export function formatOutput(r: CallResult, format: OutputFormat, query: string | undefined, columns: number): string {
  if (format === 'text') return textOutput(r, query);
  // yaml-stream prints each page as it comes, whole (StreamedYAMLFormatter).
  if (format === 'yaml-stream') {
    return r.pages
      .map((page) => runQuery(query, page))
      .filter((d) => r.paginator || !isEmptyDict(d))
      .map((d) => formatYaml([d]))
      .join('');
  }
  const data = runQuery(query, fullResult(r));
  if (format === 'table') return formatTable(r.operation, data, columns);
  if (isEmptyDict(data)) return '';
  if (format === 'yaml') return formatYaml(data);
  return pyJsonDumps(data, 4) + '\n';
}

function textOutput(r: CallResult, query: string | undefined): string {
  if (!r.paginator) return formatText(runQuery(query, r.pages[0] ?? {}));
  const p = r.paginator;
  let out = '';
  r.pages.forEach((page, i) => {
    const current: { [k: string]: PyValue } = {};
    if (i === 0) for (const k of p.nonAggregateKeys ?? []) if (page[k] !== undefined) current[k] = page[k]!;
    current[p.resultKey] = page[p.resultKey] ?? null;
    out += formatText(runQuery(query, current));
  });
  if (r.nextToken !== undefined) out += formatText(runQuery(query, { NextToken: { NextToken: r.nextToken } }));
  return out;
}
