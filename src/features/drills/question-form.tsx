/**
 * One question's answer controls: radio buttons (single, scenario), checkboxes (multiple
 * response), a reorderable list with Move up/down buttons (ordering), one labelled list box per
 * item (matching: native selects, so keyboard and screen readers work as everywhere else), a
 * command field (CLI), or just the task (simulator). Options and responses are shown in a seeded
 * shuffle; answers are kept in the question's own option/step/response indexes.
 */
import { emptyMatching, hashString, shuffledOrder } from '@/quiz/grade';
import { matchChoices, type Question } from '@/quiz/types';

export interface FormProps {
  question: Question;
  /** Option or step indexes (choice: chosen; ordering: current order). */
  response: number[];
  onResponse(r: number[]): void;
  text: string;
  onText(t: string): void;
  disabled?: boolean;
  seed?: number;
}

/** The order options (choice) or responses (matching) are shown in: the same for the form, the feedback and the review. */
export const displayOrder = (q: Question, seed = 0) =>
  q.format === 'single' || q.format === 'scenario' || q.format === 'multiple'
    ? shuffledOrder(q.options.length, hashString(q.id) + seed)
    : q.format === 'matching'
      ? shuffledOrder(matchChoices(q).length, hashString(q.id) + seed)
      : [];

/** The starting response: an ordering question's shuffled steps (never already right), no response per matching item, else nothing. */
export const initialOrder = (q: Question, seed = 0) =>
  q.format === 'ordering' ? shuffledOrder(q.steps.length, hashString(q.id) + seed, true) : q.format === 'matching' ? emptyMatching(q) : [];

export function QuestionForm({ question: q, response, onResponse, text, onText, disabled, seed = 0 }: FormProps) {
  if (q.format === 'single' || q.format === 'scenario' || q.format === 'multiple') {
    const multiple = q.format === 'multiple';
    const toggle = (i: number) => onResponse(multiple ? (response.includes(i) ? response.filter((x) => x !== i) : [...response, i]) : [i]);
    return (
      <fieldset className="drill-options" disabled={disabled}>
        <legend className="visually-hidden">{multiple ? 'Choose the answers' : 'Choose one answer'}</legend>
        {displayOrder(q, seed).map((i, n) => (
          <label key={i} className="drill-option">
            <input type={multiple ? 'checkbox' : 'radio'} name={`q-${q.id}`} checked={response.includes(i)} onChange={() => toggle(i)} />
            <span className="drill-option__key" aria-hidden="true">
              {n + 1}
            </span>
            <span>{q.options[i]!.text}</span>
          </label>
        ))}
      </fieldset>
    );
  }
  if (q.format === 'ordering') {
    const move = (pos: number, by: number) => {
      const next = [...response];
      [next[pos], next[pos + by]] = [next[pos + by]!, next[pos]!];
      onResponse(next);
    };
    return (
      <ol className="drill-order" aria-label="Steps in your order">
        {response.map((i, pos) => (
          <li key={i}>
            <span>{q.steps[i]!.text}</span>
            <span className="drill-order__buttons">
              <button
                type="button"
                className="button"
                disabled={disabled || pos === 0}
                onClick={() => move(pos, -1)}
                aria-label={`Move up: ${q.steps[i]!.text}`}
              >
                Up
              </button>
              <button
                type="button"
                className="button"
                disabled={disabled || pos === response.length - 1}
                onClick={() => move(pos, 1)}
                aria-label={`Move down: ${q.steps[i]!.text}`}
              >
                Down
              </button>
            </span>
          </li>
        ))}
      </ol>
    );
  }
  if (q.format === 'matching') {
    const choices = matchChoices(q);
    const order = displayOrder(q, seed);
    return (
      <fieldset className="drill-match" disabled={disabled}>
        <legend className="visually-hidden">Choose the response that matches each item</legend>
        {q.pairs.map((p, i) => (
          <div key={i} className="drill-match__row">
            <label htmlFor={`match-${q.id}-${i}`} className="drill-match__item">
              <span className="drill-option__key" aria-hidden="true">
                {i + 1}
              </span>
              <span>{p.item}</span>
            </label>
            <select
              id={`match-${q.id}-${i}`}
              className="drill-match__select"
              value={response[i] ?? -1}
              onChange={(e) => {
                const next = response.length === q.pairs.length ? [...response] : emptyMatching(q);
                next[i] = Number(e.target.value);
                onResponse(next);
              }}
            >
              <option value={-1}>Choose a response…</option>
              {order.map((c) => (
                <option key={c} value={c}>
                  {choices[c]}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
    );
  }
  if (q.format === 'cli') {
    return (
      <div className="field">
        <label htmlFor={`cli-${q.id}`}>Your command</label>
        <input
          id={`cli-${q.id}`}
          className="mono drill-cli"
          type="text"
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          value={text}
          disabled={disabled}
          onChange={(e) => onText(e.target.value)}
          placeholder="aws kms ..."
        />
      </div>
    );
  }
  return <p className="muted">Do it in the console or in CloudShell (open them in another tab, or come back here), then choose Check.</p>;
}

export const FORMAT_LABEL: Record<Question['format'], string> = {
  single: 'Single answer',
  scenario: 'Scenario',
  multiple: 'Multiple response',
  ordering: 'Ordering',
  matching: 'Matching',
  cli: 'Type the command',
  task: 'Do it in the simulator',
};
