/**
 * Small builders that keep the bank files readable: options are written right ones first as
 * [text, why] pairs (the screen shuffles them), and every question names its facts, topic, exam
 * domain, difficulty and documentation pages (defaults per file, overridden per question), the
 * module section that teaches it when there is one, and the lab when one exists.
 */
import type { DocId } from '@/quiz/docs';
import type {
  ChoiceQuestion,
  CliExpectation,
  CliQuestion,
  Difficulty,
  DomainId,
  Format,
  LabId,
  MatchingQuestion,
  ModuleId,
  Option,
  OrderingQuestion,
  TaskQuestion,
  TopicId,
} from '@/quiz/types';

export type Opt = [text: string, why: string];

/** Per question: facts, module section, lab, and overrides of the file's topic, domain, difficulty and docs. */
export interface Meta {
  f: string[];
  s?: string;
  lab?: LabId;
  t?: TopicId;
  d?: DomainId;
  lv?: Difficulty;
  docs?: DocId[];
}

export interface Defaults {
  module?: ModuleId;
  t: TopicId;
  d: DomainId;
  /** Difficulty when a question names none (otherwise: recall 1, everything else 2). */
  lv?: Difficulty;
  docs?: DocId[];
}

const opt = ([text, why]: Opt): Option => ({ text, why });
const FORMAT_LEVEL: Record<Format, Difficulty> = { single: 1, scenario: 2, multiple: 2, ordering: 2, matching: 2, cli: 2, task: 2 };

export function builders(defaults: Defaults) {
  const base = (id: string, m: Meta, format: Format, stem: string, explanation: string) => ({
    id,
    facts: m.f,
    topic: m.t ?? defaults.t,
    domain: m.d ?? defaults.d,
    difficulty: m.lv ?? defaults.lv ?? FORMAT_LEVEL[format],
    docs: m.docs ?? defaults.docs ?? [],
    ...(defaults.module && m.s ? { module: defaults.module, section: m.s } : {}),
    ...(m.lab ? { lab: m.lab } : {}),
    stem,
    explanation,
  });
  const choice =
    (format: ChoiceQuestion['format']) =>
    (id: string, m: Meta, stem: string, right: Opt | Opt[], wrong: Opt[], explanation: string): ChoiceQuestion => {
      const rights = (Array.isArray(right[0]) ? right : [right]) as Opt[];
      return { ...base(id, m, format, stem, explanation), format, options: [...rights, ...wrong].map(opt), answer: rights.map((_, i) => i) };
    };
  return {
    single: choice('single'),
    scenario: choice('scenario'),
    multiple: (id: string, m: Meta, stem: string, right: Opt[], wrong: Opt[], explanation: string) =>
      choice('multiple')(id, m, stem, right, wrong, explanation),
    ordering: (id: string, m: Meta, stem: string, steps: Opt[], explanation: string): OrderingQuestion => ({
      ...base(id, m, 'ordering', stem, explanation),
      format: 'ordering',
      steps: steps.map(opt),
    }),
    /** Pairs as [item, its match, why]; distractors are responses that belong to no item. */
    matching: (
      id: string,
      m: Meta,
      stem: string,
      pairs: [item: string, match: string, why: string][],
      distractors: Opt[],
      explanation: string,
    ): MatchingQuestion => ({
      ...base(id, m, 'matching', stem, explanation),
      format: 'matching',
      pairs: pairs.map(([item, match, why]) => ({ item, match, why })),
      distractors: distractors.map(opt),
    }),
    cli: (id: string, m: Meta, stem: string, expect: CliExpectation, model: string, pitfalls: Opt[], explanation: string): CliQuestion => ({
      ...base(id, m, 'cli', stem, explanation),
      format: 'cli',
      expect,
      model,
      pitfalls: pitfalls.map(opt),
    }),
    task: (id: string, m: Meta, stem: string, task: string, model: string, pitfalls: Opt[], explanation: string): TaskQuestion => ({
      ...base(id, m, 'task', stem, explanation),
      format: 'task',
      task,
      model,
      pitfalls: pitfalls.map(opt),
    }),
  };
}
