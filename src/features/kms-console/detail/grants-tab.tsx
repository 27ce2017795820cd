/**
 * The "Grants" tab: the key's grants (ListGrants), Create grant (CreateGrant: grantee, operations
 * of the key's type, an optional encryption context constraint, retiring principal and name; the
 * answer's grant ID and token), Retire (RetireGrant) and Revoke (RevokeGrant) of the selected grant.
 * Loaded on first use (the key page imports it lazily).
 * Simplified: the AWS console shows no grants (AWS manages them with the API and CLI only); this tab
 * is the lab's view of the same calls, each with its `aws kms` equivalent.
 */
import { useState } from 'react';
import { QueryStatus } from '@/components/ui/query-status';
import { Checkbox, SelectField, TextField } from '@/components/ui/form-field';
import { CopyButton } from '@/components/ui/copy-button';
import { NONE, Table } from '@/components/ui/table';
import { grantOperationsFor, type GrantOperation } from '@/cloud/rules';
import { callerFor, listAll } from '@/state/console-client';
import { formatDateTime } from '@/features/kms-console/lib/format';
import { loadPrincipals, type PrincipalRow } from '@/features/kms-console/lib/principals';
import { useConsoleQuery } from '@/state/use-console-query';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';
import type { GrantListEntry } from '@/kms/model/grants';
import type { KeySpec, KeyUsage } from '@/kms/model/key-specs';

const call = callerFor('kms');

/** A grant as ListGrants answers (KeyId and IssuingAccount are not shown). */
type Grant = Omit<GrantListEntry, 'KeyId' | 'IssuingAccount' | 'Operations'> & { Operations: string[] };

type ConstraintKind = 'none' | 'EncryptionContextEquals' | 'EncryptionContextSubset';

const ACCOUNT_ROOT = 'arn:aws:iam::111122223333:root';

