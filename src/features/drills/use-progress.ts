/** The learner's drill progress, loaded once and kept current on every update. */
import { useEffect, useState } from 'react';
import type { Progress } from '../../quiz/progress';
import { loadProgress, progressProblem, subscribeProgress } from '../../quiz/store';

export function useProgress(): { progress?: Progress; problem?: string; error?: string } {
  const [progress, setProgress] = useState<Progress>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    loadProgress().then(
      (p) => live && setProgress(p),
      (e) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    const off = subscribeProgress((p) => live && setProgress(p));
    return () => {
      live = false;
      off();
    };
  }, []);
  return { progress, problem: progress ? progressProblem() : undefined, error };
}

export const formatDue = (d: Date) => d.toLocaleString(undefined, { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "in 10 minutes", "in 3 days": the interval a rating button would schedule. */
export function formatInterval(from: Date, to: Date): string {
  const min = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (min < 60) return `${min} min`;
  const h = Math.round(min / 60);
  if (h < 24) return `${h} h`;
  const d = Math.round(h / 24);
  return d < 31 ? `${d} d` : `${Math.round(d / 30)} mo`;
}
