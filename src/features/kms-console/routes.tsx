/**
 * The KMS console's screens by hash URL, for the app's router (src/app wires them):
 *   #/kms, #/kms/keys/customer    Customer managed keys
 *   #/kms/keys/aws                AWS managed keys
 *   #/kms/custom-key-stores       Custom key stores
 *   #/kms/create                  Create key (wizard; the step is in the page's state)
 *   #/kms/keys/<keyId>?tab=<tab>  a key (tabs: policy, cryptographic-configuration, tags, rotation,
 *                                 aliases, key-material); #/kms/keys/<keyId>/<tab> opens a tab too
 * Each route fits the app's route table (path pattern '/kms/keys/:keyId', title, service,
 * render(params)) and also offers match(segments) / render(segments) over ['kms', 'keys', '<id>'].
 */
import type { ReactNode } from 'react';
import { lazyScreens } from '@/components/routing/routes';

// Each screen is a chunk loaded on its first visit, out of the first screen's bundle (issue 8);
// the app renders routes inside Suspense and an error boundary.
const chunks = {
  create: () => import('./create/create-key-page'),
  detail: () => import('./detail/key-detail-page'),
  awsKeys: () => import('./keys/aws-managed-keys-page'),
  customerKeys: () => import('./keys/customer-keys-page'),
  stores: () => import('./stores/custom-key-stores-page'),
};
const { CreateKeyPage } = lazyScreens(chunks.create);
const { KeyDetailPage } = lazyScreens(chunks.detail);
const { AwsManagedKeysPage } = lazyScreens(chunks.awsKeys);
const { CustomerKeysPage } = lazyScreens(chunks.customerKeys);
const { CustomKeyStoresPage } = lazyScreens(chunks.stores);

type Params = Record<string, string>;

export interface KmsRoute {
  /** The router pattern: '/kms/keys/:keyId/:tab'. */
  path: string;
  title: string | ((params: Params) => string);
  service: 'kms';
  match(segments: string[]): boolean;
  /** Path segments (['kms', 'keys', '<id>']) or the router's params ({ keyId: '<id>' }). */
  render(segmentsOrParams: string[] | Params): ReactNode;
  /** The screen's module, fetched early when the page opens on it. */
  chunk: () => Promise<unknown>;
}

function route(path: string, title: KmsRoute['title'], chunk: KmsRoute['chunk'], page: (p: Params) => ReactNode): KmsRoute {
  const want = path.split('/').filter(Boolean);
  const paramsOf = (segments: string[]): Params | undefined => {
    if (segments.length !== want.length) return undefined;
    const params: Params = {};
    for (let i = 0; i < want.length; i++) {
      const w = want[i]!;
      if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(segments[i]!);
      else if (w !== segments[i]) return undefined;
    }
    return params;
  };
  return {
    path,
    title,
    service: 'kms',
    chunk,
    match: (s) => paramsOf(s) !== undefined,
    render: (arg) => page(Array.isArray(arg) ? (paramsOf(arg) ?? {}) : arg),
  };
}

const keyTitle = (p: Params) => `${p.keyId} | Keys`;

/** Static routes first: 'kms/keys/aws' must not be read as a key id. */
export const kmsRoutes: KmsRoute[] = [
  route('/kms', 'Customer managed keys', chunks.customerKeys, () => <CustomerKeysPage />),
  route('/kms/keys', 'Customer managed keys', chunks.customerKeys, () => <CustomerKeysPage />),
  route('/kms/keys/customer', 'Customer managed keys', chunks.customerKeys, () => <CustomerKeysPage />),
  route('/kms/keys/aws', 'AWS managed keys', chunks.awsKeys, () => <AwsManagedKeysPage />),
  route('/kms/custom-key-stores', 'Custom key stores', chunks.stores, () => <CustomKeyStoresPage />),
  route('/kms/create', 'Create key', chunks.create, () => <CreateKeyPage />),
  route('/kms/keys/:keyId', keyTitle, chunks.detail, (p) => <KeyDetailPage key={p.keyId} keyId={p.keyId!} />),
  route('/kms/keys/:keyId/:tab', keyTitle, chunks.detail, (p) => <KeyDetailPage key={p.keyId} keyId={p.keyId!} tab={p.tab} />),
];

/** Where the Services menu's "Key Management Service" leads. */
export const kmsHome = '#/kms/keys/customer';
