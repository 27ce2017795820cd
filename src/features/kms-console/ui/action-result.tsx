/**
 * The outcome of a console action: the console's flash (success) or the AWS error (with "Why?"
 * for denials), each with the CLI equivalent of the calls the action made.
 */
import { CliEquivalent } from '../../../components/ui/cli-equivalent';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { FlashBar } from '../../../components/ui/flash';
import type { Outcome } from '../lib/api';

export interface ShownOutcome {
  outcome: Outcome;
  success?: string;
  failure?: string;
}

export function ActionResult({ result, onDismiss }: { result?: ShownOutcome; onDismiss?(): void }) {
  if (!result) return <div className="kms-result" />;
  const { outcome } = result;
  return (
    <div className="kms-result">
      {outcome.ok ? (
        <FlashBar messages={[{ id: 1, tone: 'success', text: result.success ?? 'Done.', calls: outcome.calls }]} onDismiss={() => onDismiss?.()} />
      ) : (
        <>
          <ErrorAlert error={outcome.error} title={result.failure} onDismiss={onDismiss} />
          <CliEquivalent calls={outcome.calls} />
        </>
      )}
    </div>
  );
}
