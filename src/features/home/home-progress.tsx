/**
 * The home page's progress: "Continue where you left off" (the last lab and step opened), labs
 * complete and drill cards studied. Loaded after the home page (it needs the lab catalogue and
 * the drill store), into a space of its own size so nothing moves when it appears.
 */
import { LABS, findLab } from '@/labs';
import { useDrillProgress } from '@/state/drill-progress';
import { useLabSession } from '@/state/lab-progress';

export default function HomeProgress() {
  const progress = useLabSession((s) => s.progress);
  const last = useLabSession((s) => s.last);
  const lastLab = last ? findLab(last.lab) : undefined;
  const done = LABS.filter((l) => progress[l.id]?.completed).length;
  const drills = useDrillProgress();
  const studied = drills.progress ? Object.keys(drills.progress.cards).length : 0;
  const exams = drills.progress?.exams.length ?? 0;
  return (
    <div className="home-progress">
      {lastLab ? (
        <a className="button" href={`#/labs/${lastLab.id}${last?.step ? `/${last.step}` : ''}`}>
          Continue where you left off: lab {lastLab.number}, {lastLab.title}
        </a>
      ) : (
        <a className="button" href="#/labs">
          Browse the guided labs
        </a>
      )}
      <ul className="home-progress__figures" aria-label="Your progress">
        <li>
          <strong>{done}</strong> of {LABS.length} labs complete
        </li>
        <li>
          <strong>{studied}</strong> drill {studied === 1 ? 'card' : 'cards'} studied{exams ? `, ${exams} practice ${exams === 1 ? 'exam' : 'exams'}` : ''}
        </li>
      </ul>
    </div>
  );
}
