/**
 * The exam's score with the pass mark, the score per SCS-C03 domain (scored items only), and a
 * review of every answer with its explanation; the unscored items are named now that the exam
 * is over. The review can be narrowed to one domain and to the questions not answered right (a
 * full exam's review is 65 questions long); each question keeps its number in the exam.
 */
import { useEffect, useRef, useState } from 'react';
import { BANK } from '@/quiz/bank';
import { domainScores, PASS_MARK } from '@/quiz/exam';
import type { ExamResult } from '@/quiz/progress';
import { DOMAINS, TOPIC_TITLES, type DomainId, type Question } from '@/quiz/types';
import { Feedback } from './feedback';

export function ExamResults({ result, questions }: { result: ExamResult; questions: Question[] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const scored = result.answers.filter((a) => a.scored !== false);
  const right = scored.filter((a) => a.correct).length;
  const unscored = result.answers.length - scored.length;
  const domains = domainScores(result, BANK);
  const [domain, setDomain] = useState<DomainId | ''>('');
  const [wrongOnly, setWrongOnly] = useState(false);
  const shown = questions.map((q, i) => ({ q, i, a: result.answers[i]! })).filter(({ q, a }) => (!domain || q.domain === domain) && (!wrongOnly || !a.correct));
  return (
    <section aria-labelledby="exam-score" className="exam-results">
      <h2 id="exam-score" ref={heading} tabIndex={-1}>
        Your score: {result.score} / 1000 ({result.passed ? 'Pass' : 'Fail'})
      </h2>
      <p>
        Pass mark: {PASS_MARK}. You answered {right} of {scored.length} scored questions right
        {unscored > 0 ? `; ${unscored} further questions were unscored, as on the real exam, and are marked below` : ''}. AWS scales scores with statistics it
        does not publish; this score is linear (100 + 900 × the share of scored questions you got right).
      </p>
      <h3>Score by domain</h3>
      <table className="table">
        <caption className="visually-hidden">Scored questions and share right per exam domain</caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Weight</th>
            <th scope="col">Scored questions</th>
            <th scope="col">Right</th>
          </tr>
        </thead>
        <tbody>
          {domains.map((d) => (
            <tr key={d.domain}>
              <th scope="row">{DOMAINS[d.domain].title}</th>
              <td>{DOMAINS[d.domain].weight}%</td>
              <td>{d.scored}</td>
              <td>{d.percent === undefined ? '—' : `${d.right} (${d.percent}%)`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id="exam-review-heading">Review</h3>
      <div className="exam-review-filter">
        <div className="field">
          <label htmlFor="exam-review-domain">Questions of</label>
          <select id="exam-review-domain" className="input" value={domain} onChange={(e) => setDomain(e.target.value as DomainId | '')}>
            <option value="">All domains ({questions.length})</option>
            {Object.entries(DOMAINS).map(([id, d]) => {
              const n = questions.filter((q) => q.domain === id).length;
              return n ? (
                <option key={id} value={id}>
                  {d.title} ({n})
                </option>
              ) : null;
            })}
          </select>
        </div>
        <label>
          <input type="checkbox" checked={wrongOnly} onChange={(e) => setWrongOnly(e.target.checked)} /> Only questions not answered right
        </label>
      </div>
      <p role="status" className="muted">
        Showing {shown.length} of {questions.length} questions.
      </p>
      <ol className="exam-review" aria-labelledby="exam-review-heading">
        {shown.map(({ q, i, a }) => {
          return (
            <li key={q.id} value={i + 1}>
              <p>
                <strong className={a.correct ? 'drill-verdict--right' : 'drill-verdict--wrong'}>
                  {a.correct ? 'Right' : a.response.length && a.response.some((r) => r >= 0) ? 'Wrong' : 'Not answered'}
                </strong>{' '}
                · {DOMAINS[q.domain].title} · {TOPIC_TITLES[q.topic]}
                {a.scored === false && <span className="drill-tag">Unscored</span>}
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
