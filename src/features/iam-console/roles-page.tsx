/** Roles: the account's roles, who may assume them, Create role and Delete. Reads ListRoles. */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { QueryStatus } from '@/components/ui/query-status';
import { formatDateTime } from '@/components/ui/format';
import { NONE, Table } from '@/components/ui/table';
import { showFlash } from '@/state/flash';
import { useConsoleQuery } from '@/state/use-console-query';
import { iamCall, iamAction } from './iam-api';
import { IamLayout } from './iam-layout';
import { go, roleHref } from './links';
import { loadRoles, trustedEntities } from './role-data';

export function RolesPage() {
  const roles = useConsoleQuery(loadRoles);
  const [selected, setSelected] = useState<string[]>([]);
  const [deleting, setDeleting] = useState(false);
  const rows = roles.status === 'ready' ? roles.data : [];
  const chosen = selected.find((s) => rows.some((r) => r.RoleName === s));

  return (
    <IamLayout
      section="roles"
      title="Roles"
      description="An IAM role is an identity you can create that has specific permissions with credentials that are valid for short durations. Roles can be assumed by entities that you trust."
      actions={
        <>
          <Button aria-disabled={!chosen || undefined} onClick={() => chosen && setDeleting(true)}>
            Delete
          </Button>
          <Button variant="primary" onClick={() => go('#/iam/roles/create')}>
            Create role
          </Button>
        </>
      }
    >
      <h2 id="roles-heading" className="table-heading">
        Roles ({rows.length})
      </h2>
      <QueryStatus query={roles} loading="Loading roles…" failed="Failed to list roles" />
      {roles.status === 'ready' && (
        <Table
          labelledBy="roles-heading"
          rows={rows}
          rowKey={(r) => r.RoleName}
          selection={{ selected: chosen ? [chosen] : [], onChange: setSelected, label: (r) => `Select ${r.RoleName}`, single: true }}
          empty={<p>No roles to display.</p>}
          columns={[
            { header: 'Role name', cell: (r) => <a href={roleHref(r.RoleName)}>{r.RoleName}</a> },
            { header: 'Trusted entities', cell: (r) => trustedEntities(r.AssumeRolePolicyDocument).join(', ') || NONE },
            { header: 'Creation time', cell: (r) => formatDateTime(r.CreateDate) },
          ]}
        />
      )}
      {deleting && chosen && (
        <ConfirmDialog
          title={`Delete ${chosen}?`}
          confirmText={chosen}
          errorTitle={`Failed to delete role ${chosen}`}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            const call = iamCall('DeleteRole', { RoleName: chosen });
            await iamAction(call);
            setSelected([]);
            showFlash({ tone: 'success', text: `Role ${chosen} deleted.`, calls: [call] });
          }}
        >
          <p>
            The role <span className="mono">{chosen}</span> will be deleted permanently. IAM refuses to delete a role that still has policies (DeleteConflict).
          </p>
        </ConfirmDialog>
      )}
    </IamLayout>
  );
}
