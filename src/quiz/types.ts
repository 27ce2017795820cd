/**
 * The shapes of the exam drills (docs/architecture.md, "Labs and drills"): facts, questions that test them, and the
 * formats of the AWS Certified Security - Specialty exam (SCS-C03: single answer, multiple
 * response, ordering, matching; scenarios are single-answer items with a situation) plus the two
 * only a lab can offer (typing the CLI command, doing the task in the simulator). Plain data: no
 * functions except a task's check.
 *
 * Every question names its topic (the drills' filter), its exam domain (SCS-C03's six domains,
 * which the practice exam is weighted by), a difficulty rating, the AWS documentation pages it
 * rests on (docs.ts), and, where one exists, the course module section and the guided lab that
 * teach it.
 */
import type { DocId } from './docs';

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

/**
 * The content domains of the AWS Certified Security - Specialty exam SCS-C03 (in use since
 * 2 December 2025) and the share of the scored content each carries, from AWS's exam guide
 * "AWS Certified Security - Specialty (SCS-C03) Exam Guide", content outline
 * (https://d1.awsstatic.com/onedam/marketing-channels/website/aws/en_US/certification/approved/pdfs/docs-security-spec/AWS-Certified-Security-Specialty_Exam-Guide-03.pdf).
 */
export const DOMAIN_IDS = ['detection', 'incident-response', 'infrastructure', 'iam', 'data-protection', 'governance'] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

export const DOMAINS: Record<DomainId, { title: string; weight: number }> = {
  detection: { title: 'Domain 1: Detection', weight: 16 },
  'incident-response': { title: 'Domain 2: Incident Response', weight: 14 },
  infrastructure: { title: 'Domain 3: Infrastructure Security', weight: 18 },
  iam: { title: 'Domain 4: Identity and Access Management', weight: 20 },
  'data-protection': { title: 'Domain 5: Data Protection', weight: 18 },
  governance: { title: 'Domain 6: Security Foundations and Governance', weight: 14 },
};

/** What a question is about: the drills' topic filter and the facts map's groups. */
export const TOPIC_IDS = [
  'kms-basics',
  'key-policies',
  'condition-keys',
  'grants',
  'encryption-context',
  'key-types',
  'envelope',
  'multi-region',
  'key-stores',
  'key-ownership',
  'key-lifecycle',
  'imported-material',
  'rotation',
  'monitoring',
  'cost-quotas',
  'service-patterns',
  'acm',
  'private-ca',
  'cli',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export const TOPIC_TITLES: Record<TopicId, string> = {
  'kms-basics': 'KMS basics and API calls',
  'key-policies': 'Key policies and IAM',
  'condition-keys': 'Condition keys and ABAC',
  grants: 'Grants and grant tokens',
  'encryption-context': 'Encryption context and ReEncrypt',
  'key-types': 'Key types: symmetric, RSA, ECC, ML-DSA, HMAC',
  envelope: 'Envelope encryption and data keys',
  'multi-region': 'Multi-Region keys',
  'key-stores': 'Custom key stores (CloudHSM, external)',
  'key-ownership': 'AWS owned, AWS managed and customer managed keys',
  'key-lifecycle': 'Key states and deletion',
  'imported-material': 'Imported key material',
  rotation: 'Key rotation',
  monitoring: 'Monitoring and auditing key use',
  'cost-quotas': 'Pricing, quotas and throttling',
  'service-patterns': 'S3, EBS, RDS, Secrets Manager with KMS',
  acm: 'AWS Certificate Manager (ACM)',
  'private-ca': 'AWS Private CA',
  cli: 'The AWS CLI for KMS',
};

/** 1 recalls a fact; 2 applies it to a plain case; 3 is a Specialty-level item (a situation with constraints, plausible distractors). */
export type Difficulty = 1 | 2 | 3;
export const DIFFICULTY_LABELS: Record<Difficulty, string> = { 1: 'Foundation', 2: 'Associate', 3: 'Specialty' };

/** The guided labs that exist (src/labs/catalog), by the numbers the course uses. */
export const LAB_IDS = [
  'lab-1',
  'lab-2',
  'lab-3',
  'lab-4',
  'lab-5',
  'lab-6',
  'lab-7',
  'lab-8',
  'lab-9',
  'lab-10',
  'lab-11',
  'lab-12',
  'lab-13',
  'lab-14',
  'lab-15',
  'lab-16',
  'lab-17',
] as const;
export type LabId = (typeof LAB_IDS)[number];

export interface Fact {
  id: string;
  /** The fact in our own words. */
  text: string;
  topic: TopicId;
  /** The course module that teaches it (facts of the course notes). */
  module?: ModuleId;
  /** Where it comes from: a section of the course notes, or "AWS documentation". */
  source: string;
  /** The AWS documentation pages it rests on (Specialty facts). */
  docs?: DocId[];
  /** An "Exam tips" item of the notes. */
  tip?: boolean;
  /** A current fact that changed since the notes were written (or that the notes predate). */
  current?: boolean;
  /** A fact of the Specialty facts map: covered by at least two questions and, once its lab exists, a lab step. */
  specialty?: boolean;
}

/** One answer option, with the line that says why it is right or wrong. */
export interface Option {
  text: string;
  why: string;
}

export type Format = 'single' | 'multiple' | 'ordering' | 'matching' | 'scenario' | 'cli' | 'task';

interface Base {
  id: string;
  /** The fact ids it tests (facts.ts). */
  facts: string[];
  topic: TopicId;
  domain: DomainId;
  difficulty: Difficulty;
  /** The AWS documentation pages the item rests on (at least one). */
  docs: DocId[];
  /** The course module section that teaches it, when one does (shown as a link). */
  module?: ModuleId;
  section?: string;
  /** The guided lab that practises it, when one exists. */
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

/** One prompt of a matching item, the response that belongs to it, and why. */
export interface Pair {
  item: string;
  match: string;
  why: string;
}

/**
 * Match every item to a response. Responses are the distinct `match` texts plus `distractors`
 * (responses that belong to no item); a response may serve several items. The learner's answer
 * is, per item, the index of the chosen response in `matchChoices(q)` (-1 when none).
 */
export interface MatchingQuestion extends Base {
  format: 'matching';
  pairs: Pair[];
  distractors: Option[];
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

export type Question = ChoiceQuestion | OrderingQuestion | MatchingQuestion | CliQuestion | TaskQuestion;

/** The responses of a matching item, in their canonical order (the screen shuffles them). */
export const matchChoices = (q: MatchingQuestion): string[] => [...new Set(q.pairs.map((p) => p.match)), ...q.distractors.map((d) => d.text)];

/** The guided labs' URL ids (src/labs/catalog), by the course's lab numbers. */
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
  'lab-11': 'acm-cloudfront',
  'lab-12': 'sign-verify',
  'lab-13': 'hmac-tokens',
  'lab-14': 'grant',
  'lab-15': 'key-store',
  'lab-16': 'data-keys-later',
  'lab-17': 'manual-rotation',
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
  'lab-11': 'Lab 11: Get a certificate onto a CloudFront distribution',
  'lab-12': 'Lab 12: Sign and verify, in KMS and with OpenSSL',
  'lab-13': 'Lab 13: An HMAC key for tokens',
  'lab-14': 'Lab 14: A grant for an application, and its retirement',
  'lab-15': 'Lab 15: A CloudHSM key store, disconnected and reconnected',
  'lab-16': 'Lab 16: Data keys for later, and data key pairs',
  'lab-17': 'Lab 17: Manual rotation behind an alias',
};
