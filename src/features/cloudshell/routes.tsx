/** CloudShell full screen in the app's route table (a chunk loaded on first visit). */
import { lazyScreens, type RouteDef } from '@/components/routing/routes';

const load = () => import('./index');
const { CloudShellPage } = lazyScreens(load);

export const cloudShellRoutes: RouteDef[] = [
  { path: '/cloudshell', title: 'CloudShell', service: 'cloudshell', chunk: load, render: () => <CloudShellPage /> },
];
