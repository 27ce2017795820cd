/**
 * Why the right answer is right and each wrong one wrong: every option (or step, or matching
 * pair) with its line, the learner's choice marked, the explanation, the AWS documentation pages
 * the item rests on, and links to the module section and the lab when they exist. Used after a
 * drill answer and in the exam review.
 */
import { DOCS } from '@/quiz/docs';
import { gradeOffline, isAnswered } from '@/quiz/grade';
import { LAB_SLUGS, LAB_TITLES, matchChoices, MODULE_TITLES, type Question } from '@/quiz/types';
import { displayOrder } from './question-form';

export function StudyLinks({ question: q }: { question: Question }) {
  return (
    <>
      <p className="drill-links">
        AWS documentation:{' '}
        {q.docs.map((d, i) => (
          <span key={d}>
            {i > 0 && ' · '}
            <a href={DOCS[d].url} target="_blank" rel="noreferrer noopener">
              {DOCS[d].title}
            </a>
          </span>
        ))}
      </p>
      <p className="drill-links">
        {q.module && q.section && (
          <>
            Learn:{' '}
            <a href={`#/learn/${q.module}`}>
              {MODULE_TITLES[q.module]}: {q.section}
            </a>
            {' · '}
          </>
        )}
        {q.lab && (
          <>
            Practise: <a href={`#/labs/${LAB_SLUGS[q.lab]}`}>{LAB_TITLES[q.lab]}</a>
            {' · '}
          </>
        )}
        <a href={`#/drills/q/${q.id}`}>Link to this question</a>
      </p>
    </>
  );
}

interface Props {
  question: Question;
  response: number[];
  /** For CLI and task answers: what the check said. */
  message?: string;
  seed?: number;
}

function MatchingFeedback({ question: q, response, seed = 0 }: Props & { question: Extract<Question, { format: 'matching' }> }) {
  const choices = matchChoices(q);
  const used = new Set(q.pairs.map((p) => p.match));
  return (
    <>
      <p>The right pairs:</p>
      <ul className="drill-why" aria-label="Each item with its response">
        {q.pairs.map((p, i) => {
          const given = response[i] ?? -1;
          const right = choices[given] === p.match;
          return (
            <li key={i} className={right ? 'drill-why--right' : 'drill-why--wrong'}>
              <strong>{p.item}</strong> → <strong>{p.match}</strong>
              {response.length > 0 && <span className="drill-tag">{right ? 'Your answer, right' : given < 0 ? 'Not answered' : 'Your answer, wrong'}</span>}
              {response.length > 0 && !right && given >= 0 ? <span className="drill-chosen">You chose: {choices[given]}</span> : <br />}
              {p.why}
            </li>
          );
        })}
      </ul>
      {q.distractors.length > 0 && (
        <>
          <p>Responses that match no item:</p>
          <ul className="drill-why">
            {displayOrder(q, seed)
              .map((c) => choices[c]!)
              .filter((c) => !used.has(c))
              .map((c) => (
                <li key={c} className="drill-why--wrong">
                  <strong>{c}</strong>
                  <br />
                  {q.distractors.find((d) => d.text === c)!.why}
                </li>
              ))}
          </ul>
        </>
      )}
    </>
  );
}

export function Feedback({ question: q, response, message, seed = 0 }: Props) {
  return (
    <div className="drill-feedback">
      {(q.format === 'single' || q.format === 'scenario' || q.format === 'multiple') && (
        <ul className="drill-why" aria-label="Why each option is right or wrong">
          {displayOrder(q, seed).map((i) => {
            const right = q.answer.includes(i);
            const chosen = response.includes(i);
            return (
              <li key={i} className={right ? 'drill-why--right' : 'drill-why--wrong'}>
                <strong>{q.options[i]!.text}</strong>
                {chosen && <span className="drill-tag">{right ? 'Your answer, right' : 'Your answer, wrong'}</span>}
                {!chosen && right && <span className="drill-tag">Right answer</span>}
                <br />
                {q.options[i]!.why}
              </li>
            );
          })}
        </ul>
      )}
      {q.format === 'ordering' && (
        <>
          <p>The right order:</p>
          <ol className="drill-why">
            {q.steps.map((s, i) => (
              <li key={i}>
                <strong>{s.text}</strong>
                {response.length > 0 && response[i] !== i && <span className="drill-tag">you placed here: {q.steps[response[i]!]?.text}</span>}
                <br />
                {s.why}
              </li>
            ))}
          </ol>
        </>
      )}
      {q.format === 'matching' && <MatchingFeedback question={q} response={response} seed={seed} />}
      {(q.format === 'cli' || q.format === 'task') && (
        <>
          {message && <p>{message}</p>}
          <p>{q.format === 'cli' ? 'One correct command:' : 'One way to do it:'}</p>
          <pre className="drill-model">
            <code>{q.model}</code>
          </pre>
          <p>Typical mistakes:</p>
          <ul className="drill-why">
            {q.pitfalls.map((p, i) => (
              <li key={i}>
                <strong className="mono">{p.text}</strong>: {p.why}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <strong>Explanation:</strong> {q.explanation}
      </p>
      <StudyLinks question={q} />
    </div>
  );
}

export const isRight = (q: Question, response: number[]) =>
  q.format === 'cli' || q.format === 'task' ? false : isAnswered(q, response) && gradeOffline(q, response);
