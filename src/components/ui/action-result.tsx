/**
 * The outcome of a console action: the console's flash (success) or the AWS error (with "Why?"
 * for denials), each with the CLI equivalent of the calls the action made.
 */
import { CliEquivalent, type ApiCall } from './cli-equivalent';
import { ErrorAlert } from './error-alert';
import { FlashBar } from './flash';

export type ActionOutcome = { ok: true; calls: ApiCall[] } | { ok: false; error: unknown; calls: ApiCall[] };

export interface ShownOutcome<O extends ActionOutcome = ActionOutcome> {
  outcome: O;
  success?: string;
  failure?: string;
}

interface Props {
  /** The console's class for the result's place on the page (kept when there is no result). */
  className: string;
  result?: ShownOutcome;
  onDismiss?(): void;
}

export function ActionResult({ className, result, onDismiss }: Props) {
  if (!result) return <div className={className} />;
  const { outcome } = result;
  return (
    <div className={className}>
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
