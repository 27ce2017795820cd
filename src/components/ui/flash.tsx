/**
 * The console's flash bar: the outcome of an action across the top of the page, as AWS shows
 * "User myKeyUser created." in green, compact: the CLI equivalent of what was called (a whole
 * key policy, for a new key) is collapsed under "CLI equivalent", so the page it leads to stays in view,
 * and "Why allowed" tells which statements of which policies allowed each call.
 */
import type { ReactNode } from 'react';
import { Button } from './button';
import { CliEquivalent, type ApiCall } from './cli-equivalent';
import { tracedCalls, WhyAllowed } from './why-allowed';

export interface FlashMessage {
  id: number;
  tone: 'success' | 'info';
  text: ReactNode;
  calls?: ApiCall[];
}

export function FlashBar({ messages, onDismiss }: { messages: FlashMessage[]; onDismiss(id: number): void }) {
  return (
    <div role="status" className="flash-bar">
      {messages.map((m) => (
        <div key={m.id} className={`flash flash--${m.tone}`}>
          <div className="flash__body">
            <p className="flash__text">{m.text}</p>
            {m.calls && m.calls.length > 0 && (
              <details className="flash__details">
                <summary>CLI equivalent</summary>
                <CliEquivalent calls={m.calls} title="The AWS CLI commands that did the same" />
              </details>
            )}
            {m.calls && <WhyAllowed calls={tracedCalls(m.calls)} />}
          </div>
          <Button className="button--small" aria-label="Dismiss message" onClick={() => onDismiss(m.id)}>
            Dismiss
          </Button>
        </div>
      ))}
    </div>
  );
}
