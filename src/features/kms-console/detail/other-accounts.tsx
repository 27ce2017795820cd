/** "Other AWS accounts" of the key policy's default view: accounts allowed to use the key. */
import { useState } from 'react';
import { ACCOUNT_ID } from '@/core/ids';
import { Dialog } from '@/components/ui/dialog';
import { rootArn } from '@/core/ids';
import { PrefixedField } from '@/features/kms-console/ui/field';

export function OtherAccounts({ accounts, onChange }: { accounts: string[]; onChange(accounts: string[]): void }) {
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="kms-other-accounts" className="panel">
      <div className="toolbar">
        <h3 id="kms-other-accounts">
          Other AWS accounts <span className="muted">({accounts.length})</span>
        </h3>
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add other AWS accounts
        </button>
      </div>
      {accounts.length === 0 ? (
        <p>No other AWS accounts can use this key.</p>
      ) : (
        <ul className="kms-plain-list">
          {accounts.map((a) => (
            <li key={a}>
              <span className="mono">{rootArn(a)}</span>{' '}
              <button type="button" className="button" aria-label={`Remove account ${a}`} onClick={() => onChange(accounts.filter((x) => x !== a))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {adding && <AddAccount existing={accounts} onClose={() => setAdding(false)} onAdd={(a) => (setAdding(false), onChange([...accounts, a]))} />}
    </section>
  );
}

function AddAccount({ existing, onClose, onAdd }: { existing: string[]; onClose(): void; onAdd(account: string): void }) {
  const [value, setValue] = useState('');
  const [tried, setTried] = useState(false);
  const v = value.trim();
  const problem = !/^\d{12}$/.test(v)
    ? 'Enter a 12-digit AWS account ID.'
    : v === ACCOUNT_ID
      ? 'This is your own account: add its users and roles as key users instead.'
      : existing.includes(v)
        ? 'This account can already use the key.'
        : undefined;
  return (
    <Dialog
      title="Add other AWS accounts"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={() => (setTried(true), !problem && onAdd(v))}>
            Save changes
          </button>
        </>
      }
    >
      <PrefixedField
        data-autofocus
        label="AWS account ID"
        prefix="arn:aws:iam::"
        inputMode="numeric"
        value={value}
        onChange={setValue}
        error={tried ? problem : undefined}
      />
    </Dialog>
  );
}
