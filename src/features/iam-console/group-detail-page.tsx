/**
 * A user group's page: Summary, Delete, and the tabs Users (add, remove) and Permissions
 * (attach, detach, inline policies), as in the AWS console.
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { QueryStatus } from '@/components/ui/query-status';
import { formatDateTime } from '@/components/ui/format';
import { Tabs } from '@/components/ui/tabs';
import { showFlash } from '@/state/flash';
import { useConsoleQuery } from '@/state/use-console-query';
import { loadGroup } from './group-data';
import { GroupPermissionsTab } from './group-permissions-tab';
import { GroupUsersTab } from './group-users-tab';
import { iamCall, iamAction } from './iam-api';
import { IamLayout } from './iam-layout';
import { go, groupsHref } from './links';

export function GroupDetailPage({ params }: { params: { name?: string } }) {
  const name = params.name ?? '';
  const data = useConsoleQuery(() => loadGroup(name), [name]);
  const [tab, setTab] = useState('users');
  const [deleting, setDeleting] = useState(false);
  const ready = data.status === 'ready' ? data.data : undefined;

  return (
    <IamLayout
      section="groups"
      title={name}
      crumbs={[{ label: 'User groups', href: groupsHref }]}
      actions={ready && <Button onClick={() => setDeleting(true)}>Delete</Button>}
    >
      <QueryStatus query={data} loading="Loading user group…" failed={`Failed to load user group ${name}`}>
        <p>
          <a href={groupsHref}>Back to User groups</a>
        </p>
      </QueryStatus>
      {ready && (
        <>
          <section className="panel" aria-labelledby="group-summary">
            <h2 id="group-summary">Summary</h2>
            <dl className="summary summary--grid">
              <div>
                <dt>User group name</dt>
                <dd className="mono">{ready.group.GroupName}</dd>
              </div>
              <div>
                <dt>Creation time</dt>
                <dd>{formatDateTime(ready.group.CreateDate)}</dd>
              </div>
              <div>
                <dt>ARN</dt>
                <dd className="mono">{ready.group.Arn}</dd>
              </div>
            </dl>
          </section>
          <Tabs
            label="User group details"
            selected={tab}
            onSelect={setTab}
            tabs={[
              { id: 'users', label: `Users (${ready.users.length})`, content: <GroupUsersTab data={ready} /> },
              { id: 'permissions', label: 'Permissions', content: <GroupPermissionsTab data={ready} /> },
            ]}
          />
        </>
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete ${name}?`}
          confirmText={name}
          errorTitle={`Failed to delete group ${name}`}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            const call = iamCall('DeleteGroup', { GroupName: name });
            await iamAction(call);
            showFlash({ tone: 'success', text: `User group ${name} deleted.`, calls: [call] });
            go(groupsHref);
          }}
        >
          <p>
            The group <span className="mono">{name}</span> will be deleted permanently. IAM refuses to delete a group that still has users or policies
            (DeleteConflict): remove them first.
          </p>
        </ConfirmDialog>
      )}
    </IamLayout>
  );
}
