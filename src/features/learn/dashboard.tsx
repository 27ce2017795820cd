/**
 * The learning path's dashboard: modules done, drill accuracy per module, cards due today,
 * weakest topics, with links into the drills. The drill numbers come from the quiz store; the
 * module that computes them holds the question bank, so it is loaded lazily (the home screen
 * stays light).
 */
import { useEffect, useState } from 'react';
import { LABS, MODULES } from '@/labs';
import type { DrillSummary } from '@/quiz/dashboard';
import type { Progress } from '@/quiz/progress';
import { MODULE_TITLES, type ModuleId } from '@/quiz/types';
import type { LabProgress } from '@/state/lab-progress';

/** A module is done when its labs are complete and its drill is at least this accurate. */
export const DONE_ACCURACY = 70;

const pct = (t: { answered: number; right: number }) => (t.answered ? Math.round((100 * t.right) / t.answered) : undefined);

export function moduleDone(module: string, labs: Record<string, LabProgress>, summary: DrillSummary): boolean {
  const labsDone = LABS.filter((l) => l.module === module).every((l) => labs[l.id]?.completed);
  const a = pct(summary.byModule[module as ModuleId] ?? { answered: 0, right: 0 });
  return labsDone && a !== undefined && a >= DONE_ACCURACY;
}

function useSummary(drills: Progress | undefined): DrillSummary | undefined {
  const [summary, setSummary] = useState<DrillSummary>();
  useEffect(() => {
    if (!drills) return;
    let live = true;
    void import('@/quiz/dashboard').then((m) => live && setSummary(m.drillSummary(drills, new Date())));
    return () => {
      live = false;
    };
  }, [drills]);
  return summary;
}

export function Dashboard({ drills, labs, error }: { drills?: Progress; labs: Record<string, LabProgress>; error?: string }) {
  const summary = useSummary(drills);
  if (error) return <p role="alert">Drill progress is unavailable: {error}</p>;
  // The loading line holds about the dashboard's height, so the modules below do not jump down when it arrives.
  if (!summary)
    return (
      <p aria-busy="true" className="learn-dashboard learn-dashboard--loading">
        Loading your progress…
      </p>
    );
  const done = MODULES.filter((m) => moduleDone(m.id, labs, summary)).length;
  return (
    <section aria-labelledby="dashboard-heading" className="learn-dashboard">
      <h2 id="dashboard-heading">Your progress</h2>
      <ul className="learn-dashboard__stats">
        <li>
          Modules done: <strong>{done}</strong> of {MODULES.length}
        </li>
        <li>
          Cards due today: <strong>{summary.dueToday}</strong> — <a href="#/drills">Review them in Exam drills</a>
        </li>
      </ul>
      <p className="muted">Drill cards are scheduled on your own calendar, not the account&apos;s simulated date: Advance time does not make them due.</p>
      <p className="muted">A module is done when its labs are complete and you answer at least {DONE_ACCURACY}% of its drill questions right.</p>
      <table className="table">
        <caption>Drill accuracy by module</caption>
        <thead>
          <tr>
            <th scope="col">Module</th>
            <th scope="col">Answered</th>
            <th scope="col">Accuracy</th>
            <th scope="col">Done</th>
          </tr>
        </thead>
        <tbody>
          {MODULES.map((m, i) => {
            const t = summary.byModule[m.id as ModuleId] ?? { answered: 0, right: 0 };
            const a = pct(t);
            return (
              <tr key={m.id}>
                <th scope="row">
                  <a href={`#/learn/${m.id}`}>
                    {i + 1}. {m.title}
                  </a>
                </th>
                <td>{t.answered}</td>
                <td>{a === undefined ? 'not yet' : `${a}%`}</td>
                <td>{moduleDone(m.id, labs, summary) ? 'Yes' : 'No'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>Weakest topics</h3>
      {summary.weakest.length ? (
        <ol>
          {summary.weakest.map((w) => (
            <li key={w.text}>
              {w.text}{' '}
              <span className="muted">
                ({w.tally.right} of {w.tally.answered} right · <a href={`#/learn/${w.module}`}>{MODULE_TITLES[w.module]}</a>)
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">
          No weak topics yet: <a href="#/drills">answer some drill cards</a> first.
        </p>
      )}
      <p>
        <a className="button" href="#/drills">
          Go to Exam drills
        </a>
      </p>
    </section>
  );
}
