/** A group's Permissions tab: attached and inline policies, shared with every member. */
import type { GroupData } from './group-data';
import { PermissionsPanel } from './permissions-panel';

export function GroupPermissionsTab({ data }: { data: GroupData }) {
  return (
    <>
      <p className="muted">Every user in the group gets these permissions.</p>
      <PermissionsPanel owner={{ type: 'group', name: data.group.GroupName }} attached={data.attached} inline={data.inline} />
    </>
  );
}
