/**
 * The frame of every Certificate Manager screen, as in the AWS console: ACM's navigation on the
 * left, breadcrumbs, the page title with its actions, then the content. The lab adds a "Use a
 * certificate" group: small CloudFront, load balancer and API Gateway screens where the Region
 * rules are met by trying.
 */
import type { ReactNode } from 'react';
import '@/features/acm-console/acm.css';
import { href, paths } from '@/features/acm-console/lib/links';

const NAV = [
  { path: paths.list, label: 'List certificates' },
  { path: paths.request, label: 'Request certificate' },
  { path: paths.import, label: 'Import certificate' },
  { path: paths.cas, label: 'AWS Private CA' },
];
const USE = [
  { path: paths.cloudfront, label: 'CloudFront distribution' },
  { path: paths.loadBalancer, label: 'Load balancer listener' },
  { path: paths.apiGateway, label: 'API Gateway custom domain' },
];

interface Props {
  current: string;
  title: ReactNode;
  crumbs?: { label: string; href: string }[];
  actions?: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}

const links = (items: { path: string; label: string }[], current: string) => (
  <ul>
    {items.map((n) => (
      <li key={n.path}>
        <a href={href(n.path)} aria-current={n.path === current ? 'page' : undefined}>
          {n.label}
        </a>
      </li>
    ))}
  </ul>
);

export function AcmLayout({ current, title, crumbs = [], actions, description, children }: Props) {
  return (
    <div className="service-layout acm-console">
      <nav className="side-nav" aria-label="AWS Certificate Manager">
        <p className="side-nav__title">
          <a href={href(paths.list)}>AWS Certificate Manager (ACM)</a>
        </p>
        {links(NAV, current)}
        <p className="side-nav__title">Use a certificate</p>
        {links(USE, current)}
      </nav>
      <div className="service-layout__content">
        <nav aria-label="Breadcrumbs" className="breadcrumbs">
          <ol>
            <li>
              <a href={href(paths.list)}>AWS Certificate Manager</a>
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
        {description && <div className="muted page-header__description">{description}</div>}
        {children}
      </div>
    </div>
  );
}
