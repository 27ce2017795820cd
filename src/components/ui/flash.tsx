/**
 * The console's flash bar: the outcome of an action across the top of the page, as AWS shows
 * "User myKeyUser created." in green, with the CLI equivalent of what was called.
 */
import type { ReactNode } from 'react';
import { Button } from './button';
import { CliEquivalent, type ApiCall } from './cli-equivalent';

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
            {m.calls && <CliEquivalent calls={m.calls} />}
          </div>
          <Button className="button--small" aria-label="Dismiss message" onClick={() => onDismiss(m.id)}>
            Dismiss
          </Button>
        </div>
      ))}
    </div>
  );
}
