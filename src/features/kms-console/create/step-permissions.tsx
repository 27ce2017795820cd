/** Steps 3 and 4: key administrators (and whether they may delete the key), key users and other accounts. */
import { useRef } from 'react';
import { ACCOUNT_ID } from '@/core/ids';
import type { PrincipalRow } from '@/features/kms-console/lib/principals';
import { QueryStatus } from '@/components/ui/query-status';
import type { QueryState } from '@/state/use-console-query';
import { PrefixedField } from '@/features/kms-console/ui/field';
import { PrincipalPicker } from '@/features/kms-console/ui/principal-picker';
import type { Problems, WizardState } from './wizard-state';

interface Props {
  state: WizardState;
  set(patch: Partial<WizardState>): void;
  problems: Problems;
  principals: QueryState<PrincipalRow[]>;
}

function Principals({
  principals,
  caption,
  selected,
  onChange,
}: {
  principals: Props['principals'];
  caption: string;
  selected: string[];
  onChange(s: string[]): void;
}) {
  if (principals.status !== 'ready')
    return <QueryStatus query={principals} loading="Loading IAM users and roles…" failed="Failed to list IAM users and roles" />;
  return <PrincipalPicker caption={caption} principals={principals.data} selected={selected} onChange={onChange} />;
}

export function StepAdministrators({ state, set, principals }: Props) {
  return (
    <>
      <section aria-labelledby="kms-admins-heading" className="panel">
        <h2 id="kms-admins-heading">Key administrators</h2>
        <p className="kms-hint">
          Choose the IAM users and roles who can administer this key through the KMS API. The key policy lets them manage the key (enable, disable, change its
          policy, aliases, tags and rotation), not use it in cryptographic operations. It adds to their IAM policies: an IAM policy that allows kms:* (such as
          AdministratorAccess) still lets them use the key, and lets other users and roles manage it.
        </p>
        <Principals
          principals={principals}
          caption="Key administrators"
          selected={state.administrators}
          onChange={(administrators) => set({ administrators })}
        />
      </section>
      <section aria-labelledby="kms-deletion-heading" className="panel">
        <h2 id="kms-deletion-heading">Key deletion</h2>
        <div className="checkbox">
          <input
            id="kms-allow-admin-delete"
            type="checkbox"
            checked={state.allowAdministratorsToDelete}
            onChange={(e) => set({ allowAdministratorsToDelete: e.target.checked })}
          />
          <label htmlFor="kms-allow-admin-delete">Allow key administrators to delete this key.</label>
        </div>
      </section>
    </>
  );
}

let nextAccountId = 1;

export function StepUsers({ state, set, problems, principals }: Props) {
  const setAccount = (id: number, account: string) => set({ accounts: state.accounts.map((a) => (a.id === id ? { ...a, account } : a)) });
  const addAccount = useRef<HTMLButtonElement>(null);
  return (
    <>
      <section aria-labelledby="kms-users-heading" className="panel">
        <h2 id="kms-users-heading">Key users</h2>
        <h3>This account</h3>
        <p className="kms-hint">
          Choose the IAM users and roles who can use this key in cryptographic operations (Encrypt, Decrypt, ReEncrypt, GenerateDataKey). IAM policies can give
          other users and roles permission to use the key.
        </p>
        <Principals principals={principals} caption="Key users" selected={state.users} onChange={(users) => set({ users })} />
      </section>
      <section aria-labelledby="kms-accounts-heading" className="panel">
        <h2 id="kms-accounts-heading">Other AWS accounts</h2>
        <p className="kms-hint">
          Allow other AWS accounts to use this key. Administrators of those accounts must also allow their users and roles to use it in IAM policies.
        </p>
        {state.accounts.map((a, i) => (
          <div key={a.id} className="kms-tag-row">
            <PrefixedField
              label={`AWS account ID ${i + 1}`}
              prefix="arn:aws:iam::"
              inputMode="numeric"
              value={a.account}
              onChange={(v) => setAccount(a.id, v)}
              error={problems[`account-${a.id}`]}
              hint="The 12-digit ID of the other account, for example 444455556666."
            />
            <button
              type="button"
              className="button"
              aria-label={`Remove AWS account ${i + 1}`}
              onClick={() => (set({ accounts: state.accounts.filter((x) => x.id !== a.id) }), addAccount.current?.focus())}
            >
              Remove
            </button>
          </div>
        ))}
        {/* Remove gives focus here: the button pressed disappears with its row. */}
        <button ref={addAccount} type="button" className="button" onClick={() => set({ accounts: [...state.accounts, { id: nextAccountId++, account: '' }] })}>
          Add another AWS account
        </button>
        <p className="kms-hint">Your account is {ACCOUNT_ID}.</p>
      </section>
    </>
  );
}
