// @vitest-environment jsdom
/** The exam's review narrowed per domain and to the questions not answered right, numbers kept. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BANK } from '@/quiz/bank';
import { finishExam, pickExam } from '@/quiz/exam';
import type { ChoiceQuestion } from '@/quiz/types';
import { DOMAINS } from '@/quiz/types';
import { ExamResults } from './exam-results';

afterEach(cleanup);

function taken() {
  const picked = pickExam(BANK, 12, 7);
  // The single-answer and scenario items answered right, everything else left unanswered (wrong).
  const responses = Object.fromEntries(
    picked.questions.filter((q): q is ChoiceQuestion => q.format === 'single' || q.format === 'scenario').map((q) => [q.id, [...q.answer]]),
  );
  const result = finishExam({
    id: 'e1',
    questions: picked.questions,
    responses,
    form: picked.form,
    startedAt: new Date('2026-12-07T10:00:00Z'),
    finishedAt: new Date('2026-12-07T10:30:00Z'),
    minutes: 31,
  });
  return { questions: picked.questions, result };
}

const reviewItems = () =>
  within(screen.getByRole('list', { name: 'Review' }))
    .getAllByRole('listitem')
    .filter((li) => li.parentElement?.classList.contains('exam-review'));

describe('exam review', () => {
  it('shows one domain at a time, and only the questions not answered right, keeping each number', () => {
    const { questions, result } = taken();
    expect(result.answers.some((a) => a.correct)).toBe(true);
    expect(result.answers.some((a) => !a.correct)).toBe(true);
    render(<ExamResults result={result} questions={questions} />);
    expect(reviewItems()).toHaveLength(12);
    expect(screen.getByRole('status').textContent).toBe('Showing 12 of 12 questions.');

    const domain = questions[0]!.domain;
    const mine = questions.flatMap((q, i) => (q.domain === domain ? [i + 1] : []));
    const select = screen.getByLabelText('Questions of') as HTMLSelectElement;
    expect(select.selectedOptions[0]!.textContent).toBe('All domains (12)');
    expect([...select.options].find((o) => o.value === domain)!.textContent).toBe(`${DOMAINS[domain].title} (${mine.length})`);
    fireEvent.change(select, { target: { value: domain } });
    const items = reviewItems();
    expect(items.map((li) => Number(li.getAttribute('value')))).toEqual(mine);
    for (const li of items) expect(li.textContent).toContain(DOMAINS[domain].title);
    expect(screen.getByRole('status').textContent).toBe(`Showing ${mine.length} of 12 questions.`);

    fireEvent.change(select, { target: { value: '' } });
    fireEvent.click(screen.getByLabelText('Only questions not answered right'));
    const wrong = result.answers.flatMap((a, i) => (a.correct ? [] : [i + 1]));
    expect(reviewItems().map((li) => Number(li.getAttribute('value')))).toEqual(wrong);
    for (const li of reviewItems()) expect(li.querySelector('strong')!.textContent).not.toBe('Right');
  });
});
