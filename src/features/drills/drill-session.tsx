/**
 * One card at a time: answer (Enter submits; number keys pick options), see why each option is
 * right or wrong with the AWS documentation and links to the module and lab, then rate (1-4 =
 * Again, Hard, Good, Easy; after a wrong answer only Again and Hard; Enter takes the suggested
 * rating: Good when right, Again when wrong). The card is scheduled with ts-fsrs and its next due
 * date is shown. In presenter mode (a room answers together) the verdict and explanations stay
 * hidden after submitting until "Reveal answer".
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { checkCliAnswer } from '@/quiz/cli-check';
import type { Progress } from '@/quiz/progress';
import { isAnswered } from '@/quiz/grade';
import { allowedRatings, applyLabMisses, buildQueue, preview, Rating, review, type Grade } from '@/quiz/scheduler';
import { updateProgress } from '@/quiz/store';
import { TASK_BY_ID } from '@/quiz/tasks';
import { usePresenter } from '@/state/presenter';
import { DIFFICULTY_LABELS, TOPIC_TITLES, type Question } from '@/quiz/types';
import { Feedback, isRight } from './feedback';
import { displayOrder, FORMAT_LABEL, initialOrder, QuestionForm } from './question-form';
import type { DrillRuntime } from './types';
import { formatDue, formatInterval } from './use-progress';

const RATINGS: [Grade, string][] = [
  [Rating.Again, 'Again'],
  [Rating.Hard, 'Hard'],
  [Rating.Good, 'Good'],
  [Rating.Easy, 'Easy'],
];

interface Props {
  bank: Question[];
  progress: Progress;
  runtime: DrillRuntime;
  /** Only cards of this topic (TOPIC_IDS). */
  topic?: string;
  /** A question to show first (a link to one card: #/drills/q/<id>). */
  first?: string;
  onEnd(): void;
}

type Answered = { correct: boolean; message?: string };

