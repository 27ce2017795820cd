/**
 * The frame of every KMS screen, as in the AWS console: the KMS navigation on the left (AWS
 * managed keys, Customer managed keys, Custom key stores), breadcrumbs, the page title with its
 * actions, then the content. Same structure and classes as the other services' screens
 * (components/ui/service-layout).
 */
import type { ReactNode, Ref } from 'react';
import { ServiceLayout } from '@/components/ui/service-layout';
import '@/features/kms-console/kms.css';
import { href, paths } from '@/features/kms-console/lib/navigate';

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

export function KmsLayout({ current, ...page }: Props) {
  const home = href(paths.customerKeys);
  return (
    <ServiceLayout
      className="kms-console"
      nav={{
        label: 'Key Management Service',
        title: 'Key Management Service (KMS)',
        titleHref: home,
        links: NAV.map((n) => ({ label: n.label, href: href(n.path), current: n.path === current })),
      }}
      home={{ label: 'KMS', href: home }}
      descriptionAs="div"
      {...page}
    />
  );
}
