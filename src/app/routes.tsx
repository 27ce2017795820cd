/**
 * The route table: hash path -> screen. One line per screen; static paths before parameterised
 * ones (`/iam/users/create` before `/iam/users/:name`). A feature's screens plug in as rows
 * (see kms-routes.tsx). Titles name the browser tab and the crash message of the screen.
 */
import type { ReactNode } from 'react';
import { EventHistoryPage } from '../features/event-history';
import { HomePage } from '../features/home/home-page';
import * as Iam from '../features/iam-console';
import { kmsHome, kmsRoutes } from './kms-routes';
import type { ServiceLink } from './services-menu';

export type Params = Record<string, string>;

export interface RouteDef {
  /** '/iam/users/:name'; segments starting with ':' are parameters (URI-decoded). */
  path: string;
  title: string | ((params: Params) => string);
  /** Which service's screen it is (the Services menu marks it; 'iam' shows Region "Global"). */
  service?: 'iam' | 'kms' | 'cloudtrail';
  render(params: Params): ReactNode;
}

/** An IAM screen: Region shows "Global". */
const iam = (r: Omit<RouteDef, 'service'>): RouteDef => ({ ...r, service: 'iam' });

const iamRoutes: RouteDef[] = [
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

const cloudTrailRoutes: RouteDef[] = [
  { path: '/cloudtrail', title: 'Event history', service: 'cloudtrail', render: () => <EventHistoryPage /> },
  { path: '/cloudtrail/events', title: 'Event history', service: 'cloudtrail', render: () => <EventHistoryPage /> },
];

export const ROUTES: RouteDef[] = [{ path: '/', title: '', render: () => <HomePage /> }, ...iamRoutes, ...kmsRoutes, ...cloudTrailRoutes];

/** The Services menu. CloudShell and Certificate Manager join it when they exist. */
export const SERVICES: ServiceLink[] = [
  { id: 'iam', label: 'IAM', description: 'Manage access to AWS resources', href: '#/iam/users' },
  { id: 'kms', label: 'Key Management Service', description: 'Create and control keys used to encrypt or digitally sign your data', href: kmsHome },
  { id: 'cloudtrail', label: 'CloudTrail', description: 'Event history: track user activity and API usage', href: '#/cloudtrail/events' },
];

export const titleOf = (route: RouteDef, params: Params) => (typeof route.title === 'function' ? route.title(params) : route.title);
