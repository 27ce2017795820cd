/** "Add users to the group": the account's users to choose from (ListUsers). */
import { useId } from 'react';
import { QueryStatus } from '@/components/ui/query-status';
import { formatDateTime } from '@/components/ui/format';
import { Table } from '@/components/ui/table';
import { useConsoleQuery } from '@/state/use-console-query';
import { listAllIam, type IamUserOut } from './iam-api';

const loadUsers = () => listAllIam<IamUserOut>('ListUsers', 'Users');

export function UserPicker({
  selected,
  onChange,
  exclude = [],
  heading = 'Users',
}: {
  selected: string[];
  onChange(names: string[]): void;
  exclude?: string[];
  heading?: string;
}) {
  const users = useConsoleQuery(loadUsers);
  const headingId = useId();
  const rows = users.status === 'ready' ? users.data.filter((u) => !exclude.includes(u.UserName)) : [];
  return (
    <section className="picker">
      <h3 id={headingId}>
        {heading} ({rows.length})
      </h3>
      <QueryStatus query={users} loading="Loading users…" failed="Failed to list users" />
      {users.status === 'ready' && (
        <Table
          labelledBy={headingId}
          rows={rows}
          rowKey={(u) => u.UserName}
          selection={{ selected, onChange, label: (u) => u.UserName }}
          empty={<p>No other users to add.</p>}
          columns={[
            { header: 'User name', cell: (u) => u.UserName },
            { header: 'Creation time', cell: (u) => formatDateTime(u.CreateDate) },
          ]}
        />
      )}
    </section>
  );
}
