/**
 * User groups: the account's groups with their number of users, their permissions and creation
 * time; Create group and Delete. Reads ListGroups, GetGroup and ListAttachedGroupPolicies.
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { QueryStatus } from '@/components/ui/query-status';
import { formatDateTime } from '@/components/ui/format';
import { NONE, Table } from '@/components/ui/table';
import { showFlash } from '@/state/flash';
import { useConsoleQuery } from '@/state/use-console-query';
import { iamCall, listAllIam, type AttachedPolicy, type IamGroupOut, iamAction } from './iam-api';
import { IamLayout } from './iam-layout';
import { go, groupHref } from './links';

interface GroupRow extends IamGroupOut {
  users: number;
  policies: string[];
}

async function loadGroups(): Promise<GroupRow[]> {
  const groups = await listAllIam<IamGroupOut>('ListGroups', 'Groups');
  return Promise.all(
    groups.map(async (g) => {
      const [members, policies] = await Promise.all([
        listAllIam<unknown>('GetGroup', 'Users', { GroupName: g.GroupName }),
        listAllIam<AttachedPolicy>('ListAttachedGroupPolicies', 'AttachedPolicies', { GroupName: g.GroupName }),
      ]);
      return { ...g, users: members.length, policies: policies.map((p) => p.PolicyName) };
    }),
  );
}

export function GroupsPage() {
  const groups = useConsoleQuery(loadGroups);
  const [selected, setSelected] = useState<string[]>([]);
  const [deleting, setDeleting] = useState(false);
  const rows = groups.status === 'ready' ? groups.data : [];
  const chosen = selected.find((s) => rows.some((r) => r.GroupName === s));

  return (
    <IamLayout
      section="groups"
      title="User groups"
      description="A user group is a collection of IAM users. Use groups to specify permissions for a collection of users."
      actions={
        <>
          <Button aria-disabled={!chosen || undefined} onClick={() => chosen && setDeleting(true)}>
            Delete
          </Button>
          <Button variant="primary" onClick={() => go('#/iam/groups/create')}>
            Create group
          </Button>
        </>
      }
    >
      <h2 id="groups-heading" className="table-heading">
        User groups ({rows.length})
      </h2>
      <QueryStatus query={groups} loading="Loading user groups…" failed="Failed to list user groups" />
      {groups.status === 'ready' && (
        <Table
          labelledBy="groups-heading"
          rows={rows}
          rowKey={(g) => g.GroupName}
          selection={{ selected: chosen ? [chosen] : [], onChange: setSelected, label: (g) => `Select ${g.GroupName}`, single: true }}
          empty={<p>No user groups to display.</p>}
          columns={[
            { header: 'Group name', cell: (g) => <a href={groupHref(g.GroupName)}>{g.GroupName}</a> },
            { header: 'Users', cell: (g) => g.users },
            { header: 'Permissions', cell: (g) => (g.policies.length ? g.policies.join(', ') : NONE) },
            { header: 'Creation time', cell: (g) => formatDateTime(g.CreateDate) },
          ]}
        />
      )}
      {deleting && chosen && (
        <ConfirmDialog
          title={`Delete ${chosen}?`}
          confirmText={chosen}
          errorTitle={`Failed to delete group ${chosen}`}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            const call = iamCall('DeleteGroup', { GroupName: chosen });
            await iamAction(call);
            setSelected([]);
            showFlash({ tone: 'success', text: `User group ${chosen} deleted.`, calls: [call] });
          }}
        >
          <p>
            The group <span className="mono">{chosen}</span> will be deleted permanently. IAM refuses to delete a group that still has users or policies
            (DeleteConflict): remove them first.
          </p>
        </ConfirmDialog>
      )}
    </IamLayout>
  );
}
