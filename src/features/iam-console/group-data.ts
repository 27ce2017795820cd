/** What a group's page shows: GetGroup (with its users), attached and inline policies. */
import { iam, listAllIam, type AttachedPolicy, type IamGroupOut, type IamUserOut } from './iam-api';

export interface GroupData {
  group: IamGroupOut;
  users: IamUserOut[];
  attached: AttachedPolicy[];
  inline: string[];
}

export async function loadGroup(name: string): Promise<GroupData> {
  const first = await iam<{ Group: IamGroupOut }>('GetGroup', { GroupName: name });
  const g = { GroupName: first.Group.GroupName };
  const [users, attached, inline] = await Promise.all([
    listAllIam<IamUserOut>('GetGroup', 'Users', g),
    listAllIam<AttachedPolicy>('ListAttachedGroupPolicies', 'AttachedPolicies', g),
    listAllIam<string>('ListGroupPolicies', 'PolicyNames', g),
  ]);
  return { group: first.Group, users, attached, inline };
}
