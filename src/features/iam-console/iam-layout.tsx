/**
 * The frame of every IAM screen, as in the AWS console: the IAM navigation on the left
 * (Dashboard; Access management: User groups, Users, Roles, Policies), breadcrumbs, the page
 * title with its actions, then the content (components/ui/service-layout).
 */
import type { ReactNode } from 'react';
import { ServiceLayout } from '@/components/ui/service-layout';
import { groupsHref, policiesHref, rolesHref, usersHref } from './links';

export type IamSection = 'dashboard' | 'groups' | 'users' | 'roles' | 'policies';

const NAV: { id: IamSection; label: string; href: string }[] = [
  { id: 'groups', label: 'User groups', href: groupsHref },
  { id: 'users', label: 'Users', href: usersHref },
  { id: 'roles', label: 'Roles', href: rolesHref },
  { id: 'policies', label: 'Policies', href: policiesHref },
];

interface Props {
  section: IamSection;
  title: ReactNode;
  /** Crumbs between "IAM" and the title: [{ label: 'Users', href: '#/iam/users' }]. */
  crumbs?: { label: string; href: string }[];
  actions?: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}

export function IamLayout({ section, ...page }: Props) {
  return (
    <ServiceLayout
      nav={{
        label: 'IAM',
        title: 'Identity and Access Management (IAM)',
        titleHref: '#/iam',
        titleCurrent: section === 'dashboard',
        group: { id: 'iam-access-management', label: 'Access management' },
        links: NAV.map((n) => ({ label: n.label, href: n.href, current: n.id === section })),
      }}
      home={{ label: 'IAM', href: '#/iam' }}
      {...page}
    />
  );
}
