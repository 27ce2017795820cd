/**
 * Guided labs as data (docs/architecture.md, "Labs and drills"): a lab is a goal, steps, graduated hints, a check
 * over the account's state per step, and a solution the tests replay. Checks read the account
 * (configuration and the event history), never which screen the learner used, so a step done in
 * the console or in CloudShell counts either way.
 */
import type { Cloud } from '@/cloud';
import type { ServiceName } from '@/cloud';

export interface CheckResult {
  ok: boolean;
  /** Shown to the learner: what is right, or what is still missing and where to look. */
  message: string;
}

/** What a check may see besides the account: the terminal's files and history, when the app lends them. */
export interface CheckExtras {
  /** True when the CloudShell home directory holds this file (path relative to home). */
  fileExists?: (path: string) => boolean;
  /** The bytes of a file of the home directory (path relative to home); undefined when there is no such file. */
  readFile?: (path: string) => Uint8Array | undefined;
  /** The command lines typed in CloudShell, oldest first. */
  history?: () => string[];
}

export type Check = (cloud: Cloud, extras?: CheckExtras) => Promise<CheckResult>;

/** Drives the account as a solution does: calls as a named IAM user (or the root), time travel. */
export interface LabDriver {
  cloud: Cloud;
  call<O = any>(service: ServiceName, operation: string, input?: Record<string, unknown>, o?: { as?: string; region?: string }): Promise<O>;
  /** The key id an alias points to (throws when it does not exist). */
  keyIdOf(alias: string, region?: string): string;
  /** Values a solution keeps between actions (a ciphertext, a key id). */
  memo: Record<string, unknown>;
}

/**
 * One solution action: a shell command line (run in CloudShell, as the signed-in identity or
 * `as`), or an engine action described in words (what the learner does in the console).
 */
export type SolutionAction = { cli: string; as?: string } | { say: string; run: (d: LabDriver) => Promise<void> };

export interface LabStep {
  id: string;
  title: string;
  /** What to do, in plain words (paragraphs). */
  instructions: string[];
  /** Graduated: a nudge, then the exact place, then the exact action. */
  hints: [nudge: string, place: string, action: string];
  check: Check;
  solution: SolutionAction[];
}

export interface Lab {
  id: string;
  /** 1-based order in the catalogue. */
  number: number;
  title: string;
  /** Module of the learning path this lab belongs to (src/labs/modules.ts). */
  module: string;
  goal: string;
  /** The starting state in words (what Reset lab loads). */
  startsWith: string;
  /** Files of CloudShell's home at the start besides secret.txt (name -> text); Reset lab writes them. */
  files?: Record<string, string>;
  /** Builds the starting state on a fresh account (as the root). */
  setup?: (d: LabDriver) => Promise<void>;
  steps: LabStep[];
  /** Shown when every step passes: what the learner just proved, and the exam angle. */
  completion: string;
  /** The likely wrong attempts, each with its own diagnosis (a test per attempt). */
  wrongAttempts: WrongAttempt[];
}

/**
 * A likely mistake, done after the steps before `failingStep` were solved: in the console (`run`)
 * or in CloudShell (`cli`, lines typed in order). The failing step's check must then fail with a
 * message matching `expect`, which names this mistake rather than the step's generic "not yet".
 */
export interface WrongAttempt {
  say: string;
  run?: (d: LabDriver) => Promise<void>;
  cli?: string[];
  failingStep: string;
  expect: RegExp;
}

export const ok = (message: string): CheckResult => ({ ok: true, message });
export const notYet = (message: string): CheckResult => ({ ok: false, message });
