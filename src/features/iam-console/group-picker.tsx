/** "User groups": the groups to add a user to, with their attached policies (ListGroups). */
import { useId } from 'react';
import { QueryStatus } from '@/components/ui/query-status';
import { formatDateTime } from '@/components/ui/format';
import { NONE, Table } from '@/components/ui/table';
import { useConsoleQuery } from '@/state/use-console-query';
import { listAllIam, type AttachedPolicy, type IamGroupOut } from './iam-api';

interface GroupRow extends IamGroupOut {
  policies: string[];
}

const loadGroups = async (): Promise<GroupRow[]> => {
  const groups = await listAllIam<IamGroupOut>('ListGroups', 'Groups');
  return Promise.all(
    groups.map(async (g) => ({
      ...g,
      policies: (await listAllIam<AttachedPolicy>('ListAttachedGroupPolicies', 'AttachedPolicies', { GroupName: g.GroupName })).map((p) => p.PolicyName),
    })),
  );
};

interface Props {
  selected: string[];
  onChange(names: string[]): void;
  exclude?: string[];
  heading?: string;
}

export function GroupPicker({ selected, onChange, exclude = [], heading = 'User groups' }: Props) {
  const groups = useConsoleQuery(loadGroups);
  const headingId = useId();
  const rows = groups.status === 'ready' ? groups.data.filter((g) => !exclude.includes(g.GroupName)) : [];
  return (
    <section className="picker">
      <h3 id={headingId}>
        {heading} ({rows.length})
      </h3>
      <QueryStatus query={groups} loading="Loading groups…" failed="Failed to list user groups" />
      {groups.status === 'ready' && (
        <Table
          labelledBy={headingId}
          rows={rows}
          rowKey={(g) => g.GroupName}
          selection={{ selected, onChange, label: (g) => g.GroupName }}
          empty={<p>No user groups to display. Create a group first, or attach policies directly.</p>}
          columns={[
            { header: 'Group name', cell: (g) => g.GroupName },
            { header: 'Attached policies', cell: (g) => (g.policies.length ? g.policies.join(', ') : NONE) },
            { header: 'Creation time', cell: (g) => formatDateTime(g.CreateDate) },
          ]}
        />
      )}
    </section>
  );
}
