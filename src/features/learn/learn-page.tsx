/**
 * The learning path's home: the modules of the course in order, each with its labs and
 * progress, "Continue where I left off", the progress dashboard and the progress file.
 */
import { LABS, MODULES, findLab } from '@/labs';
import { ProgressFileSection } from '@/components/ui/progress-file';
import { useDrillProgress } from '@/state/drill-progress';
import { useLabSession, type LabProgress } from '@/state/lab-progress';
import { Dashboard } from './dashboard';
import './learn.css';

export const labsOf = (module: string) => LABS.filter((l) => l.module === module);

export function labStatus(p: LabProgress | undefined, steps: number): string {
  if (p?.completed) return 'Complete';
  if (p?.passed.length) return `${p.passed.length} of ${steps} steps passed`;
  return 'Not started';
}

export function LearnPage() {
  const progress = useLabSession((s) => s.progress);
  const last = useLabSession((s) => s.last);
  const lastLab = last ? findLab(last.lab) : undefined;
  const done = LABS.filter((l) => progress[l.id]?.completed).length;
  const drills = useDrillProgress();

  return (
    <div className="learn">
      <h1>Learning path</h1>
      <p>The course in eight modules: read a short explanation, then practise in the simulator with a guided lab that checks your work.</p>
      <p>
        Labs complete: <strong>{done}</strong> of {LABS.length}.
      </p>
      {lastLab && (
        <p>
          <a className="button button--primary" href={`#/labs/${lastLab.id}${last?.step ? `/${last.step}` : ''}`}>
            Continue where I left off: lab {lastLab.number}, {lastLab.title}
          </a>
        </p>
      )}
      <Dashboard drills={drills.progress} labs={progress} error={drills.error} />
      <ol className="learn-modules">
        {MODULES.map((m, i) => {
          const labs = labsOf(m.id);
          const complete = labs.filter((l) => progress[l.id]?.completed).length;
          return (
            <li key={m.id} className="learn-module">
              <h2>
                <a href={`#/learn/${m.id}`}>
                  {i + 1}. {m.title}
                </a>
              </h2>
              <p>{m.summary}</p>
              {labs.length > 0 ? (
                <>
                  <p className="learn-module__progress">
                    Labs: {complete} of {labs.length} complete
                  </p>
                  <ul>
                    {labs.map((l) => (
                      <li key={l.id}>
                        <a href={`#/labs/${l.id}`}>
                          Lab {l.number}: {l.title}
                        </a>{' '}
                        — {labStatus(progress[l.id], l.steps.length)}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="learn-module__progress">Reading only (no lab).</p>
              )}
            </li>
          );
        })}
      </ol>
      <ProgressFileSection drills={drills.progress} />
    </div>
  );
}
