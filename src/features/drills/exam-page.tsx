/**
 * Practice exam (#/drills/exam): the SCS-C03 form (65 items in 170 minutes, 50 scored and 15
 * unscored that are not revealed until the end, drawn by domain weight) or a shorter practice
 * set of any length (all scored); answer with no feedback, then see the score on the 100-1000
 * scale with the pass mark, the score per domain and a review of every answer. The timer is
 * announced at thresholds, not every second.
 */
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { BANK } from '@/quiz/bank';
import { defaultMinutes, examPool, finishExam, formatClock, pickExam, SCS_C03, timeAnnouncement } from '@/quiz/exam';
import { isAnswered } from '@/quiz/grade';
import type { ExamResult } from '@/quiz/progress';
import { updateProgress } from '@/quiz/store';
import type { Question } from '@/quiz/types';
import { ExamResults } from './exam-results';
import { initialOrder, QuestionForm } from './question-form';
import './drills.css';

interface Running {
  questions: Question[];
  unscored: string[];
  form: 'scs-c03' | 'custom';
  responses: Record<string, number[]>;
  index: number;
  startedAt: Date;
  minutes: number;
}

const SHORT_DEFAULT = 20;

export function ExamPage() {
  const [form, setForm] = useState<'scs-c03' | 'custom'>('scs-c03');
  const [count, setCount] = useState<number>(SHORT_DEFAULT);
  const [minutes, setMinutes] = useState<number>(defaultMinutes(SHORT_DEFAULT));
  const [minutesEdited, setMinutesEdited] = useState(false);
  const [running, setRunning] = useState<Running>();
  const [result, setResult] = useState<{ result: ExamResult; questions: Question[] }>();
  const max = examPool(BANK).length;

  const start = () => {
    const full = form === 'scs-c03';
    const n = full ? SCS_C03.questions : Math.min(Math.max(1, Math.round(count)), max, SCS_C03.questions - 1);
    const picked = pickExam(BANK, n, Date.now() >>> 0);
    const responses = Object.fromEntries(
      picked.questions.filter((q) => q.format === 'ordering' || q.format === 'matching').map((q) => [q.id, initialOrder(q)]),
    );
    setResult(undefined);
    setRunning({ ...picked, responses, index: 0, startedAt: new Date(), minutes: full ? SCS_C03.minutes : minutes });
  };

  const finish = async (r: Running) => {
    const res = finishExam({
      id: `exam-${r.startedAt.getTime()}`,
      questions: r.questions,
      responses: r.responses,
      unscored: r.unscored,
      form: r.form,
      startedAt: r.startedAt,
      finishedAt: new Date(),
      minutes: r.minutes,
    });
    setRunning(undefined);
    setResult({ result: res, questions: r.questions });
    await updateProgress((p) => ({ ...p, exams: [...p.exams, res] }));
  };

  return (
    <div className="drills">
      <h1>Practice exam</h1>
      {running && <ExamRun run={running} onChange={setRunning} onFinish={(r) => void finish(r)} />}
      {!running && result && <ExamResults result={result.result} questions={result.questions} />}
      {!running && (
        <section aria-labelledby="exam-setup-heading">
          <h2 id="exam-setup-heading">{result ? 'Take another exam' : 'Set up your exam'}</h2>
          <p className="muted">
            Like the AWS Certified Security - Specialty exam (SCS-C03, since December 2025): {SCS_C03.questions} questions in {SCS_C03.minutes} minutes, of
            which {SCS_C03.scored} are scored and {SCS_C03.unscored} are unscored (you cannot tell which until the end), drawn by the weight of each exam
            domain. Single answer, multiple response, ordering and matching items, no feedback until you submit, a score from 100 to 1000 with 750 to pass, and
            your score per domain. {max} questions are available.
          </p>
          <form className="exam-setup" onSubmit={(e) => (e.preventDefault(), start())}>
            <fieldset className="exam-form">
              <legend>Exam</legend>
              <label>
                <input type="radio" name="exam-form" checked={form === 'scs-c03'} onChange={() => setForm('scs-c03')} />
                <span>
                  Full exam: {SCS_C03.questions} questions, {SCS_C03.minutes} minutes, {SCS_C03.scored} scored
                </span>
              </label>
              <label>
                <input type="radio" name="exam-form" checked={form === 'custom'} onChange={() => setForm('custom')} />
                <span>Shorter practice set (all questions scored)</span>
              </label>
            </fieldset>
            {form === 'custom' && (
              <>
                <div className="field">
                  <label htmlFor="exam-count">Number of questions</label>
                  <input
                    id="exam-count"
                    className="input"
                    type="number"
                    min={1}
                    max={SCS_C03.questions - 1}
                    value={count}
                    onChange={(e) => {
                      const n = Number(e.target.value);
                      setCount(n);
                      if (!minutesEdited && n > 0) setMinutes(defaultMinutes(Math.min(n, max)));
                    }}
                  />
                </div>
                <div className="field">
                  <label htmlFor="exam-minutes">Time (minutes)</label>
                  <input
                    id="exam-minutes"
                    className="input"
                    type="number"
                    min={1}
                    max={600}
                    value={minutes}
                    onChange={(e) => (setMinutes(Number(e.target.value)), setMinutesEdited(true))}
                  />
                </div>
              </>
            )}
            <Button type="submit" variant="primary" disabled={form === 'custom' && !(count >= 1 && count < SCS_C03.questions && minutes >= 1)}>
              Start exam
            </Button>
          </form>
          <p>
            <a href="#/drills">Back to drills</a>
          </p>
        </section>
      )}
    </div>
  );
}

