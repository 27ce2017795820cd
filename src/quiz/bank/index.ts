/** The question bank: every module's questions in one list (loaded lazily by the drills screen). */
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
];
export const QUESTION_BY_ID = new Map(BANK.map((q) => [q.id, q]));
