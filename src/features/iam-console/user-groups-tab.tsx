/** A user's Groups tab: "User groups membership", with Add user to groups and Remove. */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog } from '@/components/ui/dialog';
import { ErrorAlert } from '@/components/ui/error-alert';
import { NONE, Table } from '@/components/ui/table';
import { showFlash } from '@/state/flash';
import { GroupPicker } from './group-picker';
import { iamCall, runSteps, StepFailed } from './iam-api';
import { groupHref } from './links';
import type { UserData } from './user-data';

const unwrap = (e: unknown) => {
  throw e instanceof StepFailed ? e.cause : e;
};

export function UserGroupsTab({ data }: { data: UserData }) {
  const userName = data.user.UserName;
  const [selected, setSelected] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState(false);
  const rows = data.groups;
  const chosen = selected.filter((s) => rows.some((r) => r.group.GroupName === s));
  const removeCalls = chosen.map((g) => iamCall('RemoveUserFromGroup', { GroupName: g, UserName: userName }));

  return (
    <>
      <div className="toolbar">
        <h3 id="user-groups-heading">User groups membership ({rows.length})</h3>
        <div className="toolbar__actions">
          <Button aria-disabled={chosen.length === 0 || undefined} onClick={() => chosen.length && setRemoving(true)}>
            Remove
          </Button>
          <Button variant="primary" onClick={() => setAdding(true)}>
            Add user to groups
          </Button>
        </div>
      </div>
      <Table
        labelledBy="user-groups-heading"
        rows={rows}
        rowKey={(r) => r.group.GroupName}
        selection={{ selected: chosen, onChange: setSelected, label: (r) => `Select ${r.group.GroupName}` }}
        empty={<p>This user is in no group.</p>}
        columns={[
          { header: 'Group name', cell: (r) => <a href={groupHref(r.group.GroupName)}>{r.group.GroupName}</a> },
          { header: 'Attached policies', cell: (r) => (r.policies.length ? r.policies.map((p) => p.PolicyName).join(', ') : NONE) },
        ]}
      />
      {adding && <AddToGroupsDialog userName={userName} current={rows.map((r) => r.group.GroupName)} onClose={() => setAdding(false)} />}
      {removing && (
        <ConfirmDialog
          title={`Remove ${userName} from ${chosen.length === 1 ? `group ${chosen[0]}` : `${chosen.length} groups`}?`}
          actionLabel="Remove"
          errorTitle="Failed to remove the user from the group"
          onClose={() => setRemoving(false)}
          onConfirm={async () => {
            await runSteps(removeCalls.map((call) => ({ call, failure: '' }))).catch(unwrap);
            setSelected([]);
            showFlash({ tone: 'success', text: `User ${userName} removed from ${chosen.join(', ')}.`, calls: removeCalls });
          }}
        >
          <p>The user loses the permissions these groups give.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

function AddToGroupsDialog({ userName, current, onClose }: { userName: string; current: string[]; onClose(): void }) {
  const [groups, setGroups] = useState<string[]>([]);
  const [error, setError] = useState<unknown>();
  const calls = groups.map((g) => iamCall('AddUserToGroup', { GroupName: g, UserName: userName }));
  async function add() {
    if (!groups.length) return;
    setError(undefined);
    try {
      await runSteps(calls.map((call) => ({ call, failure: '' })));
      showFlash({ tone: 'success', text: `User ${userName} added to ${groups.join(', ')}.`, calls });
      onClose();
    } catch (e) {
      setError(e instanceof StepFailed ? e.cause : e);
    }
  }
  return (
    <Dialog
      title={`Add ${userName} to groups`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" aria-disabled={groups.length === 0 || undefined} onClick={() => void add()}>
            Add to groups
          </Button>
        </>
      }
    >
      <GroupPicker selected={groups} onChange={setGroups} exclude={current} />
      {error !== undefined && <ErrorAlert error={error} title={`Failed to add user ${userName} to groups`} />}
    </Dialog>
  );
}
