/**
 * The row form of the Specialty facts map: `['id', 'text', [docs], [lab steps]]`, one topic per
 * list. Lab steps name steps of guided labs that exist today (`lab:<lab>/<step>`, checked by
 * the bank's test against the labs' catalogue); a fact with none waits for its lab (lab-pending.ts).
 */
import type { DocId } from '@/quiz/docs';
import type { Fact, TopicId } from '@/quiz/types';

export type Row = [id: string, text: string, docs: DocId[], labSteps?: string[]];

export interface SpecialtyFact extends Fact {
  specialty: true;
  docs: DocId[];
  labSteps: string[];
}

export const rows = (topic: TopicId, list: Row[]): SpecialtyFact[] =>
  list.map(([id, text, docs, labSteps]) => ({ id, text, topic, source: 'AWS documentation', docs, labSteps: labSteps ?? [], specialty: true }));
