/** One module of the learning path: its sections (with diagrams), and its labs with their progress. */
import { findModule, MODULES } from '@/labs';
import { useLabSession } from '@/state/lab-progress';
import { DIAGRAMS } from './diagrams';
import { labStatus, labsOf } from './learn-page';
import './learn.css';

export function ModulePage({ id }: { id: string }) {
  const progress = useLabSession((s) => s.progress);
  const m = findModule(id);
  if (!m) {
    return (
      <div className="learn">
        <h1>Module not found</h1>
        <p>
          There is no module “{id}”. <a href="#/learn">Back to the learning path</a>.
        </p>
      </div>
    );
  }
  const index = MODULES.indexOf(m);
  const next = MODULES[index + 1];
  const labs = labsOf(m.id);
  return (
    <article className="learn">
      <p className="learn__kicker">
        <a href="#/learn">Learning path</a> / Module {index + 1}
      </p>
      <h1>{m.title}</h1>
      {m.sections.map((s) => (
        <section key={s.id} id={`section-${s.id}`} aria-labelledby={`h-${s.id}`}>
          <h2 id={`h-${s.id}`}>
            {s.title}
            {s.current && <span className="learn__current"> (current AWS, newer than the course)</span>}
          </h2>
          {s.paragraphs.map((p, i) => (
            <p key={i} className={p.startsWith('aws ') ? 'learn__command' : undefined}>
              {p}
            </p>
          ))}
          {DIAGRAMS[s.id]?.()}
        </section>
      ))}
      <section aria-labelledby="h-labs">
        <h2 id="h-labs">Practise</h2>
        {labs.length ? (
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
        ) : (
          <p>No lab for this module: the exam drills cover it.</p>
        )}
      </section>
      {next && (
        <p>
          Next: <a href={`#/learn/${next.id}`}>{next.title}</a>
        </p>
      )}
    </article>
  );
}
