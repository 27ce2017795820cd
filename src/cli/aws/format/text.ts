/**
 * `--output text`: awscli/text.py ported. Scalars of a dict on one tab-separated line (keys
 * sorted), nested lists and dicts on following lines headed by the upper-cased key; a list
 * of dicts shares one sorted set of scalar keys. Values print as Python's str() (True, None).
 */
import { pyStr, type PyValue } from '@/cli/aws/py';

type Dict = { [k: string]: PyValue };
const isDict = (v: PyValue): v is Dict => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array);
const isContainer = (v: PyValue) => Array.isArray(v) || isDict(v);
const sorted = (keys: string[]) => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export function formatText(data: PyValue): string {
  const out: string[] = [];
  formatItem(data, out, undefined, undefined);
  return out.join('');
}

function formatItem(item: PyValue, out: string[], identifier: string | undefined, scalarKeys: string[] | undefined): void {
  if (isDict(item)) formatDict(scalarKeys, item, identifier, out);
  else if (Array.isArray(item)) formatList(item, identifier, out);
  else out.push(`${pyStr(item)}\n`);
}

function formatList(item: PyValue[], identifier: string | undefined, out: string[]): void {
  if (item.length === 0) return;
  if (item.some(isDict)) {
    const keys = new Set<string>();
    for (const el of item) if (isDict(el)) for (const [k, v] of Object.entries(el)) if (!isContainer(v)) keys.add(k);
    const all = sorted([...keys]);
    for (const el of item) formatItem(el, out, identifier, all);
  } else if (item.some(Array.isArray)) {
    const scalars = item.filter((el) => !isContainer(el));
    const others = item.filter(isContainer);
    if (scalars.length) formatScalarList(scalars, identifier, out);
    for (const el of others) formatItem(el, out, identifier, undefined);
  } else formatScalarList(item, identifier, out);
}

function formatScalarList(elements: PyValue[], identifier: string | undefined, out: string[]): void {
  if (identifier !== undefined) for (const el of elements) out.push(`${identifier.toUpperCase()}\t${pyStr(el)}\n`);
  else out.push(elements.map(pyStr).join('\t') + '\n');
}

function formatDict(scalarKeys: string[] | undefined, item: Dict, identifier: string | undefined, out: string[]): void {
  const scalars: string[] = [];
  const nonScalars: [string, PyValue][] = [];
  if (scalarKeys === undefined) {
    for (const k of sorted(Object.keys(item))) {
      const v = item[k];
      if (isContainer(v)) nonScalars.push([k, v]);
      else scalars.push(pyStr(v));
    }
  } else {
    for (const k of scalarKeys) scalars.push(k in item ? pyStr(item[k]) : '');
    for (const k of sorted(Object.keys(item).filter((k) => !scalarKeys.includes(k)))) nonScalars.push([k, item[k]]);
  }
  if (scalars.length) {
    if (identifier !== undefined) scalars.unshift(identifier.toUpperCase());
    out.push(scalars.join('\t') + '\n');
  }
  for (const [k, v] of nonScalars) formatItem(v, out, k, undefined);
}
