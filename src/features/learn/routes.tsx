/** The learning path in the app's route table (lazy). A module's title comes from the labs module, loaded with the screen. */
import { lazyScreens, type RouteDef } from '@/components/routing/routes';

const load = () => import('./index');
const { LearnPage, ModulePage } = lazyScreens(load);

// Until the labs module is there the title is generic; the app renders again once `needs` has loaded it.
let labs: typeof import('@/labs') | undefined;
const loadLabs = () => import('@/labs').then((m) => (labs = m));

export const learnRoutes: RouteDef[] = [
  { path: '/learn', title: 'Learning path', chunk: load, render: () => <LearnPage /> },
  {
    path: '/learn/:module',
    title: (p) => labs?.findModule(p.module!)?.title ?? 'Learning path',
    needs: loadLabs,
    chunk: load,
    render: (p) => <ModulePage key={p.module} id={p.module!} />,
  },
];
