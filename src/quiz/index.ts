/**
 * The drills engine's light entry (no question bank, no scheduler library): the labs record a
 * missed check with `recordLabMiss(factIds)`, which joins the drills' review queue.
 */
export { recordLabMiss, loadProgress, updateProgress, subscribeProgress, setProgressBackend, memoryBackend } from './store';
export { FACTS, FACT_BY_ID } from './facts';
export type { Fact, ModuleId, LabId, Question } from './types';
