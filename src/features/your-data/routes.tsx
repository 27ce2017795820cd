/** Your data (export and import of everything the learner owns) in the app's route table: lazy, one screen needs it. */
import { lazyScreens, type RouteDef } from '@/components/routing/routes';

const load = () => import('./index');
const { YourDataPage } = lazyScreens(load);

export const yourDataRoutes: RouteDef[] = [{ path: '/settings/data', title: 'Your data', chunk: load, render: () => <YourDataPage /> }];
