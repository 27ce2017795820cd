/**
 * Exam readiness by SCS-C03 domain, estimated from the learner's own answers (src/quiz/dashboard
 * readiness: latest answer per question, recent and Specialty-level answers weigh more), with the
 * domain's weight in the exam and, once every domain has enough answers, a predicted score.
 */
import { BANK } from '@/quiz/bank';
import { PASS_MARK } from '@/quiz/exam';
import type { Progress } from '@/quiz/progress';
import { DOMAINS } from '@/quiz/types';
import { readiness } from './stats';

const STATUS: Record<string, string> = {
  'not enough data': 'Too few answers',
  'not ready': 'Needs work',
  close: 'Close',
  ready: 'Ready',
};

export function Readiness({ progress, now }: { progress: Progress; now: Date }) {
  const r = readiness(BANK, progress, now);
  return (
    <section aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Exam readiness by domain</h2>
      <p className="muted">
        An estimate of how you would do on new questions of each domain of the SCS-C03 exam, from your latest answer to each question (recent answers and
        Specialty-level questions count more). It needs answers to at least 5 questions of a domain.
      </p>
      <table className="table">
        <caption className="visually-hidden">Readiness estimate per exam domain</caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Weight</th>
            <th scope="col">Answered</th>
            <th scope="col">Estimate</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {r.domains.map((d) => (
            <tr key={d.domain}>
              <th scope="row">{DOMAINS[d.domain].title}</th>
              <td>{DOMAINS[d.domain].weight}%</td>
              <td>{d.questions}</td>
              <td>{d.estimate === undefined ? '—' : `${d.estimate}%`}</td>
              <td>
                <span className={`drill-status drill-status--${d.status.replace(/ /g, '-')}`}>{STATUS[d.status]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {r.predicted === undefined
          ? 'A predicted score appears once every domain has enough answers.'
          : `Predicted score: ${r.predicted} / 1000 (pass mark ${PASS_MARK}), weighting each domain as the exam does.`}
      </p>
    </section>
  );
}
