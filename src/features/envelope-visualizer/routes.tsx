/** The envelope encryption visualizer in the app's route table: lazy, out of the first screen. */
import { lazyScreens, type RouteDef } from '@/components/routing/routes';

const load = () => import('./visualizer-page');
const { VisualizerPage } = lazyScreens(load);

export const visualizerRoutes: RouteDef[] = [
  { path: '/envelope/visualizer', title: 'Envelope encryption visualizer', service: 'kms', chunk: load, render: () => <VisualizerPage /> },
];
