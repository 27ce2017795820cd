/**
 * The "Key rotation" tab (https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html):
 * automatic rotation on or off with its period (90-2560 days) -> EnableKeyRotation /
 * DisableKeyRotation; "Rotate now" -> RotateKeyOnDemand; the rotations so far (ListKeyRotations)
 * and the next rotation date (GetKeyRotationStatus).
 */
import { useEffect, useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { QueryStatus } from '@/components/ui/query-status';
import { Table } from '@/components/ui/table';
import { ROTATION_PERIOD_DAYS } from '@/cloud/rules';
import { isAwsError } from '@/core/errors';
import { callerFor, listAll } from '@/state/console-client';
import { formatDateTime } from '@/features/kms-console/lib/format';
import { useConsoleQuery } from '@/state/use-console-query';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';
import { PrefixedField } from '@/features/kms-console/ui/field';

const call = callerFor('kms');

const { min: MIN_DAYS, max: MAX_DAYS, default: DEFAULT_DAYS } = ROTATION_PERIOD_DAYS;
export const PERIOD_MESSAGE = `Enter a rotation period between ${MIN_DAYS} and ${MAX_DAYS} days.`;

interface Status {
  KeyRotationEnabled: boolean;
  RotationPeriodInDays?: number;
  NextRotationDate?: Date;
}

interface Rotation {
  KeyMaterialId: string;
  RotationDate: Date;
  RotationType: 'AUTOMATIC' | 'ON_DEMAND';
}

export function RotationTab({ keyId, keyState, awsManaged }: { keyId: string; keyState: string; awsManaged: boolean }) {
  const status = useConsoleQuery(() => call<Status>('GetKeyRotationStatus', { KeyId: keyId }), [keyId, keyState]);
  const action = useAction('kms');
  const rotations = useConsoleQuery(
    () => listAll<Rotation>((Marker) => call('ListKeyRotations', { KeyId: keyId, ...(Marker ? { Marker } : {}) }), 'Rotations'),
    [keyId, keyState],
  );

  if (status.status !== 'ready') {
    const unsupported = isAwsError(status.error) && status.error.code === 'UnsupportedOperationException';
    return (
      <>
        {unsupported && (
          <p>
            Automatic and on-demand rotation are available for symmetric keys whose key material AWS KMS generated. This key's material is imported or lives in
            a custom key store, so AWS KMS cannot rotate it: rotate it yourself by creating a new key and updating the alias.
          </p>
        )}
        <QueryStatus query={status} loading="Loading the rotation status…" failed="GetKeyRotationStatus" />
      </>
    );
  }
  const s = status.data;
  return (
    <>
      <ActionResult result={action.result} onDismiss={action.clear} />
      {awsManaged ? (
        <section className="panel" aria-labelledby="kms-rotation-h">
          <h2 id="kms-rotation-h">Automatic key rotation</h2>
          <p>AWS rotates AWS managed keys automatically every year (365 days). You cannot change this.</p>
          <StatusList status={status.data} />
        </section>
      ) : (
        <RotationForm keyId={keyId} status={s} action={action} />
      )}
      <section className="panel" aria-labelledby="kms-rotations-h">
        <h2 id="kms-rotations-h">Rotations</h2>
        <p className="kms-hint">
          Each rotation makes new key material current for encryption. AWS KMS keeps every previous key material, so what was encrypted before still decrypts.
        </p>
        <QueryStatus query={rotations} loading="Loading the key rotations…" failed="Failed to list the key rotations" />
        {rotations.status === 'ready' && (
          <Table
            labelledBy="kms-rotations-h"
            rows={rotations.data}
            rowKey={(r) => r.KeyMaterialId}
            empty={<p>This key has not been rotated yet.</p>}
            columns={[
              { header: 'Date', cell: (r) => formatDateTime(r.RotationDate) },
              { header: 'Rotation type', cell: (r) => (r.RotationType === 'ON_DEMAND' ? 'On-demand' : 'Automatic') },
              { header: 'Key material ID', className: 'mono', cell: (r) => r.KeyMaterialId.slice(0, 16) + '…' },
            ]}
          />
        )}
      </section>
    </>
  );
}

function StatusList({ status }: { status: Status }) {
  return (
    <dl className="summary">
      <dt>Status</dt>
      <dd>{status.KeyRotationEnabled ? 'Enabled' : 'Disabled'}</dd>
      {status.RotationPeriodInDays !== undefined && (
        <>
          <dt>Rotation period</dt>
          <dd>{status.RotationPeriodInDays} days</dd>
        </>
      )}
      {status.NextRotationDate && (
        <>
          <dt>Next rotation date</dt>
          <dd>{formatDateTime(status.NextRotationDate)}</dd>
        </>
      )}
    </dl>
  );
}

function RotationForm({ keyId, status, action }: { keyId: string; status: Status; action: ReturnType<typeof useAction> }) {
  const [enabled, setEnabled] = useState(status.KeyRotationEnabled);
  const [period, setPeriod] = useState(String(status.RotationPeriodInDays ?? DEFAULT_DAYS));
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // Follow the account when it changes (saved here, or from the shell), without remounting the form.
  useEffect(() => {
    setEnabled(status.KeyRotationEnabled);
    if (status.RotationPeriodInDays !== undefined) setPeriod(String(status.RotationPeriodInDays));
  }, [status.KeyRotationEnabled, status.RotationPeriodInDays]);
  const n = Number(period);
  const periodProblem = enabled && !(/^\d+$/.test(period.trim()) && n >= MIN_DAYS && n <= MAX_DAYS) ? PERIOD_MESSAGE : undefined;

  function save() {
    setTried(true);
    if (periodProblem) return;
    if (enabled) {
      void action.run((call) => call('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: n }), {
        success: `Automatic key rotation is enabled: AWS KMS rotates this key every ${n} days.`,
        failure: 'Failed to enable automatic key rotation',
      });
    } else {
      void action.run((call) => call('DisableKeyRotation', { KeyId: keyId }), {
        success: 'Automatic key rotation is disabled.',
        failure: 'Failed to disable automatic key rotation',
      });
    }
  }

  function rotateNow() {
    setConfirming(false);
    void action.run((call) => call('RotateKeyOnDemand', { KeyId: keyId }), {
      success: 'The key was rotated: new key material is now current. Earlier key material stays available to decrypt.',
      failure: 'Failed to rotate the key',
    });
  }

  return (
    <>
      <section className="panel" aria-labelledby="kms-rotation-h">
        <h2 id="kms-rotation-h">Automatic key rotation</h2>
        <StatusList status={status} />
        <div className="checkbox">
          <input
            id="kms-rotation-enabled"
            type="checkbox"
            checked={enabled}
            onChange={(e) => setEnabled(e.target.checked)}
            aria-describedby="kms-rotation-desc"
          />
          <label htmlFor="kms-rotation-enabled">Automatic key rotation</label>
          <p id="kms-rotation-desc" className="checkbox__description">
            Automatically rotate this KMS key every rotation period ({DEFAULT_DAYS} days by default).
          </p>
        </div>
        {enabled && (
          <PrefixedField
            label="Rotation period (in days)"
            hint={`Enter a number of days between ${MIN_DAYS} and ${MAX_DAYS}.`}
            inputMode="numeric"
            value={period}
            onChange={setPeriod}
            error={tried ? periodProblem : undefined}
          />
        )}
        <button type="button" className="button button--primary" onClick={save} aria-disabled={action.busy || undefined}>
          Save
        </button>
      </section>
      <section className="panel" aria-labelledby="kms-on-demand-h">
        <h2 id="kms-on-demand-h">On-demand key rotation</h2>
        <p className="kms-hint">Rotate the key material now, whatever the automatic setting. It does not change the automatic rotation schedule.</p>
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Rotate now
        </button>
      </section>
      {confirming && (
        <Dialog
          title="Rotate key now?"
          onClose={() => setConfirming(false)}
          footer={
            <>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
              <button type="button" className="button button--primary" onClick={rotateNow}>
                Rotate key
              </button>
            </>
          }
        >
          <p>AWS KMS creates new key material for this key and uses it for all new encryption. You can rotate a key on demand at most 25 times.</p>
        </Dialog>
      )}
    </>
  );
}
