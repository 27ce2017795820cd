/** CloudTrail's Event history in the app's route table (a chunk loaded on first visit). */
import { lazyScreens, type RouteDef } from '@/components/routing/routes';

const load = () => import('./index');
const { EventHistoryPage } = lazyScreens(load);

export const eventHistoryRoutes: RouteDef[] = [
  { path: '/cloudtrail', title: 'Event history', service: 'cloudtrail', chunk: load, render: () => <EventHistoryPage /> },
  { path: '/cloudtrail/events', title: 'Event history', service: 'cloudtrail', chunk: load, render: () => <EventHistoryPage /> },
];
