/** The running tally of the step: bytes sent to KMS, received from KMS, processed locally; and the counterfactual of KMS Encrypt on the whole file. */
import type { Tally } from '@/envelope/storyboard';
import { formatBytes, type Counterfactual } from '@/envelope/tally';

export function TallyView({ tally, cf, fileBytes }: { tally: Tally; cf?: Counterfactual; fileBytes: number }) {
  return (
    <div className="env-tally" data-testid="env-tally">
      <dl className="env-tally__figures">
        <div className="env-tally__figure env-tally__figure--sent">
          <dt>Sent to KMS</dt>
          <dd>{formatBytes(tally.sentToKms)}</dd>
        </div>
        <div className="env-tally__figure env-tally__figure--received">
          <dt>Received from KMS</dt>
          <dd>{formatBytes(tally.receivedFromKms)}</dd>
        </div>
        <div className="env-tally__figure env-tally__figure--local">
          <dt>Stayed local</dt>
          <dd>{formatBytes(tally.local)}</dd>
        </div>
      </dl>
      {cf && (
        <p className="env-tally__instead">
          KMS Encrypt on the whole {formatBytes(fileBytes)} file instead:{' '}
          {cf.possibleInOneCall ? 'possible in one call (4 KB or less)' : 'impossible in one call (Encrypt takes at most 4 KB)'}; it would take{' '}
          {cf.requests.toLocaleString('en-US')} request{cf.requests === 1 ? '' : 's'}, {formatBytes(cf.sentBytes)} sent and {formatBytes(cf.receivedBytes)}{' '}
          received.
        </p>
      )}
      <p className="env-hint">
        Stayed local: bytes encrypted or decrypted in your browser, never sent. Sizes are request and response bodies as the AWS JSON protocol sends them (HTTP
        headers and TLS not counted).
      </p>
    </div>
  );
}
