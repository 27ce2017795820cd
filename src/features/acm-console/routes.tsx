/**
 * Certificate Manager's screens by hash URL (the app's route table takes these rows):
 *   #/acm/certificates/list, /request, /import, /<id>, /<id>/export
 *   #/acm/private-cas, #/acm/use/cloudfront, /load-balancer, /api-gateway
 * Screens are lazy-loaded: ACM's screens stay out of the first screen's bundle.
 */
import { lazy, Suspense, type ReactNode } from 'react';

type Params = Record<string, string>;
export interface AcmRoute {
  path: string;
  title: string | ((p: Params) => string);
  service: 'acm';
  render(params: Params): ReactNode;
  /** The pages' module, fetched early when the page opens on an ACM screen. */
  chunk: () => Promise<unknown>;
}

const pages = () => import('./pages');
const List = lazy(() => pages().then((m) => ({ default: m.CertificateListPage })));
const Request = lazy(() => pages().then((m) => ({ default: m.RequestCertificatePage })));
const Import = lazy(() => pages().then((m) => ({ default: m.ImportCertificatePage })));
const Detail = lazy(() => pages().then((m) => ({ default: m.CertificateDetailPage })));
const Export = lazy(() => pages().then((m) => ({ default: m.ExportCertificatePage })));
const Cas = lazy(() => pages().then((m) => ({ default: m.PrivateCaPage })));
const CloudFront = lazy(() => pages().then((m) => ({ default: m.CloudFrontPage })));
const LoadBalancer = lazy(() => pages().then((m) => ({ default: m.LoadBalancerPage })));
const ApiGateway = lazy(() => pages().then((m) => ({ default: m.ApiGatewayPage })));

const screen = (node: ReactNode) => <Suspense fallback={<p>Loading…</p>}>{node}</Suspense>;
const r = (path: string, title: AcmRoute['title'], render: (p: Params) => ReactNode): AcmRoute => ({
  path,
  title,
  service: 'acm',
  chunk: pages,
  render: (p) => screen(render(p)),
});

export const acmRoutes: AcmRoute[] = [
  r('/acm', 'Certificates', () => <List />),
  r('/acm/certificates/list', 'Certificates', () => <List />),
  r('/acm/certificates/request', 'Request certificate', () => <Request />),
  r('/acm/certificates/import', 'Import certificate', () => <Import />),
  r('/acm/private-cas', 'AWS Private CA', () => <Cas />),
  r('/acm/use/cloudfront', 'Create distribution', () => <CloudFront />),
  r('/acm/use/load-balancer', 'Create load balancer', () => <LoadBalancer />),
  r('/acm/use/api-gateway', 'Create custom domain name', () => <ApiGateway />),
  r(
    '/acm/certificates/:id',
    (p) => `${p.id} | Certificates`,
    (p) => <Detail key={p.id} id={p.id!} />,
  ),
  r('/acm/certificates/:id/export', 'Export certificate', (p) => <Export key={p.id} id={p.id!} />),
];

export const acmHome = '#/acm/certificates/list';
