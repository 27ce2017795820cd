/** One lab's saved progress (lab-progress.ts keeps them; lab-progress-merge.ts adds up two tabs' copies). */
export interface LabProgress {
  /** Step ids whose check passed (at least once). */
  passed: string[];
  /** Hints revealed per step id (0-3). */
  hints: Record<string, number>;
  completed: boolean;
}
