/**
 * A lab's page, opened from a link (`#/labs/<id>`, or `#/labs/<id>/<step>` for one step, as a
 * teacher shares it): the lab's overview, and the side panel opened on it. The panel then
 * follows the learner to whatever screen the steps need.
 */
import { useEffect } from 'react';
import { findLab, LABS } from '@/labs';
import { openLab, useLabSession } from '@/state/lab-progress';
import './labs.css';

export function LabPage({ id, step }: { id: string; step?: string }) {
  const lab = findLab(id);
  // Select the stored object itself (a stable reference): a fresh default object per render would loop.
  const stored = useLabSession((s) => s.progress[id]);
  const passed = stored?.passed ?? [];
  const validStep = lab && step && lab.steps.some((s) => s.id === step) ? step : undefined;

  useEffect(() => {
    if (lab) openLab(lab.id, validStep);
  }, [lab, validStep]);

  if (!lab) {
    return (
      <div className="lab-page">
        <h1>Lab not found</h1>
        <p>
          There is no lab named “{id}”. See <a href="#/labs">all labs</a>.
        </p>
      </div>
    );
  }
  return (
    <div className="lab-page">
      <p className="lab-page__kicker">Lab {lab.number}</p>
      <h1>{lab.title}</h1>
      <p>{lab.goal}</p>
      {step && !validStep && <p role="status">This lab has no step “{step}”: starting at its first step.</p>}
      <h2>Steps</h2>
      <ol>
        {lab.steps.map((s) => (
          <li key={s.id}>
            <a href={`#/labs/${lab.id}/${s.id}`}>{s.title}</a>
            {passed.includes(s.id) && <span> (passed)</span>}
          </li>
        ))}
      </ol>
      <p>
        The lab panel on the right stays open while you work in the console, in CloudShell or anywhere else. Press “Check my progress” whenever you think a step
        is done.
      </p>
      <p>
        <a href="#/learn">Back to the learning path</a>
      </p>
    </div>
  );
}

export function LabsIndexPage() {
  const progress = useLabSession((s) => s.progress);
  return (
    <div className="lab-page">
      <h1>Guided labs</h1>
      <ol className="lab-index">
        {LABS.map((lab) => {
          const p = progress[lab.id];
          return (
            <li key={lab.id}>
              <a href={`#/labs/${lab.id}`}>{lab.title}</a> — {p?.completed ? 'complete' : `${p?.passed.length ?? 0} of ${lab.steps.length} steps passed`}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
