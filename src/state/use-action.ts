/** State of one console action: running, then its outcome with a success or failure text (console-client.ts). */
import { useCallback, useState } from 'react';
import type { ServiceName } from '@/cloud';
import { recordCalls, type Caller, type Outcome } from './console-client';

export interface ShownAction<T = unknown> {
  outcome: Outcome<T>;
  success?: string;
  failure?: string;
}

export function useAction(service: ServiceName) {
  const [result, setResult] = useState<ShownAction>();
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async <T>(action: (call: Caller) => Promise<T>, texts: { success?: string | ((value: T) => string); failure?: string } = {}): Promise<Outcome<T>> => {
      setBusy(true);
      const outcome = await recordCalls(action, service);
      setBusy(false);
      const success = typeof texts.success === 'function' ? (outcome.ok ? texts.success(outcome.value) : undefined) : texts.success;
      setResult({ outcome, success, failure: texts.failure });
      return outcome;
    },
    [service],
  );

  const clear = useCallback(() => setResult(undefined), []);
  return { result, busy, run, clear, setResult };
}