export function DrillSession({ bank, progress, runtime, topic, first, onEnd }: Props) {
  const [current, setCurrent] = useState<Question | undefined>();
  const [response, setResponse] = useState<number[]>([]);
  const [text, setText] = useState('');
  const [answered, setAnswered] = useState<Answered>();
  const presenter = usePresenter((s) => s.on);
  const [revealedId, setRevealedId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [scheduled, setScheduled] = useState<string>();
  const [done, setDone] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const linked = useRef(first);

  // Lab misses join the queue first (as Again reviews), then the next card is picked.
  useEffect(() => {
    if (progress.labMisses.length) void updateProgress((p) => applyLabMisses(p, bank, new Date()));
  }, [progress.labMisses.length, bank]);

  const queue = useMemo(() => buildQueue(bank, progress, new Date(), { topic }), [bank, progress, topic]);
  useEffect(() => {
    if (current) return;
    const asked = linked.current && bank.find((q) => q.id === linked.current);
    linked.current = undefined;
    const next = asked || queue.due[0] || queue.fresh[0];
    setCurrent(next);
    setResponse(next ? initialOrder(next) : []);
    setText('');
    setAnswered(undefined);
  }, [current, queue]);
  useEffect(() => heading.current?.focus(), [current?.id]);

  const submit = async () => {
    if (!current || answered || busy) return;
    if (current.format === 'cli') {
      setBusy(true);
      try {
        const v = await checkCliAnswer(current, text, runtime.newSandbox);
        setAnswered({ correct: v.correct, message: v.message });
      } finally {
        setBusy(false);
      }
      return;
    }
    if (current.format === 'task') {
      setBusy(true);
      try {
        const problem = await TASK_BY_ID.get(current.task)!.check(runtime.taskApi());
        setAnswered({ correct: !problem, message: problem ?? 'Done: the account is configured as asked.' });
      } finally {
        setBusy(false);
      }
      return;
    }
    if (!isAnswered(current, response)) return;
    setAnswered({ correct: isRight(current, response) });
  };

  const rate = async (rating: Grade) => {
    if (!current || !answered || !allowedRatings(answered.correct).includes(rating)) return;
    const now = new Date();
    const p = await updateProgress((x) => review(x, { questionId: current.id, correct: answered.correct, rating }, now));
    setScheduled(
      `Scheduled: “${current.stem.slice(0, 60)}${current.stem.length > 60 ? '…' : ''}” is due again ${formatDue(new Date(p.cards[current.id]!.due))}.`,
    );
    setDone((n) => n + 1);
    setCurrent(undefined);
  };

  // Shown to a room: the answer waits for the presenter's "Reveal answer".
  const hidden = !!answered && presenter && revealedId !== current?.id;
  const suggested: Grade = answered?.correct ? Rating.Good : Rating.Again;
  // Submitting removes the Submit button and disables the answer's fields: if focus was there, it
  // goes to the suggested rating (or Reveal answer), not to the top of the page.
  const card = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const a = document.activeElement;
    if (answered && (!a || a === document.body || a.matches(':disabled'))) card.current?.querySelector<HTMLElement>('button.button--primary')?.focus();
  }, [answered, hidden]);
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const inText = (e.target as HTMLElement).tagName === 'INPUT' && (e.target as HTMLInputElement).type === 'text';
    if (answered) {
      if (hidden) return;
      const n = Number(e.key);
      if (n >= 1 && n <= 4 && !inText && e.target instanceof HTMLElement && e.target.tagName !== 'SELECT') {
        e.preventDefault();
        void rate(n as Grade);
      } else if (e.key === 'Enter' && (e.target as HTMLElement).tagName !== 'BUTTON' && (e.target as HTMLElement).tagName !== 'A') {
        e.preventDefault();
        void rate(suggested);
      }
      return;
    }
    if (e.key === 'Enter' && (e.target as HTMLElement).tagName !== 'BUTTON') {
      e.preventDefault();
      void submit();
      return;
    }
    const n = Number(e.key);
    if (
      !inText &&
      current &&
      (current.format === 'single' || current.format === 'scenario' || current.format === 'multiple') &&
      n >= 1 &&
      n <= current.options.length
    ) {
      const i = displayOrder(current)[n - 1]!;
      setResponse(current.format === 'multiple' ? (response.includes(i) ? response.filter((x) => x !== i) : [...response, i]) : [i]);
    }
  };

  const intervals = current && answered ? preview(progress, current.id, new Date()) : undefined;
  return (
    <section aria-labelledby="drill-heading" className="drill-session" onKeyDown={onKey}>
      <p role="status" className="message">
        {scheduled}
      </p>
      {!current && (
        <div className="empty-state">
          <h2 id="drill-heading" ref={heading} tabIndex={-1}>
            Nothing due right now
          </h2>
          <p>
            {done ? `You reviewed ${done} card${done === 1 ? '' : 's'}. ` : ''}
            {queue.nextDue ? `The next card is due ${formatDue(queue.nextDue)}.` : 'New cards are introduced each day.'}
          </p>
          <Button onClick={onEnd}>Back to the dashboard</Button>
        </div>
      )}
      {current && (
        <form ref={card} className="drill-card" onSubmit={(e) => (e.preventDefault(), void submit())} aria-describedby="drill-stem">
          <p className="muted">
            {FORMAT_LABEL[current.format]} · {TOPIC_TITLES[current.topic]} · {DIFFICULTY_LABELS[current.difficulty]} ·{' '}
            {queue.due.some((q) => q.id === current.id) ? 'due for review' : 'new card'}
          </p>
          <h2 id="drill-heading" ref={heading} tabIndex={-1}>
            Question
          </h2>
          <p id="drill-stem" className="drill-stem">
            {current.stem}
          </p>
          <QuestionForm question={current} response={response} onResponse={setResponse} text={text} onText={setText} disabled={!!answered || busy} />
          {!answered && (
            <div className="toolbar">
              <Button type="submit" variant="primary" disabled={busy || (!['cli', 'task'].includes(current.format) && !isAnswered(current, response))}>
                {busy ? 'Checking…' : current.format === 'task' ? 'Check' : 'Submit answer'}
              </Button>
              <Button onClick={onEnd}>End session</Button>
            </div>
          )}
          <div role="status" aria-live="polite">
            {answered && !hidden && (
              <h3 className={answered.correct ? 'drill-verdict drill-verdict--right' : 'drill-verdict drill-verdict--wrong'}>
                {answered.correct ? 'Correct' : 'Incorrect'}
              </h3>
            )}
          </div>
          {hidden && (
            <div className="toolbar">
              <p>Answer submitted. The answer and explanations are hidden from the room.</p>
              <Button variant="primary" onClick={() => setRevealedId(current.id)}>
                Reveal answer
              </Button>
            </div>
          )}
          {answered && !hidden && (
            <>
              <Feedback question={current} response={response} message={answered.message} />
              <fieldset className="drill-rating">
                <legend>
                  How well did you know it? ({answered.correct ? 'keys 1-4' : 'keys 1-2: after a wrong answer, Again or Hard'}; Enter takes{' '}
                  {RATINGS[suggested - 1]![1]})
                </legend>
                {RATINGS.filter(([r]) => allowedRatings(answered.correct).includes(r)).map(([r, label]) => (
                  <Button key={r} variant={r === suggested ? 'primary' : 'secondary'} onClick={() => void rate(r)}>
                    {r}. {label} ({formatInterval(new Date(), intervals![r])})
                  </Button>
                ))}
              </fieldset>
            </>
          )}
        </form>
      )}
    </section>
  );
}
