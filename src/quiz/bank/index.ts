/** The question bank: the course modules' questions, then the Specialty-level items by topic (loaded lazily by the drills screen). */
import type { Question } from '@/quiz/types';
import { ACM } from './acm';
import { CLI_QUESTIONS } from './cli';
import { CMK_SUMMARY } from './cmk-summary';
import { CREATING_A_CMK } from './creating-a-cmk';
import { ENVELOPE } from './envelope-encryption';
import { KEY_ROTATION } from './key-rotation';
import { KMS_101 } from './kms-101';
import { KMS_API_CALLS } from './kms-api-calls';
import { MULTIPLE_RESPONSE } from './multiple-response';
import { SPEC_CONDITION_KEYS } from './spec-condition-keys';
import { SPEC_GRANTS_CONTEXT } from './spec-grants-context';
import { SPEC_KEY_POLICIES } from './spec-key-policies';
import { SPEC_KEY_TYPES } from './spec-key-types';
import { SPEC_DATA_KEYS_REGIONS } from './spec-data-keys-regions';
import { SPEC_KEY_STORES } from './spec-key-stores';
import { SPEC_LIFECYCLE_IMPORT } from './spec-lifecycle-import';
import { SPEC_MATCHING } from './spec-matching';
import { SPEC_MONITORING } from './spec-monitoring';
import { SPEC_COST_GOVERNANCE } from './spec-cost-governance';
import { SPEC_SERVICES } from './spec-services';
import { SPEC_ACM } from './spec-acm';
import { SPEC_PRIVATE_CA } from './spec-private-ca';
import { SPEC_DETECTION } from './spec-detection';
import { SPEC_INCIDENT } from './spec-incident';
import { SPEC_ACCESS } from './spec-access';
import { SPEC_INFRASTRUCTURE } from './spec-infrastructure';
import { SPEC_GOVERNANCE } from './spec-governance';
import { SPEC_PROTECTION } from './spec-protection';
import { SPEC_SCENARIOS } from './spec-scenarios';
import { SPEC_SCENARIOS_2 } from './spec-scenarios-2';
import { SUMMARY } from './summary';
import { TASK_QUESTIONS } from './tasks';

export const BANK: Question[] = [
  ...KMS_101,
  ...CREATING_A_CMK,
  ...CMK_SUMMARY,
  ...KMS_API_CALLS,
  ...ENVELOPE,
  ...KEY_ROTATION,
  ...ACM,
  ...SUMMARY,
  ...MULTIPLE_RESPONSE,
  ...CLI_QUESTIONS,
  ...TASK_QUESTIONS,
  ...SPEC_KEY_POLICIES,
  ...SPEC_CONDITION_KEYS,
  ...SPEC_GRANTS_CONTEXT,
  ...SPEC_KEY_TYPES,
  ...SPEC_DATA_KEYS_REGIONS,
  ...SPEC_KEY_STORES,
  ...SPEC_LIFECYCLE_IMPORT,
  ...SPEC_MONITORING,
  ...SPEC_MATCHING,
  ...SPEC_COST_GOVERNANCE,
  ...SPEC_SERVICES,
  ...SPEC_ACM,
  ...SPEC_PRIVATE_CA,
  ...SPEC_DETECTION,
  ...SPEC_INCIDENT,
  ...SPEC_ACCESS,
  ...SPEC_INFRASTRUCTURE,
  ...SPEC_GOVERNANCE,
  ...SPEC_PROTECTION,
  ...SPEC_SCENARIOS,
  ...SPEC_SCENARIOS_2,
];
export const QUESTION_BY_ID = new Map(BANK.map((q) => [q.id, q]));
