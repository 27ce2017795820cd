/**
 * Small builders that keep the bank files readable: options are written right ones first as
 * [text, why] pairs (the screen shuffles them), and every question names its facts, the module
 * section that teaches it and, where one does, the lab.
 */
import type { ChoiceQuestion, CliExpectation, CliQuestion, LabId, ModuleId, Option, OrderingQuestion, TaskQuestion } from '@/quiz/types';

export type Opt = [text: string, why: string];
export interface Meta {
  f: string[];
  s: string;
  lab?: LabId;
}

const opt = ([text, why]: Opt): Option => ({ text, why });

export function builders(module: ModuleId) {
  const base = (id: string, m: Meta, stem: string, explanation: string) => ({
    id,
    facts: m.f,
    module,
    section: m.s,
    ...(m.lab ? { lab: m.lab } : {}),
    stem,
    explanation,
  });
  const choice =
    (format: ChoiceQuestion['format']) =>
    (id: string, m: Meta, stem: string, right: Opt | Opt[], wrong: Opt[], explanation: string): ChoiceQuestion => {
      const rights = (Array.isArray(right[0]) ? right : [right]) as Opt[];
      return { ...base(id, m, stem, explanation), format, options: [...rights, ...wrong].map(opt), answer: rights.map((_, i) => i) };
    };
  return {
    single: choice('single'),
    scenario: choice('scenario'),
    multiple: (id: string, m: Meta, stem: string, right: Opt[], wrong: Opt[], explanation: string) =>
      choice('multiple')(id, m, stem, right, wrong, explanation),
    ordering: (id: string, m: Meta, stem: string, steps: Opt[], explanation: string): OrderingQuestion => ({
      ...base(id, m, stem, explanation),
      format: 'ordering',
      steps: steps.map(opt),
    }),
    cli: (id: string, m: Meta, stem: string, expect: CliExpectation, model: string, pitfalls: Opt[], explanation: string): CliQuestion => ({
      ...base(id, m, stem, explanation),
      format: 'cli',
      expect,
      model,
      pitfalls: pitfalls.map(opt),
    }),
    task: (id: string, m: Meta, stem: string, task: string, model: string, pitfalls: Opt[], explanation: string): TaskQuestion => ({
      ...base(id, m, stem, explanation),
      format: 'task',
      task,
      model,
      pitfalls: pitfalls.map(opt),
    }),
  };
}
