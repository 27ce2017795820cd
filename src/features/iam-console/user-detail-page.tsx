/**
 * A user's page: the Summary (ARN, creation time, access keys), Delete, and the tabs
 * Permissions, Groups and Security credentials, as in the AWS console.
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { QueryStatus } from '@/components/ui/query-status';
import { formatDateTime } from '@/components/ui/format';
import { Tabs } from '@/components/ui/tabs';
import { showFlash } from '@/state/flash';
import { useConsoleQuery } from '@/state/use-console-query';
import { iamCall, iamAction } from './iam-api';
import { IamLayout } from './iam-layout';
import { go, usersHref } from './links';
import { UserCredentialsTab } from './user-credentials-tab';
import { loadUser } from './user-data';
import { UserGroupsTab } from './user-groups-tab';
import { UserPermissionsTab } from './user-permissions-tab';

export function UserDetailPage({ params }: { params: { name?: string } }) {
  const name = params.name ?? '';
  const data = useConsoleQuery(() => loadUser(name), [name]);
  const [tab, setTab] = useState('permissions');
  const [deleting, setDeleting] = useState(false);
  const ready = data.status === 'ready' ? data.data : undefined;

  return (
    <IamLayout
      section="users"
      title={name}
      crumbs={[{ label: 'Users', href: usersHref }]}
      actions={ready && <Button onClick={() => setDeleting(true)}>Delete</Button>}
    >
      <QueryStatus query={data} loading="Loading user…" failed={`Failed to load user ${name}`}>
        <p>
          <a href={usersHref}>Back to Users</a>
        </p>
      </QueryStatus>
      {ready && (
        <>
          <section className="panel" aria-labelledby="user-summary">
            <h2 id="user-summary">Summary</h2>
            <dl className="summary summary--grid">
              <div>
                <dt>ARN</dt>
                <dd className="mono">{ready.user.Arn}</dd>
              </div>
              <div>
                <dt>Created</dt>
                <dd>{formatDateTime(ready.user.CreateDate)}</dd>
              </div>
              <div>
                <dt>Console access</dt>
                <dd>Disabled</dd>
              </div>
              {ready.accessKeys.map((k, i) => (
                <div key={k.AccessKeyId}>
                  <dt>Access key {i + 1}</dt>
                  <dd className="mono">
                    {k.AccessKeyId} - {k.Status}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
          <Tabs
            label="User details"
            selected={tab}
            onSelect={setTab}
            tabs={[
              { id: 'permissions', label: 'Permissions', content: <UserPermissionsTab data={ready} /> },
              { id: 'groups', label: `Groups (${ready.groups.length})`, content: <UserGroupsTab data={ready} /> },
              { id: 'credentials', label: 'Security credentials', content: <UserCredentialsTab data={ready} /> },
            ]}
          />
        </>
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete ${name}?`}
          confirmText={name}
          errorTitle={`Failed to delete user ${name}`}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            const call = iamCall('DeleteUser', { UserName: name });
            await iamAction(call);
            showFlash({ tone: 'success', text: `User ${name} deleted.`, calls: [call] });
            go(usersHref);
          }}
        >
          <p>
            The user <span className="mono">{name}</span> will be deleted permanently. IAM refuses to delete a user that still has policies, group memberships
            or access keys (DeleteConflict): remove those first.
          </p>
        </ConfirmDialog>
      )}
    </IamLayout>
  );
}
