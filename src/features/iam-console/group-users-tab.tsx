/** A group's Users tab: "Users in this group", with Add users and Remove users. */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatDateTime } from '@/components/ui/format';
import { Table } from '@/components/ui/table';
import { showFlash } from '@/state/flash';
import type { GroupData } from './group-data';
import { iamCall, runSteps, StepFailed } from './iam-api';
import { userHref } from './links';
import { UserPicker } from './user-picker';

const run = (calls: ReturnType<typeof iamCall>[]) =>
  runSteps(calls.map((call) => ({ call, failure: '' }))).catch((e) => {
    throw e instanceof StepFailed ? e.cause : e;
  });

export function GroupUsersTab({ data }: { data: GroupData }) {
  const groupName = data.group.GroupName;
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState(false);
  const chosen = selected.filter((s) => data.users.some((u) => u.UserName === s));
  const removeCalls = chosen.map((u) => iamCall('RemoveUserFromGroup', { GroupName: groupName, UserName: u }));

  return (
    <>
      <div className="toolbar">
        <h3 id="group-users-heading">Users in this group ({data.users.length})</h3>
        <div className="toolbar__actions">
          <Button aria-disabled={chosen.length === 0 || undefined} onClick={() => chosen.length && setRemoving(true)}>
            Remove users
          </Button>
          <Button variant="primary" onClick={() => setAdding(true)}>
            Add users
          </Button>
        </div>
      </div>
      <Table
        labelledBy="group-users-heading"
        rows={data.users}
        rowKey={(u) => u.UserName}
        selection={{ selected: chosen, onChange: setSelected, label: (u) => `Select ${u.UserName}` }}
        empty={<p>No users in this group.</p>}
        columns={[
          { header: 'User name', cell: (u) => <a href={userHref(u.UserName)}>{u.UserName}</a> },
          { header: 'Creation time', cell: (u) => formatDateTime(u.CreateDate) },
        ]}
      />
      {adding && <AddUsersDialog groupName={groupName} members={data.users.map((u) => u.UserName)} onClose={() => setAdding(false)} />}
      {removing && (
        <ConfirmDialog
          title={`Remove ${chosen.length === 1 ? chosen[0] : `${chosen.length} users`} from ${groupName}?`}
          actionLabel="Remove users"
          errorTitle="Failed to remove users from the group"
          onClose={() => setRemoving(false)}
          onConfirm={async () => {
            await run(removeCalls);
            setSelected([]);
            showFlash({ tone: 'success', text: `Removed ${chosen.join(', ')} from ${groupName}.`, calls: removeCalls });
          }}
        >
          <p>These users lose the permissions of the group.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

function AddUsersDialog({ groupName, members, onClose }: { groupName: string; members: string[]; onClose(): void }) {
  const [users, setUsers] = useState<string[]>([]);
  const [error, setError] = useState<unknown>();
  const calls = users.map((u) => iamCall('AddUserToGroup', { GroupName: groupName, UserName: u }));
  async function add() {
    if (!users.length) return;
    setError(undefined);
    try {
      await run(calls);
      showFlash({ tone: 'success', text: `Added ${users.join(', ')} to ${groupName}.`, calls });
      onClose();
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Dialog
      title={`Add users to ${groupName}`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" aria-disabled={users.length === 0 || undefined} onClick={() => void add()}>
            Add users
          </Button>
        </>
      }
    >
      <UserPicker selected={users} onChange={setUsers} exclude={members} heading="Other users in this account" />
      {error !== undefined && <ErrorAlert error={error} title={`Failed to add users to ${groupName}`} />}
    </Dialog>
  );
}
