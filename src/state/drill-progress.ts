/** The learner's drill progress (src/quiz store), loaded once and kept current on every update. */
import { useEffect, useState } from 'react';
import type { Progress } from '@/quiz/progress';
import { loadProgress, progressProblem, subscribeProgress } from '@/quiz/store';

export function useDrillProgress(): { progress?: Progress; problem?: string; error?: string } {
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
