/**
 * A user's Permissions tab: the policies attached to the user and its inline policies (which
 * can be added and removed), and, read-only, what its groups give it.
 */
import { NONE, Table } from '@/components/ui/table';
import { groupHref, policyHref } from './links';
import { PermissionsPanel } from './permissions-panel';
import type { UserData } from './user-data';

export function UserPermissionsTab({ data }: { data: UserData }) {
  const fromGroups = data.groups.flatMap((g) => [
    ...g.policies.map((p) => ({
      key: `${g.group.GroupName}:${p.PolicyArn}`,
      name: p.PolicyName,
      managed: true,
      type: 'AWS managed',
      group: g.group.GroupName,
    })),
    ...g.inline.map((n) => ({ key: `${g.group.GroupName}:inline:${n}`, name: n, managed: false, type: 'Customer inline', group: g.group.GroupName })),
  ]);
  return (
    <>
      <p className="muted">Permissions are defined by policies attached to the user directly or through groups.</p>
      <PermissionsPanel owner={{ type: 'user', name: data.user.UserName }} attached={data.attached} inline={data.inline} />
      <h3 id="user-group-policies-heading">Permissions from groups ({fromGroups.length})</h3>
      <Table
        labelledBy="user-group-policies-heading"
        rows={fromGroups}
        rowKey={(r) => r.key}
        empty={<p>No permissions come from groups: the user is in no group, or its groups have no policies.</p>}
        columns={[
          { header: 'Policy name', cell: (r) => (r.managed ? <a href={policyHref(r.name)}>{r.name}</a> : r.name) },
          { header: 'Type', cell: (r) => r.type },
          { header: 'Attached via', cell: (r) => (r.group ? <a href={groupHref(r.group)}>Group {r.group}</a> : NONE) },
        ]}
      />
    </>
  );
}