function ExamRun({ run, onChange, onFinish }: { run: Running; onChange(r: Running): void; onFinish(r: Running): void }) {
  const totalMs = run.minutes * 60_000;
  const [left, setLeft] = useState(totalMs);
  const [announce, setAnnounce] = useState('');
  const [confirming, setConfirming] = useState(false);
  const prev = useRef(totalMs);
  const latest = useRef(run);
  latest.current = run;
  const finishRef = useRef(onFinish);
  finishRef.current = onFinish;
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const id = setInterval(() => {
      const now = Math.max(0, totalMs - (Date.now() - run.startedAt.getTime()));
      const msg = timeAnnouncement(totalMs, prev.current, now);
      prev.current = now;
      setLeft(now);
      if (msg) setAnnounce(msg);
      if (now <= 0) {
        clearInterval(id);
        finishRef.current(latest.current);
      }
    }, 1000);
    return () => clearInterval(id);
  }, [totalMs, run.startedAt]);
  useEffect(() => heading.current?.focus(), [run.index]);

  const q = run.questions[run.index]!;
  const response = run.responses[q.id] ?? [];
  // An ordering item always has an order; the others count once answered (a matching item when every item has a response).
  const answered = run.questions.filter((x) => x.format === 'ordering' || isAnswered(x, run.responses[x.id] ?? [])).length;
  const go = (index: number) => onChange({ ...run, index });
  const unanswered = run.questions.length - answered;

  return (
    <section aria-labelledby="exam-q-heading" className="exam-run">
      <div className="exam-bar">
        <p>
          Time left:{' '}
          <span role="timer" aria-live="off" className="mono">
            {formatClock(left)}
          </span>
        </p>
        <p className="visually-hidden" role="status" aria-live="polite">
          {announce}
        </p>
        <p>
          {answered} of {run.questions.length} answered
        </p>
      </div>
      <h2 id="exam-q-heading" ref={heading} tabIndex={-1}>
        Question {run.index + 1} of {run.questions.length}
      </h2>
      <p className="drill-stem">{q.stem}</p>
      <QuestionForm
        question={q}
        response={response}
        onResponse={(r) => onChange({ ...run, responses: { ...run.responses, [q.id]: r } })}
        text=""
        onText={() => undefined}
      />
      <div className="toolbar">
        <Button disabled={run.index === 0} onClick={() => go(run.index - 1)}>
          Previous
        </Button>
        <Button
          variant={run.index < run.questions.length - 1 ? 'primary' : 'secondary'}
          disabled={run.index === run.questions.length - 1}
          onClick={() => go(run.index + 1)}
        >
          Next
        </Button>
        <Button
          variant={run.index === run.questions.length - 1 ? 'primary' : 'secondary'}
          onClick={() => (unanswered > 0 ? setConfirming(true) : onFinish(run))}
        >
          Submit exam
        </Button>
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="exam-confirm" className="banner">
          <h3 id="exam-confirm">
            {unanswered} question{unanswered === 1 ? ' is' : 's are'} unanswered and will count as wrong. Submit anyway?
          </h3>
          <div className="toolbar">
            <Button variant="primary" onClick={() => onFinish(run)} autoFocus>
              Submit now
            </Button>
            <Button onClick={() => setConfirming(false)}>Keep answering</Button>
          </div>
        </div>
      )}
    </section>
  );
}
