/**
 * "Schedule key deletion" (https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys-scheduling-key-deletion.html):
 * the console's warning, the waiting period (7-30 days, default 30), the keys concerned and the
 * confirmation checkbox; "Schedule deletion" calls ScheduleKeyDeletion for each key. Under each key,
 * whether it is still used (deletion-check.tsx, loaded with the dialog): its last use, grants and aliases.
 */
import { lazy, Suspense, useState } from 'react';
import { Dialog } from '@/components/ui/dialog';

const DeletionCheck = lazy(() => import('./deletion-check'));

export const WAITING_MESSAGE = 'Enter a waiting period between 7 and 30 days.';

interface Props {
  keys: { keyId: string; name: string }[];
  onCancel(): void;
  onSchedule(days: number): void;
}

export function ScheduleDeletionDialog({ keys, onCancel, onSchedule }: Props) {
  const [days, setDays] = useState('30');
  const [confirmed, setConfirmed] = useState(false);
  const [tried, setTried] = useState(false);
  const n = Number(days);
  const validDays = /^\d+$/.test(days.trim()) && n >= 7 && n <= 30;
  const dayProblem = validDays ? undefined : WAITING_MESSAGE;

  function submit() {
    setTried(true);
    if (!validDays || !confirmed) return;
    onSchedule(n);
  }

  return (
    <Dialog
      title="Schedule key deletion"
      onClose={onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={submit}>
            Schedule deletion
          </button>
        </>
      }
    >
      <div className="kms-notice">
        <p>
          Deleting a KMS key is destructive and potentially dangerous. It deletes the key material and all metadata associated with the KMS key, and it is
          irreversible. After a KMS key is deleted, you can no longer decrypt the data that was encrypted under that KMS key, which means that data becomes
          unrecoverable.
        </p>
        <p>If you are not sure, disable the key instead (Key actions, Disable): a disabled key can be enabled again.</p>
      </div>
      <p>
        AWS KMS waits for the waiting period before it deletes the key. During the waiting period the key status is Pending deletion: the key cannot be used,
        and you can cancel the deletion (Key actions, Cancel key deletion).
      </p>
      <div className="form-field">
        <label htmlFor="kms-waiting-period" className="form-field__label">
          Waiting period (in days)
        </label>
        <p id="kms-waiting-hint" className="form-field__hint">
          Enter a number of days between 7 and 30.
        </p>
        <input
          data-autofocus
          className="input"
          id="kms-waiting-period"
          inputMode="numeric"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          aria-invalid={tried && !!dayProblem}
          aria-describedby={tried && dayProblem ? 'kms-waiting-hint kms-waiting-error' : 'kms-waiting-hint'}
        />
        {tried && dayProblem && (
          <p id="kms-waiting-error" className="form-field__error">
            {dayProblem}
          </p>
        )}
      </div>
      <h3>Keys to delete</h3>
      <p>
        No recent use does not prove a key is unused: an infrequent job may still need it. AWS advises disabling the key first and watching CloudTrail for
        DisabledException, and, once deletion is scheduled, an alarm on any use of the key while it is pending deletion.
      </p>
      <ul>
        {keys.map((k) => (
          <li key={k.keyId}>
            {k.name} <span className="mono kms-small">{k.keyId}</span>
            <Suspense fallback={null}>
              <DeletionCheck keyId={k.keyId} name={k.name} />
            </Suspense>
          </li>
        ))}
      </ul>
      <div className="checkbox">
        <input
          id="kms-confirm-deletion"
          type="checkbox"
          checked={confirmed}
          onChange={(e) => setConfirmed(e.target.checked)}
          aria-invalid={tried && !confirmed}
        />
        <label htmlFor="kms-confirm-deletion">
          Confirm you want to schedule {keys.length === 1 ? 'this key' : 'these keys'} for deletion in {validDays ? n : days} days.
        </label>
      </div>
      {tried && !confirmed && <p className="form-field__error">Confirm the deletion to continue.</p>}
    </Dialog>
  );
}
