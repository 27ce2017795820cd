/** Exam drills in the app's route table: lazy, so the question bank stays out of the first screen. */
import { lazyScreens, type RouteDef } from '@/components/routing/routes';
import type { DrillRuntime } from './types';

const load = () => import('./index');
const { DrillsPage, ExamPage } = lazyScreens(load);

/** The app passes the account the drills' hands-on questions run in. */
export const drillRoutes = (runtime: DrillRuntime): RouteDef[] => [
  { path: '/drills', title: 'Exam drills', chunk: load, render: () => <DrillsPage runtime={runtime} /> },
  { path: '/drills/exam', title: 'Practice exam', chunk: load, render: () => <ExamPage /> },
  { path: '/drills/q/:question', title: 'Exam drills', chunk: load, render: (p) => <DrillsPage key={p.question} runtime={runtime} question={p.question} /> },
];
