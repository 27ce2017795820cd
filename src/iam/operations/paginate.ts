/**
 * IAM's Marker/MaxItems pagination: items sorted by name, MaxItems defaults to 100, a truncated
 * page carries IsTruncated: true and the Marker to pass next. The marker is opaque to callers;
 * ours encodes the last name returned, so pages stay right when entities change in between.
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListUsers.html
 */
import { AwsError, fromBase64, fromUtf8, toBase64, utf8 } from '@/core';

export interface Page<T> {
  page: T[];
  IsTruncated: boolean;
  Marker?: string;
}

const byKey = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);

export function paginate<T>(items: readonly T[], keyOf: (t: T) => string, input: { Marker?: string; MaxItems?: number }): Page<T> {
  const sorted = [...items].sort((a, b) => byKey(keyOf(a), keyOf(b)));
  let start = 0;
  if (input.Marker !== undefined) {
    const after = decodeMarker(input.Marker);
    start = sorted.findIndex((t) => byKey(keyOf(t), after) > 0);
    if (start < 0) start = sorted.length;
  }
  const max = input.MaxItems ?? 100;
  const page = sorted.slice(start, start + max);
  const truncated = start + max < sorted.length;
  return truncated ? { page, IsTruncated: true, Marker: encodeMarker(keyOf(page[page.length - 1]!)) } : { page, IsTruncated: false };
}

/** The list members of an IAM List* answer: `{ ...members, IsTruncated, Marker? }`. */
export const pageFields = <T>(p: Page<T>) => (p.Marker !== undefined ? { IsTruncated: p.IsTruncated, Marker: p.Marker } : { IsTruncated: p.IsTruncated });

const encodeMarker = (key: string) => toBase64(utf8(`kmslab:${key}`));

function decodeMarker(marker: string): string {
  const bytes = fromBase64(marker);
  const text = bytes && fromUtf8(bytes);
  if (!text || !text.startsWith('kmslab:')) throw new AwsError('ValidationError', 'Invalid Marker.');
  return text.slice('kmslab:'.length);
}
