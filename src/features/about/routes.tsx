/** What the simulation simplifies, from the code's own header comments: lazy, one screen needs it. */
import { lazyScreens, type RouteDef } from '@/components/routing/routes';

const load = () => import('./index');
const { SimplifiedPage } = lazyScreens(load);

export const aboutRoutes: RouteDef[] = [{ path: '/about/simplified', title: 'What is simplified', chunk: load, render: () => <SimplifiedPage /> }];
