/**
 * "Secrets": the Region's secrets, as Secrets Manager's console lists them (name, description,
 * last retrieved), with "Store a new secret". A preference shows the secrets scheduled for deletion.
 * Simplified: the console's search filter and column preferences are not offered.
 */
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/form-field';
import { QueryStatus } from '@/components/ui/query-status';
import { Table } from '@/components/ui/table';
import { callerFor } from '@/state/console-client';
import { useConsole } from '@/state/console-store';
import { useConsoleQuery } from '@/state/use-console-query';
import { paths, SecretsLayout } from './layout';

const call = callerFor('secretsmanager');

interface Entry {
  ARN: string;
  Name: string;
  Description?: string;
  LastAccessedDate?: Date;
  DeletedDate?: Date;
}

const day = (d?: Date) => (d ? new Date(d).toISOString().slice(0, 10) : '-');

export function SecretsListPage() {
  const heading = useId();
  const region = useConsole((s) => s.region);
  const [planned, setPlanned] = useState(false);
  const q = useConsoleQuery(async () => {
    const out: Entry[] = [];
    let NextToken: string | undefined;
    do {
      const page = await call<{ SecretList: Entry[]; NextToken?: string }>('ListSecrets', { IncludePlannedDeletion: planned, NextToken });
      out.push(...page.SecretList);
      NextToken = page.NextToken;
    } while (NextToken);
    return out;
  }, [planned]);
  const rows = q.status === 'ready' ? q.data : [];
  return (
    <SecretsLayout
      title="Secrets"
      current="list"
      actions={
        <Button variant="primary" onClick={() => void (location.hash = paths.create)}>
          Store a new secret
        </Button>
      }
      description={`Secrets are regional: this list shows ${region}. Each secret is encrypted with a KMS key; reading it asks KMS to decrypt as you.`}
    >
      <h2 id={heading}>Secrets ({rows.length})</h2>
      <Checkbox label="Show secrets scheduled for deletion" checked={planned} onChange={setPlanned} />
      <QueryStatus query={q} failed="Failed to list secrets" />
      <Table<Entry>
        labelledBy={heading}
        rows={rows}
        rowKey={(r) => r.ARN}
        empty={q.status === 'loading' ? 'Loading secrets…' : `No secrets in ${region}. Store a new secret.`}
        columns={[
          { header: 'Secret name', cell: (r) => <a href={paths.secret(r.Name)}>{r.Name}</a> },
          { header: 'Description', cell: (r) => r.Description || '-' },
          { header: 'Last retrieved (UTC)', cell: (r) => day(r.LastAccessedDate) },
          ...(planned ? [{ header: 'Deletion date (UTC)', cell: (r: Entry) => day(r.DeletedDate) }] : []),
        ]}
      />
    </SecretsLayout>
  );
}
