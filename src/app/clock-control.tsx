/**
 * The simulated date and "Advance time": 1, 30 or 365 days, or any number of days. The account's
 * clock follows the real clock plus what Advance time added; it moves only forward, KMS's
 * lifecycle runs as it passes (scheduled deletions happen, rotations are due), and the outcome
 * is announced.
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { DisclosureMenu } from '@/components/ui/disclosure-menu';
import { formatDate } from '@/components/ui/format';
import { DAY_MS } from '@/core/clock';
import { TextField } from '@/components/ui/form-field';

export const MAX_DAYS = 3650;

interface Props {
  nowMs: number;
  /** How far the account's clock is ahead of the real one (undefined: a clock that does not follow it). */
  aheadMs?: number;
  /** Advances the account's clock; resolves with a note on what happened, if anything. */
  onAdvance(days: number): Promise<string | void>;
}

/** "Now: 365 days ahead of the real date." */
export function aheadText(aheadMs: number | undefined): string {
  if (aheadMs === undefined) return '';
  const days = Math.round(aheadMs / DAY_MS);
  if (days === 0) return 'Now: the real date.';
  return `Now: ${Math.abs(days)} ${Math.abs(days) === 1 ? 'day' : 'days'} ${days > 0 ? 'ahead of' : 'behind'} the real date.`;
}

export function ClockControl({ nowMs, aheadMs, onAdvance }: Props) {
  const [custom, setCustom] = useState('');
  const [error, setError] = useState<string>();
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);

  async function advance(days: number) {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const note = await onAdvance(days);
      setSaid(`Advanced ${days} ${days === 1 ? 'day' : 'days'}.${note ? ` ${note}` : ''}`);
    } catch (e) {
      setSaid(`Time could not advance: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  function advanceCustom() {
    const n = Number(custom.trim());
    if (!/^\d+$/.test(custom.trim()) || n < 1 || n > MAX_DAYS) {
      setError(`Enter a whole number of days from 1 to ${MAX_DAYS}.`);
      return;
    }
    setCustom('');
    void advance(n);
  }

  return (
    <div className="clock">
      <span className="clock__date" title="The simulated date: the account's clock follows yours, plus what Advance time added">
        <span className="clock__label">Simulated date </span>
        <time dateTime={new Date(nowMs).toISOString()}>{formatDate(nowMs)}</time>
      </span>
      <DisclosureMenu
        label={
          <>
            Advance<span className="site-header__wide"> time</span>
          </>
        }
        ariaLabel="Advance time"
        className="clock-menu"
        align="end"
      >
        {() => (
          <div className="clock-panel">
            <p className="identity-panel__hint">
              The account's clock follows yours; Advance time moves it ahead. Scheduled key deletions and rotations happen as time passes. {aheadText(aheadMs)}
            </p>
            <div className="clock-panel__quick" role="group" aria-label="Advance by">
              {[1, 30, 365].map((d) => (
                <Button key={d} className="button--small" aria-disabled={busy || undefined} onClick={() => void advance(d)}>
                  {d === 1 ? '1 day' : `${d} days`}
                </Button>
              ))}
            </div>
            <form
              className="clock-panel__custom"
              onSubmit={(e) => {
                e.preventDefault();
                advanceCustom();
              }}
            >
              <TextField label="Number of days" value={custom} onChange={setCustom} inputMode="numeric" error={error} autoComplete="off" />
              <Button type="submit" className="button--small" aria-disabled={busy || undefined}>
                Advance
              </Button>
            </form>
          </div>
        )}
      </DisclosureMenu>
      <span role="status" className="clock__status">
        {said}
      </span>
    </div>
  );
}
