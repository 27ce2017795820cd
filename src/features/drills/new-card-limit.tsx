/**
 * The daily new-card limit, shown and changeable: a number field (1-100) and Save. The value is
 * kept with the drill progress (so it travels in the progress file) and takes effect at once.
 */
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { MAX_NEW_PER_DAY, type Progress } from '@/quiz/progress';
import { newPerDay } from '@/quiz/scheduler';
import { updateProgress } from '@/quiz/store';

export function NewCardLimit({ progress }: { progress: Progress }) {
  const current = newPerDay(progress);
  const [value, setValue] = useState(String(current));
  const [message, setMessage] = useState('');
  const n = Number(value);
  const valid = Number.isInteger(n) && n >= 1 && n <= MAX_NEW_PER_DAY;
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    await updateProgress((p) => ({ ...p, settings: { ...p.settings, newPerDay: n } }));
    setMessage(`Saved: ${n} new card${n === 1 ? '' : 's'} a day.`);
  };
  return (
    <form className="drills-limit" onSubmit={(e) => void save(e)}>
      <label htmlFor="new-per-day">New cards a day</label>
      <input
        id="new-per-day"
        className="input"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_NEW_PER_DAY}
        step={1}
        value={value}
        aria-describedby="new-per-day-help"
        aria-invalid={!valid}
        onChange={(e) => (setValue(e.target.value), setMessage(''))}
      />
      <Button type="submit" disabled={!valid || n === current}>
        Save
      </Button>
      <span id="new-per-day-help" className="muted">
        {valid ? `1 to ${MAX_NEW_PER_DAY}; now ${current}.` : `Enter a whole number from 1 to ${MAX_NEW_PER_DAY}.`}
      </span>
      <span role="status" className="message">
        {message}
      </span>
    </form>
  );
}
