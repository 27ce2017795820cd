/**
 * The console's one client layer: how every console screen calls the API. `callerFor` gives a
 * screen's plain call (reads) for its service; `recordCalls` runs an action and keeps each call it
 * made, failed ones too, with how it was authorized, so the screen shows their CLI equivalents
 * with the real parameters and "Why allowed"; `useAction` (use-action.ts) is the hook over it;
 * `listAll` follows a list's pages to the end. Every call goes through consoleCall: signed as the
 * selected identity, in the selected Region, recorded in the event history.
 */
import type { AuthorizationTrace, ServiceName } from '@/cloud';
import { consoleCall, useConsole } from './console-store';

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

/** A plain call (reads) of `service` unless the call names another. */
export const callerFor =
  (service: ServiceName): Caller =>
  (operation, input = {}, other = service) =>
    consoleCall({ service: other, operation, input });

/** Runs an action, recording each call it makes (failed ones too) for the CLI equivalent. */
export async function recordCalls<T>(action: (call: Caller) => Promise<T>, service: ServiceName): Promise<Outcome<T>> {
  const calls: RecordedCall[] = [];
  const recording: Caller = async (operation, input = {}, other = service) => {
    const entry: RecordedCall = { service: other, operation, input, region: useConsole.getState().region, failed: false };
    calls.push(entry);
    try {
      return await consoleCall({ service: other, operation, input }, (trace) => (entry.trace = trace));
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

/** Follows NextMarker (KMS, ACM) or Marker (IAM) to the end of a list. */
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
