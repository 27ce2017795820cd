/** The exam's score with the pass mark, and a review of every answer with its explanation. */
import { useEffect, useRef } from 'react';
import { PASS_MARK } from '@/quiz/exam';
import type { ExamResult } from '@/quiz/progress';
import { MODULE_TITLES, type Question } from '@/quiz/types';
import { Feedback } from './feedback';

export function ExamResults({ result, questions }: { result: ExamResult; questions: Question[] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const right = result.answers.filter((a) => a.correct).length;
  return (
    <section aria-labelledby="exam-score" className="exam-results">
      <h2 id="exam-score" ref={heading} tabIndex={-1}>
        Your score: {result.score} / 1000 ({result.passed ? 'Pass' : 'Fail'})
      </h2>
      <p>
        Pass mark: {PASS_MARK}. You answered {right} of {result.answers.length} questions right. AWS scales scores with statistics it does not publish; this
        score is linear (100 + 900 × the share you got right).
      </p>
      <h3>Review</h3>
      <ol className="exam-review">
        {questions.map((q, i) => {
          const a = result.answers[i]!;
          return (
            <li key={q.id}>
              <p>
                <strong className={a.correct ? 'drill-verdict--right' : 'drill-verdict--wrong'}>
                  {a.correct ? 'Right' : a.response.length ? 'Wrong' : 'Not answered'}
                </strong>{' '}
                · {MODULE_TITLES[q.module]}
              </p>
              <p className="drill-stem">{q.stem}</p>
              <Feedback question={q} response={a.response} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
