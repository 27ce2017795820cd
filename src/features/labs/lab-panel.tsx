/**
 * The lab side panel: opens over any screen and stays there while the learner moves between
 * the console, CloudShell and the other screens. Goal, steps with their state, "Check my
 * progress" (checks run over the account's state; the result is announced in a live region),
 * graduated hints, the solution behind a confirmation, Reset lab, and completion feedback.
 * In presenter mode the arrows (and a clicker's PageDown/PageUp) move between the steps.
 */
import { useCallback, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { checkLab, factsOfStep, findLab, type CheckResult } from '@/labs';
import { recordLabMiss } from '@/quiz';
import { useConsole } from '@/state/console-store';
import { closeLabPanel, dismissLabNotice, labProgress, recordCheck, resetLab, revealHint, setActiveStep, useLabSession } from '@/state/lab-progress';
import { usePresenterStepping } from '@/state/presenter';
import { StepHints, StepSolution } from './step-help';
import './labs.css';

/** `fileExists`: the app lends the CloudShell home directory, so checks can look for the files a step makes. */
export function LabPanel({ fileExists }: { fileExists?: (path: string) => boolean } = {}) {
  const session = useLabSession();
  const cloud = useConsole((s) => s.cloud);
  const [result, setResult] = useState<{ lab: string; result: CheckResult; complete: boolean }>();
  const [checking, setChecking] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const lab = session.activeLab ? findLab(session.activeLab) : undefined;
  const open = session.panelOpen && !!lab;

  // The page makes room for the panel, so nothing of the screen underneath is hidden behind it.
  useEffect(() => {
    document.body.classList.toggle('has-lab-panel', open);
    return () => document.body.classList.remove('has-lab-panel');
  }, [open]);

  // Presenter mode: arrows (and a clicker's PageDown/PageUp) move through the lab's steps.
  usePresenterStepping(
    useCallback(
      (dir) => {
        if (!open || !lab) return;
        const ids = lab.steps.map((s) => s.id);
        const current = ids.indexOf(currentStepId(lab, session));
        const next = ids[Math.max(0, Math.min(ids.length - 1, current + (dir === 'next' ? 1 : -1)))]!;
        setActiveStep(next);
      },
      [open, lab, session],
    ),
    open,
  );

  if (!open || !lab) return null;

  const progress = labProgress(session, lab.id);
  const stepId = currentStepId(lab, session);
  const step = lab.steps.find((s) => s.id === stepId)!;
  const shown = result?.lab === lab.id ? result : undefined;

  async function check() {
    if (!cloud || !lab) return;
    setChecking(true);
    const status = await checkLab(lab, cloud, { fileExists });
    const passed = status.results.filter((r) => r.result.ok).map((r) => r.step.id);
    recordCheck(lab.id, passed, status.complete, status.current?.id);
    const last = status.results.at(-1)!;
    // A missed check joins the drills' review queue with the facts its step teaches.
    const facts = status.complete ? [] : factsOfStep(lab.id, last.step.id);
    if (facts.length) void recordLabMiss(facts, `lab:${lab.id}/${last.step.id}`).catch(() => undefined);
    setResult({
      lab: lab.id,
      complete: status.complete,
      result: status.complete
        ? { ok: true, message: `All ${lab.steps.length} steps pass.` }
        : { ok: false, message: `Step ${lab.steps.indexOf(last.step) + 1}, "${last.step.title}": ${last.result.message}` },
    });
    setChecking(false);
  }

  return (
    <aside className="lab-panel" aria-labelledby="lab-panel-title">
      <header className="lab-panel__header">
        <p className="lab-panel__kicker">Lab {lab.number}</p>
        <h2 id="lab-panel-title">{lab.title}</h2>
        <Button onClick={closeLabPanel} aria-label="Close lab panel">
          Close
        </Button>
      </header>
      {session.notice && (
        <p className="lab-panel__notice" role="status">
          {session.notice} <Button onClick={dismissLabNotice}>Dismiss</Button>
        </p>
      )}
      <p className="lab-panel__goal">
        <strong>Goal:</strong> {lab.goal}
      </p>
      <details className="lab-panel__start">
        <summary>Starting state</summary>
        <p>{lab.startsWith}</p>
        <p>Reset lab replaces your whole simulated account with this state.</p>
      </details>

      <ol className="lab-steps" aria-label="Steps">
        {lab.steps.map((s, i) => {
          const done = progress.passed.includes(s.id);
          return (
            <li key={s.id} className={s.id === step.id ? 'lab-steps__item lab-steps__item--current' : 'lab-steps__item'}>
              <button type="button" className="lab-steps__button" aria-current={s.id === step.id ? 'step' : undefined} onClick={() => setActiveStep(s.id)}>
                <span aria-hidden="true">{done ? '✓' : `${i + 1}.`}</span> {s.title}
                <span className="visually-hidden">{done ? ' (passed)' : ' (not passed yet)'}</span>
              </button>
            </li>
          );
        })}
      </ol>

      <section className="lab-step" aria-labelledby="lab-step-title">
        <h3 id="lab-step-title">
          Step {lab.steps.indexOf(step) + 1}: {step.title}
        </h3>
        {step.instructions.map((p, i) => (
          <p key={i} className={/^(aws |[A-Z_]+=\$\()/.test(p) ? 'lab-step__command' : undefined}>
            {p}
          </p>
        ))}
        <StepHints key={`${lab.id}/${step.id}`} step={step} revealed={progress.hints[step.id] ?? 0} onReveal={() => revealHint(lab.id, step.id)} />
        <StepSolution key={`sol-${lab.id}/${step.id}`} step={step} />
      </section>

      <div className="lab-panel__actions">
        <Button variant="primary" onClick={() => void check()} disabled={checking || !cloud}>
          Check my progress
        </Button>
        <Button onClick={() => setConfirmReset(true)} disabled={!cloud}>
          Reset lab
        </Button>
      </div>
      <div role="status" aria-live="polite" className="lab-panel__result">
        {shown && (
          <p className={shown.result.ok ? 'lab-result lab-result--ok' : 'lab-result lab-result--fail'}>
            <strong>{shown.result.ok ? 'Passed. ' : 'Not yet. '}</strong>
            {shown.result.message}
          </p>
        )}
        {shown?.complete && (
          <div className="lab-complete">
            <h3>Lab complete</h3>
            <p>{lab.completion}</p>
          </div>
        )}
      </div>
      {confirmReset && cloud && (
        <ConfirmDialog
          title={`Reset lab ${lab.number}?`}
          actionLabel="Reset lab"
          onConfirm={async () => {
            await resetLab(cloud, lab.id);
            setResult(undefined);
          }}
          onClose={() => setConfirmReset(false)}
        >
          <p>Your simulated account (keys, users, event history) is replaced by the lab's starting state: {lab.startsWith}</p>
          <p>This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </aside>
  );
}

/** The step shown: the one chosen, else the first not passed yet. */
function currentStepId(lab: NonNullable<ReturnType<typeof findLab>>, session: ReturnType<typeof useLabSession.getState>): string {
  const progress = labProgress(session, lab.id);
  return session.activeStep && lab.steps.some((s) => s.id === session.activeStep)
    ? session.activeStep
    : (lab.steps.find((s) => !progress.passed.includes(s.id)) ?? lab.steps[0]!).id;
}
