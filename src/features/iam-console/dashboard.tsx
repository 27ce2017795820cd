/** The IAM dashboard: how many user groups, users, roles and policies the account has. */
import { QueryStatus } from '@/components/ui/query-status';
import { useConsoleQuery } from '@/state/use-console-query';
import { listAllIam } from './iam-api';
import { IamLayout } from './iam-layout';
import { groupsHref, policiesHref, rolesHref, usersHref } from './links';

const loadCounts = async () => {
  const [groups, users, roles, policies] = await Promise.all([
    listAllIam('ListGroups', 'Groups'),
    listAllIam('ListUsers', 'Users'),
    listAllIam('ListRoles', 'Roles'),
    listAllIam('ListPolicies', 'Policies'),
  ]);
  return { groups: groups.length, users: users.length, roles: roles.length, policies: policies.length };
};

export function IamDashboard() {
  const counts = useConsoleQuery(loadCounts);
  const c = counts.status === 'ready' ? counts.data : undefined;
  return (
    <IamLayout section="dashboard" title="IAM Dashboard" description="IAM is global: users, groups, roles and policies apply in every Region of the account.">
      <section className="panel" aria-labelledby="iam-resources">
        <h2 id="iam-resources">IAM resources</h2>
        <QueryStatus query={counts} loading="Loading…" failed="Failed to read IAM resources" />
        {c && (
          <ul className="resource-counts">
            <li>
              <a href={groupsHref}>User groups</a> <span className="resource-counts__n">{c.groups}</span>
            </li>
            <li>
              <a href={usersHref}>Users</a> <span className="resource-counts__n">{c.users}</span>
            </li>
            <li>
              <a href={rolesHref}>Roles</a> <span className="resource-counts__n">{c.roles}</span>
            </li>
            <li>
              <a href={policiesHref}>Policies</a> <span className="resource-counts__n">{c.policies}</span>
            </li>
          </ul>
        )}
      </section>
    </IamLayout>
  );
}
