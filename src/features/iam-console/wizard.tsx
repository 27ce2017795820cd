/**
 * The console's wizard frame: numbered steps on the left ("Step 1 Specify user details"), the
 * current step's heading (focused when the step changes, so screen readers announce it), its
 * content, and Cancel / Previous / Next (or the final action) at the bottom.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';

interface Props {
  steps: string[];
  current: number;
  onStep(index: number): void;
  /** Checks the current step before Next; returns false to stay. */
  canLeave?(index: number): boolean;
  finishLabel: string;
  onFinish(): void;
  onCancel(): void;
  busy?: boolean;
  children: ReactNode;
}

export function Wizard({ steps, current, onStep, canLeave = () => true, finishLabel, onFinish, onCancel, busy, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [current]);

  const last = current === steps.length - 1;
  const next = () => {
    if (busy) return;
    if (last) onFinish();
    else if (canLeave(current)) onStep(current + 1);
  };

  return (
    <div className="wizard">
      <ol className="wizard__steps" aria-label="Steps">
        {steps.map((s, i) => (
          <li key={s} aria-current={i === current ? 'step' : undefined} className={i === current ? 'wizard__step wizard__step--current' : 'wizard__step'}>
            <span className="wizard__step-number">Step {i + 1}</span> {s}
          </li>
        ))}
      </ol>
      <form
        className="wizard__content"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          next();
        }}
      >
        <h2 ref={heading} tabIndex={-1}>
          {steps[current]}
        </h2>
        {children}
        <div className="wizard__actions">
          <Button onClick={onCancel}>Cancel</Button>
          {current > 0 && <Button onClick={() => onStep(current - 1)}>Previous</Button>}
          <Button type="submit" variant="primary" aria-disabled={busy || undefined}>
            {last ? finishLabel : 'Next'}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** IAM names: up to `max` characters of A-Z a-z 0-9 and + = , . @ _ - (the API's pattern). */
export function nameProblem(name: string, what: string, max: number): string | undefined {
  if (!name) return `${what} is required.`;
  if (name.length > max) return `${what} must have ${max} characters or fewer.`;
  if (!/^[\w+=,.@-]+$/.test(name)) return `${what} can contain only alphanumeric characters and the following: + = , . @ _ - (hyphen).`;
  return undefined;
}
