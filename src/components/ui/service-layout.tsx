/**
 * The frame of a service's screens, as in the AWS console: the service's navigation on the left,
 * breadcrumbs, the page title with its actions, then the content. Every service console (KMS,
 * IAM ...) renders this same structure and these classes, so the styles and the accessibility
 * checks hold for all of them.
 */
import type { ReactNode, Ref } from 'react';

export interface SideNavLink {
  label: string;
  href: string;
  current?: boolean;
}

export interface SideNav {
  /** The navigation landmark's name, e.g. "Key Management Service". */
  label: string;
  /** The service's name at the top, linking to its start page. */
  title: string;
  titleHref: string;
  titleCurrent?: boolean;
  /** A heading above the links ("Access management"), labelling the list; `id` must be unique. */
  group?: { id: string; label: string };
  links: SideNavLink[];
}

export interface ServiceLayoutProps {
  /** Extra class on the frame, e.g. a console's own style scope. */
  className?: string;
  nav: SideNav;
  /** The first crumb: the service's short name and start page. */
  home: { label: string; href: string };
  title: ReactNode;
  /** Crumbs between the service and the title: [{ label: 'Users', href: '#/iam/users' }]. */
  crumbs?: { label: string; href: string }[];
  actions?: ReactNode;
  description?: ReactNode;
  /** The description's element: a paragraph, or a div when it holds blocks. */
  descriptionAs?: 'p' | 'div';
  /** Set to make the title focusable (tabIndex -1), e.g. to move focus there after navigation. */
  titleRef?: Ref<HTMLHeadingElement>;
  children: ReactNode;
}

export function ServiceLayout({
  className,
  nav,
  home,
  title,
  crumbs = [],
  actions,
  description,
  descriptionAs: Description = 'p',
  titleRef,
  children,
}: ServiceLayoutProps) {
  return (
    <div className={className ? `service-layout ${className}` : 'service-layout'}>
      <nav className="side-nav" aria-label={nav.label}>
        <p className="side-nav__title">
          <a href={nav.titleHref} aria-current={nav.titleCurrent ? 'page' : undefined}>
            {nav.title}
          </a>
        </p>
        {nav.group && (
          <p className="side-nav__group" id={nav.group.id}>
            {nav.group.label}
          </p>
        )}
        <ul aria-labelledby={nav.group?.id}>
          {nav.links.map((n) => (
            <li key={n.href}>
              <a href={n.href} aria-current={n.current ? 'page' : undefined}>
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
              <a href={home.href}>{home.label}</a>
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
          <h1 ref={titleRef} tabIndex={titleRef ? -1 : undefined}>
            {title}
          </h1>
          {actions && <div className="page-header__actions">{actions}</div>}
        </div>
        {description && <Description className="muted page-header__description">{description}</Description>}
        {children}
      </div>
    </div>
  );
}
