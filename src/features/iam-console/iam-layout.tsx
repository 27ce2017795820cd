/**
 * The frame of every IAM screen, as in the AWS console: the IAM navigation on the left
 * (Dashboard; Access management: User groups, Users, Roles, Policies), breadcrumbs, the page
 * title with its actions, then the content.
 */
import type { ReactNode } from 'react';
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

export function IamLayout({ section, title, crumbs = [], actions, description, children }: Props) {
  return (
    <div className="service-layout">
      <nav className="side-nav" aria-label="IAM">
        <p className="side-nav__title">
          <a href="#/iam" aria-current={section === 'dashboard' ? 'page' : undefined}>
            Identity and Access Management (IAM)
          </a>
        </p>
        <p className="side-nav__group" id="iam-access-management">
          Access management
        </p>
        <ul aria-labelledby="iam-access-management">
          {NAV.map((n) => (
            <li key={n.id}>
              <a href={n.href} aria-current={n.id === section ? 'page' : undefined}>
                {n.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="service-layout__content">
        <nav aria-label="Breadcrumbs" className="breadcrumbs">
          <ol>
            <li>
              <a href="#/iam">IAM</a>
            </li>
            {crumbs.map((c) => (
              <li key={c.href}>
                <a href={c.href}>{c.label}</a>
              </li>
            ))}
            <li aria-current="page">{title}</li>
          </ol>
        </nav>
        <div className="page-header">
          <h1>{title}</h1>
          {actions && <div className="page-header__actions">{actions}</div>}
        </div>
        {description && <p className="muted page-header__description">{description}</p>}
        {children}
      </div>
    </div>
  );
}
