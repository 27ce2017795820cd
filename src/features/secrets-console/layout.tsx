/** The frame of Secrets Manager's screens, as in the AWS console: its navigation, breadcrumbs, title and actions. */
import type { ReactNode } from 'react';
import { ServiceLayout } from '@/components/ui/service-layout';
import './secrets.css';

export const paths = {
  list: '#/secretsmanager/listsecrets',
  create: '#/secretsmanager/newsecret',
  secret: (name: string) => `#/secretsmanager/secret/${encodeURIComponent(name)}`,
};

interface Props {
  title: ReactNode;
  current?: 'list';
  crumbs?: { label: string; href: string }[];
  actions?: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}

export function SecretsLayout({ title, current, crumbs, actions, description, children }: Props) {
  return (
    <ServiceLayout
      className="secrets-console"
      nav={{
        label: 'AWS Secrets Manager',
        title: 'AWS Secrets Manager',
        titleHref: paths.list,
        links: [{ label: 'Secrets', href: paths.list, current: current === 'list' }],
      }}
      home={{ label: 'Secrets Manager', href: paths.list }}
      title={title}
      crumbs={crumbs}
      actions={actions}
      description={description}
    >
      {children}
    </ServiceLayout>
  );
}
