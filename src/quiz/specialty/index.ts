/**
 * The Specialty facts map: what an AWS Certified Security - Specialty candidate needs about KMS
 * and ACM, in our own words, each resting on the AWS documentation pages it names. Each fact is
 * covered by at least two questions and, once its guided lab exists, a lab step (lab-pending.ts
 * lists the facts still waiting for theirs; the bank's test keeps that list honest).
 */
import { ACCESS_FACTS } from './access';
import { CERTIFICATE_FACTS } from './certificates';
import { KEY_FACTS } from './keys';
import { OPERATIONS_FACTS } from './operations';

export type { SpecialtyFact } from './build';
export const SPECIALTY_FACTS = [...ACCESS_FACTS, ...KEY_FACTS, ...OPERATIONS_FACTS, ...CERTIFICATE_FACTS];
