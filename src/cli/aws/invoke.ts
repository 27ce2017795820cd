/**
 * Calls the simulated account as the CLI's client would, and pages through List operations
 * like botocore's paginator: `--page-size` sets the limit of each call, `--max-items` cuts
 * the result and yields a NextToken (base64 of `{"Marker": ..., "boto_truncate_amount": n}`),
 * `--starting-token` resumes from one. Service errors become the CLI's error line (254).
 */
import { fromUtf8Strict, isAwsError, toBase64, utf8, fromBase64, type AnyOperation } from './deps';
import type { Cloud } from '@/cloud';
import { failure, GENERAL_ERROR, serviceError } from './errors';
import { dropPaths, toCliData, type Paginator, type ServiceName } from './model';
import type { CallResult } from './output';
import type { PyValue } from './py';
import { pyJsonDumps } from './format/json';
import type { ModelGaps, Principal } from '@/cli/shell/types';

export interface InvokeContext {
  cloud: Cloud;
  caller: Principal;
  region: string;
  service: ServiceName;
  op: AnyOperation;
  userAgent: string;
  gaps?: ModelGaps;
  signal?: AbortSignal;
}

export interface Paging {
  paginator?: Paginator;
  pageSize?: number;
  maxItems?: number;
  startingToken?: string;
}

export class Interrupted extends Error {}

async function callOnce(ic: InvokeContext, input: Record<string, unknown>): Promise<{ [k: string]: PyValue }> {
  const call = ic.cloud.call({
    service: ic.service,
    operation: ic.op.name,
    input,
    caller: ic.caller,
    region: ic.region,
    source: 'cli',
    userAgent: ic.userAgent,
  });
  let output: unknown;
  try {
    output = await (ic.signal ? abortable(call, ic.signal) : call);
  } catch (e) {
    if (e instanceof Interrupted) throw e;
    if (!isAwsError(e)) throw e;
    if (e.code === 'EndpointConnectionError') throw failure(GENERAL_ERROR, e.message);
    throw serviceError(e.code, ic.op.name, e.message);
  }
  const data = toCliData(output ?? {}) as { [k: string]: PyValue };
  const gaps = ic.gaps?.outputFields[ic.op.name];
  if (gaps) dropPaths(data, gaps);
  return data;
}

function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Interrupted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Interrupted());
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** botocore's starting token: base64 JSON, or (its fallback) the raw marker, `___N` giving a skip count. */
function decodeToken(token: string, inputToken: string): { marker: unknown; skip: number } {
  const bytes = fromBase64(token.trim());
  const text = bytes && fromUtf8Strict(bytes);
  try {
    const obj = JSON.parse(text ?? '') as Record<string, unknown>;
    if (obj && typeof obj === 'object' && inputToken in obj) return { marker: obj[inputToken], skip: Number(obj.boto_truncate_amount ?? 0) };
  } catch {
    // not a JSON token: fall through to the old format
  }
  const parts = token.split('___');
  let skip = 0;
  if (parts.length === 2 && /^[-+]?\d+$/.test(parts[1]!.trim())) skip = Number(parts.pop());
  const marker = parts.length === 1 ? parts[0]! : token;
  return { marker: marker === 'None' ? null : marker, skip };
}

const encodeToken = (token: Record<string, PyValue>) => toBase64(utf8(pyJsonDumps(token)));

export async function invoke(ic: InvokeContext, input: Record<string, unknown>, paging: Paging): Promise<CallResult> {
  const p = paging.paginator;
  if (!p) return { operation: ic.op.name, pages: [await callOnce(ic, input)] };
  const kwargs = { ...input };
  if (paging.pageSize !== undefined) kwargs[p.limitKey] = paging.pageSize;
  let skip = 0;
  let nextToken: Record<string, PyValue> = { [p.inputToken]: null };
  if (paging.startingToken !== undefined) {
    const t = decodeToken(paging.startingToken, p.inputToken);
    skip = t.skip;
    nextToken = { [p.inputToken]: t.marker as PyValue };
    if (t.marker !== null && t.marker !== undefined) kwargs[p.inputToken] = t.marker;
  }
  const pages: { [k: string]: PyValue }[] = [];
  let total = 0;
  let resume: Record<string, PyValue> | undefined;
  for (let first = true; ; first = false) {
    const page = await callOnce(ic, kwargs);
    let items = Array.isArray(page[p.resultKey]) ? (page[p.resultKey] as PyValue[]) : [];
    if (first && skip) {
      items = items.slice(skip);
      page[p.resultKey] = items;
    } else if (!first) skip = 0;
    const cut = paging.maxItems === undefined ? 0 : total + items.length - paging.maxItems;
    if (cut > 0) {
      const keep = items.length - cut;
      page[p.resultKey] = items.slice(0, keep);
      pages.push(page);
      resume = { ...nextToken, boto_truncate_amount: keep + skip };
      break;
    }
    pages.push(page);
    total += items.length;
    const more = page[p.moreResults] !== false && page[p.moreResults] !== undefined && page[p.outputToken] !== undefined;
    if (!more) break;
    nextToken = { [p.inputToken]: page[p.outputToken]! };
    if (paging.maxItems !== undefined && total === paging.maxItems) {
      resume = nextToken;
      break;
    }
    kwargs[p.inputToken] = page[p.outputToken];
  }
  return { operation: ic.op.name, pages, paginator: p, nextToken: resume && encodeToken(resume) };
}
