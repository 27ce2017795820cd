/** State of one console action: running, then its outcome with a success or failure text. */
import { useCallback, useState } from 'react';
import type { ShownOutcome } from '@/features/kms-console/ui/action-result';
import { recordCalls, type Caller, type Outcome } from './api';

export function useAction() {
  const [result, setResult] = useState<ShownOutcome>();
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async <T>(action: (call: Caller) => Promise<T>, texts: { success?: string | ((value: T) => string); failure?: string } = {}): Promise<Outcome<T>> => {
      setBusy(true);
      const outcome = await recordCalls(action);
      setBusy(false);
      const success = typeof texts.success === 'function' ? (outcome.ok ? texts.success(outcome.value) : undefined) : texts.success;
      setResult({ outcome, success, failure: texts.failure });
      return outcome;
    },
    [],
  );

  const clear = useCallback(() => setResult(undefined), []);
  return { result, busy, run, clear, setResult };
}
