/** The "Aliases" tab: the key's aliases (ListAliases), Create alias (CreateAlias), Delete the selected (DeleteAlias). */
import { useState } from 'react';
import { QueryStatus } from '@/components/ui/query-status';
import { Table } from '@/components/ui/table';
import { aliasProblem, fullAliasName } from '@/features/kms-console/lib/alias-rules';
import { listAliases } from '@/state/key-rows';
import { callerFor } from '@/state/console-client';
import { useConsoleQuery } from '@/state/use-console-query';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';
import { PrefixedField } from '@/features/kms-console/ui/field';

const call = callerFor('kms');

export function AliasesTab({ keyId, awsManaged }: { keyId: string; awsManaged: boolean }) {
  const all = useConsoleQuery(() => listAliases(call), [keyId]);
  const [selected, setSelected] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const [tried, setTried] = useState(false);
  const action = useAction('kms');
  const mine = (all.data ?? []).filter((a) => a.TargetKeyId === keyId);
  const problem = aliasProblem(
    typed,
    (all.data ?? []).map((a) => a.AliasName),
  );

  async function create() {
    setTried(true);
    if (problem) return;
    const name = fullAliasName(typed);
    const outcome = await action.run((call) => call('CreateAlias', { AliasName: name, TargetKeyId: keyId }), {
      success: `Alias ${name} created.`,
      failure: `Failed to create alias ${name}`,
    });
    if (outcome.ok) {
      setTyped('');
      setTried(false);
    }
  }

  async function remove() {
    if (!selected.length) return;
    const outcome = await action.run(
      async (call) => {
        for (const name of selected) await call('DeleteAlias', { AliasName: name });
      },
      { success: `Deleted ${selected.length === 1 ? `alias ${selected[0]}` : `${selected.length} aliases`}.`, failure: 'Failed to delete aliases' },
    );
    if (outcome.ok) setSelected([]);
  }

  return (
    <>
      <ActionResult result={action.result} onDismiss={action.clear} />
      <div className="toolbar">
        <h2 id="kms-aliases-h">Aliases</h2>
        {!awsManaged && (
          <button type="button" className="button" aria-disabled={selected.length === 0 || undefined} onClick={() => void remove()}>
            Delete
          </button>
        )}
      </div>
      <QueryStatus query={all} loading="Loading the aliases…" failed="Failed to list the aliases" />
      {all.status === 'ready' && (
        <Table
          labelledBy="kms-aliases-h"
          rows={mine}
          rowKey={(a) => a.AliasName}
          empty={<p>This key has no aliases.</p>}
          selection={awsManaged ? undefined : { selected, onChange: setSelected, label: (a) => `Select alias ${a.AliasName}` }}
          columns={[
            { header: 'Alias name', cell: (a) => a.AliasName },
            { header: 'Alias ARN', className: 'mono', cell: (a) => a.AliasArn },
          ]}
        />
      )}
      {!awsManaged && (
        <form
          className="panel kms-inline-form"
          aria-labelledby="kms-create-alias-h"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <h3 id="kms-create-alias-h">Create alias</h3>
          <PrefixedField
            label="Alias"
            prefix="alias/"
            value={typed}
            onChange={setTyped}
            error={tried ? problem : undefined}
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" className="button">
            Create alias
          </button>
        </form>
      )}
    </>
  );
}
