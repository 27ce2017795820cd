/** IAM's screens in the app's route table (Region shows "Global"); the console is one chunk, loaded on first visit. */
import { lazyScreens, type RouteDef } from '@/components/routing/routes';

const load = () => import('./index');
const Iam = lazyScreens(load);

const iam = (r: Omit<RouteDef, 'service' | 'chunk'>): RouteDef => ({ ...r, service: 'iam', chunk: load });

/** Static paths before parameterised ones (`/iam/users/create` before `/iam/users/:name`). */
export const iamRoutes: RouteDef[] = [
  iam({ path: '/iam', title: 'IAM Dashboard', render: () => <Iam.IamDashboard /> }),
  iam({ path: '/iam/users', title: 'Users', render: () => <Iam.UsersPage /> }),
  iam({ path: '/iam/users/create', title: 'Create user', render: () => <Iam.CreateUserPage /> }),
  iam({ path: '/iam/users/details/:name', title: (p) => `${p.name} | Users`, render: (p) => <Iam.UserDetailPage key={p.name} params={p} /> }),
  iam({ path: '/iam/users/:name', title: (p) => `${p.name} | Users`, render: (p) => <Iam.UserDetailPage key={p.name} params={p} /> }),
  iam({ path: '/iam/groups', title: 'User groups', render: () => <Iam.GroupsPage /> }),
  iam({ path: '/iam/groups/create', title: 'Create user group', render: () => <Iam.CreateGroupPage /> }),
  iam({ path: '/iam/groups/details/:name', title: (p) => `${p.name} | User groups`, render: (p) => <Iam.GroupDetailPage key={p.name} params={p} /> }),
  iam({ path: '/iam/groups/:name', title: (p) => `${p.name} | User groups`, render: (p) => <Iam.GroupDetailPage key={p.name} params={p} /> }),
  iam({ path: '/iam/roles', title: 'Roles', render: () => <Iam.RolesPage /> }),
  iam({ path: '/iam/roles/create', title: 'Create role', render: () => <Iam.CreateRolePage /> }),
  iam({ path: '/iam/roles/details/:name', title: (p) => `${p.name} | Roles`, render: (p) => <Iam.RoleDetailPage key={p.name} params={p} /> }),
  iam({ path: '/iam/roles/:name', title: (p) => `${p.name} | Roles`, render: (p) => <Iam.RoleDetailPage key={p.name} params={p} /> }),
  iam({ path: '/iam/policies', title: 'Policies', render: () => <Iam.PoliciesPage /> }),
  iam({ path: '/iam/policies/:name', title: (p) => `${p.name} | Policies`, render: (p) => <Iam.PolicyDetailPage key={p.name} params={p} /> }),
];
