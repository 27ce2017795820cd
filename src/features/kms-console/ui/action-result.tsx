/** The outcome of a KMS console action, in the KMS console's result area (components/ui/action-result). */
import { ActionResult as SharedActionResult, type ShownOutcome as Shown } from '@/components/ui/action-result';
import type { Outcome } from '@/state/console-client';

export type ShownOutcome = Shown<Outcome>;

export function ActionResult({ result, onDismiss }: { result?: ShownOutcome; onDismiss?(): void }) {
  return <SharedActionResult className="kms-result" result={result} onDismiss={onDismiss} />;
}
