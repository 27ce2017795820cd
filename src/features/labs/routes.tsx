/** The guided labs in the app's route table (lazy; the lab panel itself is mounted by the app over every screen). */
import { lazyScreens, type RouteDef } from '@/components/routing/routes';

const load = () => import('./index');
const { LabPage, LabsIndexPage } = lazyScreens(load);

// Until the labs module is there the title is generic; the app renders again once `needs` has loaded it.
let labs: typeof import('@/labs') | undefined;
const loadLabs = () => import('@/labs').then((m) => (labs = m));
const labTitle = (p: Record<string, string>) => labs?.findLab(p.lab!)?.title ?? 'Guided lab';

export const labsRoutes: RouteDef[] = [
  { path: '/labs', title: 'Guided labs', chunk: load, render: () => <LabsIndexPage /> },
  { path: '/labs/:lab', title: labTitle, needs: loadLabs, chunk: load, render: (p) => <LabPage key={p.lab} id={p.lab!} /> },
  { path: '/labs/:lab/:step', title: labTitle, needs: loadLabs, chunk: load, render: (p) => <LabPage key={p.lab} id={p.lab!} step={p.step} /> },
];
