/** Everything a user's page shows, read through the API as the AWS console reads it. */
import { iam, listAllIam, type AttachedPolicy, type IamGroupOut, type IamUserOut } from './iam-api';

export interface AccessKeyOut {
  AccessKeyId: string;
  Status: 'Active' | 'Inactive';
  CreateDate: Date;
}

export interface UserData {
  user: IamUserOut;
  attached: AttachedPolicy[];
  inline: string[];
  groups: { group: IamGroupOut; policies: AttachedPolicy[]; inline: string[] }[];
  accessKeys: AccessKeyOut[];
}

export async function loadUser(name: string): Promise<UserData> {
  const { User } = await iam<{ User: IamUserOut }>('GetUser', { UserName: name });
  const q = { UserName: User.UserName };
  const [attached, inline, groups, keys] = await Promise.all([
    listAllIam<AttachedPolicy>('ListAttachedUserPolicies', 'AttachedPolicies', q),
    listAllIam<string>('ListUserPolicies', 'PolicyNames', q),
    listAllIam<IamGroupOut>('ListGroupsForUser', 'Groups', q),
    listAllIam<AccessKeyOut>('ListAccessKeys', 'AccessKeyMetadata', q),
  ]);
  const withPolicies = await Promise.all(
    groups.map(async (group) => {
      const g = { GroupName: group.GroupName };
      const [policies, groupInline] = await Promise.all([
        listAllIam<AttachedPolicy>('ListAttachedGroupPolicies', 'AttachedPolicies', g),
        listAllIam<string>('ListGroupPolicies', 'PolicyNames', g),
      ]);
      return { group, policies, inline: groupInline };
    }),
  );
  return { user: User, attached, inline, groups: withPolicies, accessKeys: keys };
}
