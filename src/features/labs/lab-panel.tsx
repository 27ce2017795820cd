/**
 * The lab side panel: opens over any screen and stays there while the learner moves between
 * the console, CloudShell and the other screens (and comes back after a reload). Goal, steps
 * with their state, "Check my progress" (checks run over the account's state and CloudShell's
 * home; the result scrolls into view and is announced in a live region), graduated hints, the
 * solution behind a confirmation, Reset lab (after a confirmation naming what will be lost),
 * and a completed lab's summary with the next lab.
 * In presenter mode the arrows (and a clicker's PageDown/PageUp) move between the steps.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { checkLab, factsOfStep, findLab, LABS, type CheckExtras, type CheckResult } from '@/labs';
import { startingHome, whatResetLoses } from '@/state/lab-reset';
import { recordLabMiss } from '@/quiz';
import type { Cloud } from '@/cloud/create-cloud';
import { useConsole } from '@/state/console-store';
import { closeLabPanel, dismissLabNotice, labProgress, recordCheck, resetLab, revealHint, setActiveStep, useLabSession } from '@/state/lab-progress';
import { usePresenterStepping } from '@/state/presenter';
import { terminalHome } from '@/state/terminal-home-slot';
import { StepHints, StepSolution } from './step-help';
import './labs.css';

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** `extras`: the app lends CloudShell's home directory and history, so checks can look at the files a step makes and the commands typed. */
export function LabPanel({ extras }: { extras?: CheckExtras } = {}) {
  const session = useLabSession();
  const cloud = useConsole((s) => s.cloud);
  const [result, setResult] = useState<{ lab: string; result: CheckResult; complete: boolean; n: number }>();
  const resultRef = useRef<HTMLDivElement>(null);
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

  // A new result is brought into view (the panel scrolls; the live region announces it).
  useEffect(() => {
    if (result) resultRef.current?.scrollIntoView?.({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }, [result]);

  if (!open || !lab) return null;

  const progress = labProgress(session, lab.id);
  const stepId = currentStepId(lab, session);
  const step = lab.steps.find((s) => s.id === stepId)!;
  const shown = result?.lab === lab.id ? result : undefined;

  async function check() {
    if (!cloud || !lab) return;
    setChecking(true);
    const status = await checkLab(lab, cloud, extras);
    const passed = status.results.filter((r) => r.result.ok).map((r) => r.step.id);
    recordCheck(lab.id, passed, status.complete, status.current?.id);
    const last = status.results.at(-1)!;
    // A missed check joins the drills' review queue with the facts its step teaches.
    const facts = status.complete ? [] : factsOfStep(lab.id, last.step.id);
    if (facts.length) void recordLabMiss(facts, `lab:${lab.id}/${last.step.id}`).catch(() => undefined);
    setResult({
      lab: lab.id,
      n: (result?.n ?? 0) + 1,
      complete: status.complete,
      result: status.complete
        ? { ok: true, message: `All ${lab.steps.length} steps pass: lab ${lab.number} is complete.` }
        : { ok: false, message: `Step ${lab.steps.indexOf(last.step) + 1}, "${last.step.title}": ${last.result.message}` },
    });
    setChecking(false);
  }

  const completed = progress.completed;
  const next = LABS.find((l) => l.number === lab.number + 1);

  return (
    <aside className="lab-panel" aria-labelledby="lab-panel-title">
      <header className="lab-panel__header">
        <p className="lab-panel__kicker">
          Lab {lab.number} of {LABS.length}
          {completed ? ' · complete' : ''}
        </p>
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
      {completed && (
        <section className="lab-complete" aria-labelledby="lab-complete-title">
          <h3 id="lab-complete-title">Lab complete</h3>
          <p>{lab.completion}</p>
          {next ? (
            <p>
              <a className="button button--primary" href={`#/labs/${next.id}`}>
                Next: lab {next.number}, {next.title}
              </a>
            </p>
          ) : (
            <p>
              That was the last lab. <a href="#/drills">Review what you practised in Exam drills</a>.
            </p>
          )}
        </section>
      )}
      <p className="lab-panel__goal">
        <strong>Goal:</strong> {lab.goal}
      </p>
      <details className="lab-panel__start">
        <summary>Starting state</summary>
        <p>{lab.startsWith}</p>
        <p>Reset lab replaces your whole simulated account with this state, and CloudShell&apos;s home with the lab&apos;s starting files.</p>
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
          <p key={i} className={COMMAND.test(p) ? 'lab-step__command' : undefined}>
            {p}
          </p>
        ))}
        {!completed && (
          <StepHints key={`${lab.id}/${step.id}`} step={step} revealed={progress.hints[step.id] ?? 0} onReveal={() => revealHint(lab.id, step.id)} />
        )}
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
      <div role="status" aria-live="polite" className="lab-panel__result" ref={resultRef}>
        {shown && (
          <p key={shown.n} className={shown.result.ok ? 'lab-result lab-result--ok' : 'lab-result lab-result--fail'}>
            <strong>{shown.result.ok ? 'Passed. ' : 'Not yet. '}</strong>
            {shown.result.message}
          </p>
        )}
      </div>
      {confirmReset && cloud && <ResetDialog lab={lab} cloud={cloud} onReset={() => setResult(undefined)} onClose={() => setConfirmReset(false)} />}
    </aside>
  );
}

/** A paragraph that is a command line to type (shown as code). */
const COMMAND = /^(aws |[A-Z_]+=\$\(|cat |jq |base64 |rm |ls |echo |openssl )/;

/** Reset lab's confirmation: names what the account and CloudShell's home lose. */
function ResetDialog({ lab, cloud, onReset, onClose }: { lab: NonNullable<ReturnType<typeof findLab>>; cloud: Cloud; onReset(): void; onClose(): void }) {
  const [loss] = useState(() => whatResetLoses(cloud, terminalHome()?.read(), startingHome(lab, cloud.clock.nowMs())));
  const start = Object.keys(startingHome(lab, 0).entries).sort();
  return (
    <ConfirmDialog
      title={`Reset lab ${lab.number}?`}
      actionLabel="Reset lab"
      onConfirm={async () => {
        await resetLab(cloud, lab.id);
        onReset();
      }}
      onClose={onClose}
    >
      <p>Your simulated account is replaced by the lab&apos;s starting state: {lab.startsWith}</p>
      {loss.account.length > 0 ? (
        <>
          <p>You lose what the account holds now:</p>
          <ul>
            {loss.account.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>The account holds nothing beyond a fresh account&apos;s.</p>
      )}
      <p>
        CloudShell&apos;s home goes back to the lab&apos;s starting files ({start.join(', ')})
        {loss.files.length > 0 ? (
          <>
            : these files are deleted or overwritten: <strong>{loss.files.join(', ')}</strong>.
          </>
        ) : (
          '.'
        )}
      </p>
      <p>Your progress in this lab starts over. This cannot be undone.</p>
    </ConfirmDialog>
  );
}

/** The step shown: the one chosen, else the first not passed yet. */
function currentStepId(lab: NonNullable<ReturnType<typeof findLab>>, session: ReturnType<typeof useLabSession.getState>): string {
  const progress = labProgress(session, lab.id);
  return session.activeStep && lab.steps.some((s) => s.id === session.activeStep)
    ? session.activeStep
    : (lab.steps.find((s) => !progress.passed.includes(s.id)) ?? lab.steps[0]!).id;
}
