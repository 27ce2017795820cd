/**
 * The frame of every KMS screen, as in the AWS console: the KMS navigation on the left (AWS
 * managed keys, Customer managed keys, Custom key stores), breadcrumbs, the page title with its
 * actions, then the content. Same structure and classes as the other services' screens.
 */
import type { ReactNode, Ref } from 'react';
import '../kms.css';
import { href, paths } from '../lib/navigate';

const NAV = [
  { path: paths.awsKeys, label: 'AWS managed keys' },
  { path: paths.customerKeys, label: 'Customer managed keys' },
  { path: paths.customKeyStores, label: 'Custom key stores' },
];

interface Props {
  current: string;
  title: ReactNode;
  crumbs?: { label: string; href: string }[];
  actions?: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  titleRef?: Ref<HTMLHeadingElement>;
}

export function KmsLayout({ current, title, crumbs = [], actions, description, children, titleRef }: Props) {
  return (
    <div className="service-layout kms-console">
      <nav className="side-nav" aria-label="Key Management Service">
        <p className="side-nav__title">
          <a href={href(paths.customerKeys)}>Key Management Service (KMS)</a>
        </p>
        <ul>
          {NAV.map((n) => (
            <li key={n.path}>
              <a href={href(n.path)} aria-current={n.path === current ? 'page' : undefined}>
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
              <a href={href(paths.customerKeys)}>KMS</a>
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
        {description && <div className="muted page-header__description">{description}</div>}
        {children}
      </div>
    </div>
  );
}
