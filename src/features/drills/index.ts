/** Exam drills: the drills dashboard and session (#/drills) and the practice exam (#/drills/exam). */
export { DrillsPage } from './drills-page';
export { ExamPage } from './exam-page';
export type { DrillRuntime } from './types';
