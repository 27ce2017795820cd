/** The outcome of an action: a success flash or AWS's error, each with the CLI equivalent of the calls made. */
import { ActionResult as SharedActionResult } from '@/components/ui/action-result';
import type { ShownAction } from '@/state/use-action';

export function ActionResult({ result, onDismiss }: { result?: ShownAction; onDismiss?(): void }) {
  return <SharedActionResult className="acm-result" result={result} onDismiss={onDismiss} />;
}
