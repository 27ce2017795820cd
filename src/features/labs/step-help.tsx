/**
 * Help for one step: graduated hints revealed one level at a time (a nudge, then the exact
 * place, then the exact action), and the solution behind a confirmation dialog, as the best
 * hands-on labs do.
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { CodeBlock } from '@/components/ui/code-block';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { describeAction, type LabStep } from '@/labs';

const LEVELS = ['Nudge', 'Where', 'What to do'];

export function StepHints({ step, revealed, onReveal }: { step: LabStep; revealed: number; onReveal(): void }) {
  return (
    <div className="lab-hints">
      {revealed > 0 && (
        <ol className="lab-hints__list">
          {step.hints.slice(0, revealed).map((h, i) => (
            <li key={i}>
              <strong>{LEVELS[i]}:</strong> {h}
            </li>
          ))}
        </ol>
      )}
      {revealed < 3 && (
        <Button onClick={onReveal}>
          {revealed === 0 ? 'Show a hint' : 'Show the next hint'} ({revealed + 1} of 3)
        </Button>
      )}
    </div>
  );
}

export function StepSolution({ step }: { step: LabStep }) {
  const [asking, setAsking] = useState(false);
  const [shown, setShown] = useState(false);
  if (shown) {
    return (
      <div className="lab-solution">
        <h4>Solution</h4>
        <ul>
          {step.solution.map((a, i) => {
            const d = describeAction(a);
            return <li key={i}>{d.kind === 'cli' ? <CodeBlock code={d.text} label={`Solution command ${i + 1}`} /> : <p>Console: {d.text}</p>}</li>;
          })}
        </ul>
      </div>
    );
  }
  return (
    <>
      <Button onClick={() => setAsking(true)}>Show solution</Button>
      {asking && (
        <ConfirmDialog title="Show the solution?" actionLabel="Show solution" onConfirm={async () => setShown(true)} onClose={() => setAsking(false)}>
          <p>You learn more by trying the hints first. The solution shows the exact commands or console actions for this step; it does not run them.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
