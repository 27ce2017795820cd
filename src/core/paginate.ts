/**
 * List pagination as KMS does it: `Limit` items, an opaque `NextMarker` and `Truncated`.
 * The marker is the base64 of the position; a marker we did not issue is InvalidMarkerException.
 * In core so that operations loaded on first use (the grant operations) share it with the first
 * screen's without a chunk of their own.
 */
import { fromBase64, fromUtf8, toBase64, utf8 } from './bytes';
import { AwsError } from './errors';

export function paginate<T>(items: T[], limit: number, marker: string | undefined): { page: T[]; NextMarker?: string; Truncated: boolean } {
  let start = 0;
  if (marker !== undefined) {
    const decoded = fromBase64(marker);
    const m = decoded && /^p(\d+)$/.exec(fromUtf8(decoded));
    if (!m) throw new AwsError('InvalidMarkerException', 'Invalid marker');
    start = Number(m[1]);
  }
  const page = items.slice(start, start + limit);
  const next = start + limit;
  if (next < items.length) return { page, NextMarker: toBase64(utf8(`p${next}`)), Truncated: true };
  return { page, Truncated: false };
}
