/**
 * The shapes of the exam drills (DESIGN.md section 7): facts of the course notes, questions that
 * test them, and the formats AWS exams use plus the two only a lab can offer (typing the CLI
 * command, doing the task in the simulator). Plain data: no functions except a task's check.
 */

export const MODULE_IDS = ['kms-101', 'creating-a-cmk', 'cmk-summary', 'kms-api-calls', 'envelope-encryption', 'key-rotation', 'acm', 'summary'] as const;
export type ModuleId = (typeof MODULE_IDS)[number];

export const MODULE_TITLES: Record<ModuleId, string> = {
  'kms-101': 'KMS 101',
  'creating-a-cmk': 'Creating a CMK',
  'cmk-summary': 'CMK summary',
  'kms-api-calls': 'KMS API calls',
  'envelope-encryption': 'Envelope encryption',
  'key-rotation': 'Key rotation',
  acm: 'Certificate management (ACM)',
  summary: 'Summary and exam review',
};

export const LAB_IDS = ['lab-1', 'lab-2', 'lab-3', 'lab-4', 'lab-5', 'lab-6', 'lab-7', 'lab-8', 'lab-9', 'lab-10'] as const;
export type LabId = (typeof LAB_IDS)[number];

export interface Fact {
  id: string;
  /** The fact in our own words. */
  text: string;
  module: ModuleId;
  /** The section of the course notes it comes from (heading > numbered item). */
  source: string;
  /** An "Exam tips" item of the notes. */
  tip?: boolean;
  /** A current fact that changed since the notes were written (or that the notes predate). */
  current?: boolean;
}

/** One answer option, with the line that says why it is right or wrong. */
export interface Option {
  text: string;
  why: string;
}

export type Format = 'single' | 'multiple' | 'ordering' | 'scenario' | 'cli' | 'task';

interface Base {
  id: string;
  /** The fact ids it tests (facts.ts). */
  facts: string[];
  module: ModuleId;
  /** The module section that teaches it (shown as the link's text). */
  section: string;
  lab?: LabId;
  stem: string;
  /** Why the right answer is right, in a sentence or two. */
  explanation: string;
}

export interface ChoiceQuestion extends Base {
  format: 'single' | 'scenario' | 'multiple';
  options: Option[];
  /** Indexes of the right options (one for single and scenario). Options are shuffled on screen. */
  answer: number[];
}

/** Steps given in the right order; shown shuffled; `why` says why the step sits where it does. */
export interface OrderingQuestion extends Base {
  format: 'ordering';
  steps: Option[];
}

/** What a typed command must call: checked by running it in a scratch account with the lab's own shell. */
export interface CliExpectation {
  service: 'kms' | 'iam';
  operation: string;
  /** The key the call must target, named by alias (any id, ARN or alias form of it passes). */
  key?: string;
  /** The member holding the key (KeyId unless e.g. DestinationKeyId or TargetKeyId). */
  keyMember?: string;
  /** Input members that must have these values; one of the alternatives must hold entirely. */
  input?: Record<string, unknown>[];
}

export interface CliQuestion extends Base {
  format: 'cli';
  expect: CliExpectation;
  /** One correct command (shown after answering). */
  model: string;
  /** Typical mistakes and why they fail (one line each). */
  pitfalls: Option[];
}

export interface TaskQuestion extends Base {
  format: 'task';
  /** The id of the check in tasks.ts. */
  task: string;
  /** What to do, step by step, shown after answering. */
  model: string;
  pitfalls: Option[];
}

export type Question = ChoiceQuestion | OrderingQuestion | CliQuestion | TaskQuestion;

/** The guided labs' URL ids (src/labs/catalog), by the issue's lab numbers. */
export const LAB_SLUGS: Record<LabId, string> = {
  'lab-1': 'iam-setup',
  'lab-2': 'create-cmk',
  'lab-3': 'cli-encrypt',
  'lab-4': 'data-key',
  'lab-5': 'file-encryption',
  'lab-6': 'rotation',
  'lab-7': 'key-states',
  'lab-8': 'separation-of-duties',
  'lab-9': 'import-key-material',
  'lab-10': 'break-it',
};

export const LAB_TITLES: Record<LabId, string> = {
  'lab-1': 'Lab 1: IAM setup for KMS',
  'lab-2': 'Lab 2: Create a CMK',
  'lab-3': 'Lab 3: Encrypt, decrypt, re-encrypt with the CLI',
  'lab-4': 'Lab 4: Envelope encryption by hand',
  'lab-5': 'Lab 5: Encrypt a file',
  'lab-6': 'Lab 6: Key rotation',
  'lab-7': 'Lab 7: Key states',
  'lab-8': 'Lab 8: Separation of duties',
  'lab-9': 'Lab 9: Import key material',
  'lab-10': 'Lab 10: Break-it drills',
};
