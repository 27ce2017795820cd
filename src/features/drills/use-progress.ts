/** The learner's drill progress (shared with the learning path: the hook lives in src/state). */
export { useDrillProgress as useProgress } from '@/state/drill-progress';

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
