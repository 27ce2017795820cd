/** What the app gives the drills: the CLI sandbox and the task API (the feature cannot build them). */
import type { CliSandbox } from '@/quiz/cli-check';
import type { TaskApi } from '@/quiz/tasks';

export interface DrillRuntime {
  /** A scratch account with the lab's own shell, for typed CLI answers. */
  newSandbox(): Promise<CliSandbox>;
  /** Read access to (a copy of) the learner's account, for "do it in the simulator" checks. */
  taskApi(): TaskApi;
}
