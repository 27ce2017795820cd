/**
 * The frame of a service's screens, as in the AWS console: the service's navigation on the left,
 * breadcrumbs, the page title with its actions, then the content. Every service console (KMS,
 * IAM ...) renders this same structure and these classes, so the styles and the accessibility
 * checks hold for all of them. As in the console, the navigation folds away to a narrow rail
 * with its button (Navigation, aria-expanded) and stays folded on every screen until reopened:
 * the choice is kept in this browser.
 */
import { useId, useState, type ReactNode, type Ref } from 'react';
import './service-layout.css';

export const SIDE_NAV_KEY = 'kms-lab:side-nav';

function savedOpen(): boolean {
  try {
    return localStorage.getItem(SIDE_NAV_KEY) !== 'closed';
  } catch {
    return true;
  }
}

function saveOpen(open: boolean): void {
  try {
    localStorage.setItem(SIDE_NAV_KEY, open ? 'open' : 'closed');
  } catch {
    // Not remembered; the choice still applies to this screen.
  }
}

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
  const [open, setOpen] = useState(savedOpen);
  const navId = useId();
  const toggle = () => {
    saveOpen(!open);
    setOpen(!open);
  };
  const classes = ['service-layout', !open && 'service-layout--nav-closed', className].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <div className="side-nav-area">
        <button
          type="button"
          className="side-nav__toggle"
          aria-expanded={open}
          aria-controls={navId}
          title={open ? 'Hide the navigation' : 'Show the navigation'}
          onClick={toggle}
        >
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={open ? 'M10.5 3.5L6 8l4.5 4.5' : 'M2 3.5h12M2 8h12M2 12.5h12'} />
          </svg>
          <span className={open ? 'side-nav__toggle-text' : 'side-nav__toggle-text visually-hidden'}>Navigation</span>
        </button>
        <nav className="side-nav" id={navId} aria-label={nav.label} hidden={!open}>
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
      </div>
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
