/** The outcome of an action: a success flash or AWS's error, each with the CLI equivalent of the calls made. */
import { CliEquivalent } from '../../../components/ui/cli-equivalent';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { FlashBar } from '../../../components/ui/flash';
import type { Shown } from '../lib/api';

export function ActionResult({ result, onDismiss }: { result?: Shown; onDismiss?(): void }) {
  if (!result) return <div className="acm-result" />;
  const { outcome } = result;
  return (
    <div className="acm-result">
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
