/** Encrypt files in the app's route table: lazy, so the engine's streaming code stays out of the first screen. */
import { lazyScreens, type RouteDef } from '@/components/routing/routes';

const load = () => import('./index');
const { FileEncryptionPage } = lazyScreens(load);

export const fileEncryptionRoutes: RouteDef[] = [
  { path: '/envelope/files', title: 'Encrypt files', service: 'kms', chunk: load, render: () => <FileEncryptionPage /> },
];
