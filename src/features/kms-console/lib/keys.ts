/** The key lists' filter box. The rows themselves: src/state/key-rows.ts, shared with the home page. */
import type { KeyRow } from '@/state/key-rows';

/** Text filter over the visible columns and the description, case-insensitive. */
export function filterRows(rows: KeyRow[], text: string): KeyRow[] {
  const needle = text.trim().toLowerCase();
  if (!needle) return rows;
  return rows.filter((r) => [r.keyId, r.arn, ...r.aliases, r.state, r.keySpec, r.keyUsage, r.description].some((v) => v.toLowerCase().includes(needle)));
}