/** `k=v, k2=v2` as an encryption context; undefined (with the problem) when a pair has no `=`. */
export function parsePairs(text: string): { pairs?: Record<string, string>; problem?: string } {
  const pairs: Record<string, string> = {};
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length) return { problem: 'Enter at least one pair, as key=value.' };
  for (const part of parts) {
    const at = part.indexOf('=');
    if (at <= 0) return { problem: `"${part}" is not a key=value pair.` };
    pairs[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return { pairs };
}

const constraintText = (c: Grant['Constraints']) => {
  if (!c) return NONE;
  const parts: string[] = [];
  if (c.EncryptionContextEquals) parts.push(`Equals ${JSON.stringify(c.EncryptionContextEquals)}`);
  if (c.EncryptionContextSubset) parts.push(`Subset ${JSON.stringify(c.EncryptionContextSubset)}`);
  if (c.SourceArn) parts.push(`SourceArn ${c.SourceArn}`);
  return <span className="mono">{parts.join('; ')}</span>;
};

export function GrantsTab({ keyId, keySpec, keyUsage, awsManaged }: { keyId: string; keySpec: KeySpec; keyUsage: KeyUsage; awsManaged: boolean }) {
  const grants = useConsoleQuery(() => listAll<Grant>((Marker) => call('ListGrants', { KeyId: keyId, ...(Marker ? { Marker } : {}) }), 'Grants'), [keyId]);
  const principals = useConsoleQuery(() => loadPrincipals(call).catch((): PrincipalRow[] => []), [keyId]);
  const operations = grantOperationsFor({ keySpec, keyUsage });
  const symmetric = keySpec === 'SYMMETRIC_DEFAULT';
  const [selected, setSelected] = useState<string[]>([]);
  const [grantee, setGrantee] = useState('');
  const [ops, setOps] = useState<GrantOperation[]>([]);
  const [kind, setKind] = useState<ConstraintKind>('none');
  const [pairs, setPairs] = useState('');
  const [retiring, setRetiring] = useState('');
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const [created, setCreated] = useState<{ GrantId: string; GrantToken: string }>();
  const action = useAction('kms');
  const parsed = kind === 'none' ? {} : parsePairs(pairs);
  const problems = {
    grantee: grantee ? undefined : 'Choose the principal that gets the permissions.',
    ops: ops.length ? undefined : 'Choose at least one operation.',
  };
  const choices = [
    { value: '', label: 'Choose a principal' },
    { value: ACCOUNT_ROOT, label: 'This account (root user)' },
    ...(principals.data ?? []).map((p) => ({ value: p.arn, label: `${p.name} (${p.type === 'User' ? 'IAM user' : 'IAM role'})` })),
  ];
  const one = selected.length === 1 ? grants.data?.find((g) => g.GrantId === selected[0]) : undefined;

  async function create() {
    setTried(true);
    if (problems.grantee || problems.ops || parsed.problem) return;
    const input: Record<string, unknown> = { KeyId: keyId, GranteePrincipal: grantee, Operations: ops };
    if (kind !== 'none') input.Constraints = { [kind]: parsed.pairs };
    if (retiring) input.RetiringPrincipal = retiring;
    if (name) input.Name = name;
    const outcome = await action.run((call) => call<{ GrantId: string; GrantToken: string }>('CreateGrant', input), {
      success: (out) => `Grant ${out.GrantId} created.`,
      failure: 'Failed to create the grant',
    });
    if (outcome.ok) {
      setCreated(outcome.value);
      setTried(false);
      setOps([]);
      setPairs('');
      setName('');
    }
  }

  async function remove(how: 'RetireGrant' | 'RevokeGrant') {
    if (!one) return;
    const verb = how === 'RetireGrant' ? 'retire' : 'revoke';
    const outcome = await action.run((call) => call(how, { KeyId: keyId, GrantId: one.GrantId }), {
      success: `Grant ${one.GrantId} ${verb}d.`,
      failure: `Failed to ${verb} the grant`,
    });
    if (outcome.ok) setSelected([]);
  }

  return (
    <>
      <ActionResult result={action.result} onDismiss={action.clear} />
      <div className="toolbar">
        <h2 id="kms-grants-h">Grants</h2>
        <div className="toolbar__actions">
          <button type="button" className="button" aria-disabled={!one || undefined} onClick={() => void remove('RetireGrant')}>
            Retire
          </button>
          <button type="button" className="button" aria-disabled={!one || undefined} onClick={() => void remove('RevokeGrant')}>
            Revoke
          </button>
        </div>
      </div>
      <p className="kms-small muted">
        A grant lets its grantee use this key in the operations it lists, on top of the key policy and IAM policies (an explicit Deny still wins). In AWS a new
        grant takes up to about five minutes to work everywhere (eventual consistency): pass its grant token to use it at once. Retire is for the grant&apos;s
        retiring principal, its grantee if the grant allows RetireGrant, or the account; Revoke needs kms:RevokeGrant (key administrators). The AWS console does
        not list grants: use <span className="mono">aws kms list-grants</span>.
      </p>
      <QueryStatus query={grants} loading="Loading the grants…" failed="Failed to list the grants" />
      {grants.status === 'ready' && (
        <Table
          labelledBy="kms-grants-h"
          rows={grants.data}
          rowKey={(g) => g.GrantId}
          empty={<p>This key has no grants.</p>}
          selection={{ selected, onChange: setSelected, label: (g) => `Select grant ${g.Name ?? g.GrantId}`, single: true }}
          columns={[
            { header: 'Grant ID', className: 'mono kms-break', cell: (g) => g.GrantId },
            { header: 'Name', cell: (g) => g.Name ?? NONE },
            { header: 'Grantee principal', className: 'mono kms-break', cell: (g) => g.GranteePrincipal ?? g.GranteeServicePrincipal },
            { header: 'Operations', cell: (g) => g.Operations.join(', ') },
            { header: 'Constraints', cell: (g) => constraintText(g.Constraints) },
            { header: 'Retiring principal', className: 'mono kms-break', cell: (g) => g.RetiringPrincipal ?? g.RetiringServicePrincipal ?? NONE },
            { header: 'Creation date', cell: (g) => formatDateTime(g.CreationDate) },
          ]}
        />
      )}
      {!awsManaged && (
        <form
          className="panel kms-grant-form"
          aria-labelledby="kms-create-grant-h"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <h3 id="kms-create-grant-h">Create grant</h3>
          <SelectField label="Grantee principal" value={grantee} onChange={setGrantee} options={choices} error={tried ? problems.grantee : undefined} />
          <fieldset className="kms-fieldset" aria-describedby={tried && problems.ops ? 'kms-grant-ops-error' : undefined}>
            <legend>Operations</legend>
            <div className="kms-grant-ops">
              {operations.map((op) => (
                <Checkbox key={op} label={op} checked={ops.includes(op)} onChange={(on) => setOps(on ? [...ops, op] : ops.filter((o) => o !== op))} />
              ))}
            </div>
            {tried && problems.ops && (
              <p id="kms-grant-ops-error" className="form-field__error">
                {problems.ops}
              </p>
            )}
          </fieldset>
          {symmetric && (
            <>
              <SelectField
                label="Encryption context constraint"
                hint="Applies to the operations that take an encryption context; pair keys are not case-sensitive here, values are."
                value={kind}
                onChange={(v) => setKind(v as ConstraintKind)}
                options={[
                  { value: 'none', label: 'None' },
                  { value: 'EncryptionContextEquals', label: 'EncryptionContextEquals (exactly these pairs)' },
                  { value: 'EncryptionContextSubset', label: 'EncryptionContextSubset (at least these pairs)' },
                ]}
              />
              {kind !== 'none' && (
                <TextField
                  label="Encryption context pairs"
                  hint="key=value, separated by commas"
                  value={pairs}
                  onChange={setPairs}
                  error={tried ? parsed.problem : undefined}
                  spellCheck={false}
                />
              )}
            </>
          )}
          <SelectField
            label="Retiring principal - optional"
            value={retiring}
            onChange={setRetiring}
            options={[{ value: '', label: 'None' }, ...choices.slice(1)]}
          />
          <TextField
            label="Name - optional"
            hint="The same name and parameters return the same grant (safe retries)."
            value={name}
            onChange={setName}
            spellCheck={false}
          />
          <button type="submit" className="button button--primary">
            Create grant
          </button>
        </form>
      )}
      {created && (
        <section className="panel" aria-labelledby="kms-grant-created-h">
          <h3 id="kms-grant-created-h">The new grant</h3>
          <dl className="summary">
            <div>
              <dt>Grant ID</dt>
              <dd className="mono kms-break">{created.GrantId}</dd>
            </div>
            <div>
              <dt>Grant token</dt>
              <dd className="mono kms-break">
                {created.GrantToken} <CopyButton text={created.GrantToken} label="Copy grant token" />
              </dd>
            </div>
          </dl>
        </section>
      )}
    </>
  );
}
