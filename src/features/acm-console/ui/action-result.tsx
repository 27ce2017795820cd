/** The outcome of an action: a success flash or AWS's error, each with the CLI equivalent of the calls made. */
import { ActionResult as SharedActionResult } from '@/components/ui/action-result';
import type { Shown } from '@/features/acm-console/lib/api';

export function ActionResult({ result, onDismiss }: { result?: Shown; onDismiss?(): void }) {
  return <SharedActionResult className="acm-result" result={result} onDismiss={onDismiss} />;
}
