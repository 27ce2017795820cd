/**
 * Users: the account's IAM users with their groups, access keys and creation time, and the
 * Create user / Delete actions. Reads through the API (ListUsers, ListGroupsForUser,
 * ListAccessKeys), as the AWS console does, so they land in the event history.
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { QueryStatus } from '@/components/ui/query-status';
import { formatDateTime } from '@/components/ui/format';
import { NONE, Table } from '@/components/ui/table';
import { showFlash } from '@/state/flash';
import { useConsoleQuery } from '@/state/use-console-query';
import { iam, iamCall, listAllIam, runSteps, StepFailed, type IamGroupOut, type IamUserOut } from './iam-api';
import { IamLayout } from './iam-layout';
import { go, groupHref, userHref } from './links';

interface UserRow extends IamUserOut {
  groups: string[];
  accessKeys: { AccessKeyId: string; Status: string }[];
}

async function loadUsers(): Promise<UserRow[]> {
  const users = await listAllIam<IamUserOut>('ListUsers', 'Users');
  return Promise.all(
    users.map(async (u) => {
      const [groups, keys] = await Promise.all([
        listAllIam<IamGroupOut>('ListGroupsForUser', 'Groups', { UserName: u.UserName }),
        iam('ListAccessKeys', { UserName: u.UserName }),
      ]);
      return { ...u, groups: groups.map((g) => g.GroupName), accessKeys: keys.AccessKeyMetadata };
    }),
  );
}

export function UsersPage() {
  const users = useConsoleQuery(loadUsers);
  const [selected, setSelected] = useState<string[]>([]);
  const [deleting, setDeleting] = useState(false);
  const rows = users.status === 'ready' ? users.data : [];
  const chosen = selected.filter((s) => rows.some((r) => r.UserName === s));

  return (
    <IamLayout
      section="users"
      title="Users"
      description="An IAM user is an identity with long-term credentials that is used to interact with AWS in an account."
      actions={
        <>
          <Button aria-disabled={chosen.length === 0 || undefined} onClick={() => chosen.length && setDeleting(true)}>
            Delete
          </Button>
          <Button variant="primary" onClick={() => go('#/iam/users/create')}>
            Create user
          </Button>
        </>
      }
    >
      <h2 id="users-heading" className="table-heading">
        Users ({rows.length})
      </h2>
      <QueryStatus query={users} loading="Loading users…" failed="Failed to list users" />
      {users.status === 'ready' && (
        <Table
          labelledBy="users-heading"
          rows={rows}
          rowKey={(u) => u.UserName}
          selection={{ selected: chosen, onChange: setSelected, label: (u) => `Select ${u.UserName}` }}
          empty={<p>No users to display.</p>}
          columns={[
            { header: 'User name', cell: (u) => <a href={userHref(u.UserName)}>{u.UserName}</a> },
            { header: 'Path', cell: (u) => u.Path, className: 'mono' },
            {
              header: 'Groups',
              cell: (u) =>
                u.groups.length
                  ? u.groups.map((g, i) => (
                      <span key={g}>
                        {i > 0 && ', '}
                        <a href={groupHref(g)}>{g}</a>
                      </span>
                    ))
                  : NONE,
            },
            {
              header: 'Access key ID',
              cell: (u) => (u.accessKeys.length ? u.accessKeys.map((k) => `${k.Status} - ${k.AccessKeyId}`).join(', ') : NONE),
              className: 'mono',
            },
            { header: 'Creation time', cell: (u) => formatDateTime(u.CreateDate) },
          ]}
        />
      )}
      {deleting && <DeleteUsersDialog names={chosen} onClose={() => setDeleting(false)} onDeleted={() => setSelected([])} />}
    </IamLayout>
  );
}

function DeleteUsersDialog({ names, onClose, onDeleted }: { names: string[]; onClose(): void; onDeleted(): void }) {
  const one = names.length === 1;
  const [failure, setFailure] = useState<StepFailed>();
  async function remove() {
    setFailure(undefined);
    const steps = names.map((n) => ({ call: iamCall('DeleteUser', { UserName: n }), failure: `Failed to delete user ${n}` }));
    try {
      await runSteps(steps);
    } catch (e) {
      if (e instanceof StepFailed) {
        // The dialog shows the error; throw to keep it open.
        setFailure(e);
        throw e.cause;
      }
      throw e;
    }
    onDeleted();
    showFlash({ tone: 'success', text: one ? `User ${names[0]} deleted.` : `${names.length} users deleted.`, calls: steps.map((s) => s.call) });
  }
  return (
    <ConfirmDialog
      title={one ? `Delete ${names[0]}?` : `Delete ${names.length} users?`}
      confirmText={one ? names[0] : 'delete'}
      confirmLabel={
        one ? undefined : (
          <>
            To confirm deletion, enter <span className="mono">delete</span> in the text input field.
          </>
        )
      }
      onConfirm={remove}
      onClose={onClose}
      errorTitle={failure?.step.failure}
    >
      <p>
        {one ? 'This user' : 'These users'} will be deleted permanently: <span className="mono">{names.join(', ')}</span>. IAM refuses to delete a user that
        still has policies, group memberships or access keys (DeleteConflict): remove those first.
      </p>
    </ConfirmDialog>
  );
}
