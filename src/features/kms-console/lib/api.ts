/**
 * Every console action is an API call through `consoleCall` (signed as the selected identity, in
 * the selected Region, recorded in the event history). Actions run through `recordCalls`, which
 * keeps the calls they made so the screen can show their CLI equivalents with the real parameters.
 */
import type { AuthorizationTrace, ServiceName } from '@/cloud';
import { consoleCall, useConsole } from '@/state/console-store';

export type Caller = <O = any>(operation: string, input?: Record<string, unknown>, service?: ServiceName) => Promise<O>;

export interface RecordedCall {
  service: ServiceName;
  operation: string;
  input: Record<string, unknown>;
  region: string;
  failed: boolean;
  /** How the call was authorized (its "Why allowed"). */
  trace?: AuthorizationTrace;
}

export type Outcome<T = unknown> = { ok: true; value: T; calls: RecordedCall[] } | { ok: false; error: unknown; calls: RecordedCall[] };

/** A plain call (reads). */
export const call: Caller = (operation, input = {}, service = 'kms') => consoleCall({ service, operation, input });

/** Runs an action, recording each call it makes (failed ones too) for the CLI equivalent. */
export async function recordCalls<T>(action: (call: Caller) => Promise<T>): Promise<Outcome<T>> {
  const calls: RecordedCall[] = [];
  const recording: Caller = async (operation, input = {}, service = 'kms') => {
    const entry: RecordedCall = { service, operation, input, region: useConsole.getState().region, failed: false };
    calls.push(entry);
    try {
      return await consoleCall({ service, operation, input }, (trace) => (entry.trace = trace));
    } catch (e) {
      entry.failed = true;
      throw e;
    }
  };
  try {
    return { ok: true, value: await action(recording), calls };
  } catch (error) {
    return { ok: false, error, calls };
  }
}

/** Follows NextMarker (KMS) or Marker (IAM) to the end of a list. */
export async function listAll<T>(page: (marker?: string) => Promise<Record<string, any>>, member: string): Promise<T[]> {
  const items: T[] = [];
  let marker: string | undefined;
  do {
    const out = await page(marker);
    items.push(...((out[member] ?? []) as T[]));
    marker = out.Truncated ? out.NextMarker : out.IsTruncated ? out.Marker : undefined;
  } while (marker);
  return items;
}
