/**
 * Exam drills (#/drills): the dashboard (cards due today, accuracy per module, weakest topics,
 * past exams), a drill session over the spaced-repetition queue, and the progress file.
 */
import { useState } from 'react';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { ProgressFileSection } from '@/components/ui/progress-file';
import { BANK } from '@/quiz/bank';
import { PASS_MARK } from '@/quiz/exam';
import { buildQueue, cardsDueToday } from '@/quiz/scheduler';
import { MODULE_IDS, MODULE_TITLES } from '@/quiz/types';
import { DrillSession } from './drill-session';
import { accuracy, byModule, weakestFacts } from './stats';
import type { DrillRuntime } from './types';
import { useProgress } from './use-progress';
import './drills.css';

export function DrillsPage({ runtime, question }: { runtime: DrillRuntime; question?: string }) {
  const { progress, problem, error } = useProgress();
  const linked = question ? BANK.find((q) => q.id === question) : undefined;
  const [session, setSession] = useState<{ module?: string; first?: string } | undefined>(linked ? { first: linked.id } : undefined);
  const [module, setModule] = useState('');

  if (error)
    return (
      <Banner title="Drill progress is unavailable" tone="danger">
        <p>{error}</p>
      </Banner>
    );
  const intro = (
    <p className="muted">
      {BANK.length} questions in the formats of AWS exams, plus typing the CLI command and doing the task in the simulator. Cards you miss come back sooner
      (spaced repetition with FSRS); lab checks you miss join the same queue.
    </p>
  );
  // The heading and the introduction do not depend on the saved progress: they show while it
  // loads (a phone sees the page sooner), and the rest follows below them without moving them.
  if (!progress)
    return (
      <div className="drills">
        <h1>Exam drills</h1>
        {!linked && intro}
        <p aria-busy="true">Loading your progress…</p>
      </div>
    );
  const now = new Date();
  const queue = buildQueue(BANK, progress, now);
  const tallies = byModule(BANK, progress);
  const weakest = weakestFacts(BANK, progress);

  return (
    <div className="drills">
      <h1>Exam drills</h1>
      {problem && (
        <Banner title="Drill progress was reset">
          <p>{problem}</p>
        </Banner>
      )}
      {question && !linked && (
        <Banner title="Question not found">
          <p>There is no question “{question}”. Here are your drills instead.</p>
        </Banner>
      )}
      {session ? (
        <DrillSession bank={BANK} progress={progress} runtime={runtime} module={session.module} first={session.first} onEnd={() => setSession(undefined)} />
      ) : (
        <>
          {intro}
          <section aria-labelledby="today-heading" className="drills-today">
            <h2 id="today-heading">Today</h2>
            <ul className="drills-stats">
              <li>
                <strong>{cardsDueToday(progress, now)}</strong> cards due today ({queue.due.length} due now)
              </li>
              <li>
                <strong>{queue.fresh.length}</strong> new cards left today
              </li>
              <li>
                <strong>{progress.history.length}</strong> reviews so far
              </li>
            </ul>
            <p className="muted">Cards are scheduled on your own calendar, not the account&apos;s simulated date: Advance time does not make them due.</p>
            <div className="toolbar">
              <label htmlFor="drill-module">Topic</label>
              <select id="drill-module" value={module} onChange={(e) => setModule(e.target.value)}>
                <option value="">All modules</option>
                {MODULE_IDS.map((m) => (
                  <option key={m} value={m}>
                    {MODULE_TITLES[m]}
                  </option>
                ))}
              </select>
              <Button variant="primary" onClick={() => setSession({ module: module || undefined })}>
                Start drill
              </Button>
              <a className="button" href="#/drills/exam">
                Practice exam
              </a>
            </div>
          </section>
          <section aria-labelledby="accuracy-heading">
            <h2 id="accuracy-heading">Accuracy by module</h2>
            <table className="table">
              <caption className="visually-hidden">Answers and accuracy per module</caption>
              <thead>
                <tr>
                  <th scope="col">Module</th>
                  <th scope="col">Answered</th>
                  <th scope="col">Accuracy</th>
                </tr>
              </thead>
              <tbody>
                {MODULE_IDS.map((m) => (
                  <tr key={m}>
                    <th scope="row">
                      <a href={`#/learn/${m}`}>{MODULE_TITLES[m]}</a>
                    </th>
                    <td>{tallies[m].answered}</td>
                    <td>{accuracy(tallies[m]) === undefined ? 'not yet' : `${accuracy(tallies[m])}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="weakest-heading">
            <h2 id="weakest-heading">Weakest topics</h2>
            {weakest.length ? (
              <ol>
                {weakest.map((w) => (
                  <li key={w.text}>
                    {w.text}{' '}
                    <span className="muted">
                      ({w.tally.right} of {w.tally.answered} right · <a href={`#/learn/${w.module}`}>{MODULE_TITLES[w.module]}</a>)
                    </span>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted">No weak topics yet: answer some cards first.</p>
            )}
          </section>
          {progress.exams.length > 0 && (
            <section aria-labelledby="exams-heading">
              <h2 id="exams-heading">Practice exams</h2>
              <ul>
                {progress.exams
                  .slice(-5)
                  .reverse()
                  .map((e) => (
                    <li key={e.id}>
                      {new Date(e.finishedAt).toLocaleString()}: {e.score} / 1000, {e.passed ? 'pass' : 'fail'} (pass mark {PASS_MARK}), {e.answers.length}{' '}
                      questions
                    </li>
                  ))}
              </ul>
            </section>
          )}
          <ProgressFileSection drills={progress} />
        </>
      )}
    </div>
  );
}
