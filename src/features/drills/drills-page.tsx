/**
 * Exam drills (#/drills): the dashboard (cards due today, the daily new-card limit the learner
 * can change, a readiness estimate per SCS-C03 domain, accuracy per topic, weakest facts, past
 * exams), a drill session over the spaced-repetition queue, and the progress file.
 */
import { useState } from 'react';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { ProgressFileSection } from '@/components/ui/progress-file';
import { BANK } from '@/quiz/bank';
import { PASS_MARK } from '@/quiz/exam';
import { buildQueue, cardsDueToday, newPerDay } from '@/quiz/scheduler';
import { TOPIC_IDS, TOPIC_TITLES } from '@/quiz/types';
import { DrillSession } from './drill-session';
import { NewCardLimit } from './new-card-limit';
import { Readiness } from './readiness';
import { accuracy, byTopic, reviewCount, weakestFacts } from './stats';
import type { DrillRuntime } from './types';
import { useProgress } from './use-progress';
import './drills.css';

const FORMAT_COUNTS = (() => {
  const n = (f: string) => BANK.filter((q) => q.format === f).length;
  return `${n('scenario')} scenarios, ${n('single')} single-answer, ${n('multiple')} multiple-response, ${n('ordering')} ordering and ${n('matching')} matching items, ${n('cli')} commands to type and ${n('task')} tasks to do in the simulator`;
})();

export function DrillsPage({ runtime, question }: { runtime: DrillRuntime; question?: string }) {
  const { progress, problem, error } = useProgress();
  const linked = question ? BANK.find((q) => q.id === question) : undefined;
  const [session, setSession] = useState<{ topic?: string; first?: string } | undefined>(linked ? { first: linked.id } : undefined);
  const [topic, setTopic] = useState('');

  if (error)
    return (
      <Banner title="Drill progress is unavailable" tone="danger">
        <p>{error}</p>
      </Banner>
    );
  const intro = (
    <p className="muted">
      {BANK.length} questions for the AWS Certified Security - Specialty exam (SCS-C03) on KMS and ACM: {FORMAT_COUNTS}. Every answer is explained, with the AWS
      documentation it rests on. Cards you miss come back sooner (spaced repetition with FSRS); a lab check you miss brings its cards forward.
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
  const tallies = byTopic(BANK, progress);
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
        <DrillSession bank={BANK} progress={progress} runtime={runtime} topic={session.topic} first={session.first} onEnd={() => setSession(undefined)} />
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
                <strong>{queue.fresh.length}</strong> new cards left today (of {newPerDay(progress)} a day)
              </li>
              <li>
                <strong>{reviewCount(progress)}</strong> reviews so far
              </li>
            </ul>
            <p className="muted">Cards are scheduled on your own calendar, not the account&apos;s simulated date: Advance time does not make them due.</p>
            <NewCardLimit progress={progress} />
            <div className="toolbar">
              <div className="field">
                <label htmlFor="drill-topic">Topic</label>
                <select id="drill-topic" value={topic} onChange={(e) => setTopic(e.target.value)}>
                  <option value="">All topics</option>
                  {TOPIC_IDS.map((t) => (
                    <option key={t} value={t}>
                      {TOPIC_TITLES[t]}
                    </option>
                  ))}
                </select>
              </div>
              <Button variant="primary" onClick={() => setSession({ topic: topic || undefined })}>
                Start drill
              </Button>
              <a className="button" href="#/drills/exam">
                Practice exam
              </a>
            </div>
          </section>
          <Readiness progress={progress} now={now} />
          <section aria-labelledby="accuracy-heading">
            <h2 id="accuracy-heading">Accuracy by topic</h2>
            <table className="table">
              <caption className="visually-hidden">Answers and accuracy per topic</caption>
              <thead>
                <tr>
                  <th scope="col">Topic</th>
                  <th scope="col">Questions</th>
                  <th scope="col">Answered</th>
                  <th scope="col">Accuracy</th>
                </tr>
              </thead>
              <tbody>
                {TOPIC_IDS.map((t) => (
                  <tr key={t}>
                    <th scope="row">{TOPIC_TITLES[t]}</th>
                    <td>{BANK.filter((q) => q.topic === t).length}</td>
                    <td>{tallies[t].answered}</td>
                    <td>{accuracy(tallies[t]) === undefined ? 'not yet' : `${accuracy(tallies[t])}%`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-labelledby="weakest-heading">
            <h2 id="weakest-heading">Weakest facts</h2>
            {weakest.length ? (
              <ol>
                {weakest.map((w) => (
                  <li key={w.id}>
                    {w.text}{' '}
                    <span className="muted">
                      ({w.tally.right} of {w.tally.answered} right · {TOPIC_TITLES[w.topic]}
                      {w.module && (
                        <>
                          {' · '}
                          <a href={`#/learn/${w.module}`}>read the module</a>
                        </>
                      )}
                      )
                    </span>{' '}
                    <Button onClick={() => setSession({ topic: w.topic })}>Drill this topic</Button>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted">No weak facts yet: answer some cards first.</p>
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
                      questions{e.form === 'scs-c03' ? ' (SCS-C03 form)' : ''}
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
