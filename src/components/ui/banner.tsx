/**
 * A message across the page about the state of the lab itself (storage, other tabs), with the
 * actions that resolve it. Role `alert` makes screen readers announce it when it appears.
 */
import type { ReactNode } from 'react';

interface BannerProps {
  title: string;
  tone?: 'warning' | 'danger';
  children?: ReactNode;
  actions?: ReactNode;
}

export function Banner({ title, tone = 'warning', children, actions }: BannerProps) {
  return (
    <section role="alert" aria-label={title} className={tone === 'danger' ? 'banner banner--danger' : 'banner'}>
      <h2>{title}</h2>
      {children}
      {actions && <div className="banner__actions">{actions}</div>}
    </section>
  );
}
