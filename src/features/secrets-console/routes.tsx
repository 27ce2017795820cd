/** Secrets Manager's screens in the app's route table (a chunk loaded on first visit). */
import { lazyScreens, type RouteDef } from '@/components/routing/routes';

const load = () => import('./index');
const { SecretsListPage, CreateSecretPage, SecretPage } = lazyScreens(load);

export const secretsHome = '#/secretsmanager/listsecrets';

export const secretsRoutes: RouteDef[] = [
  { path: '/secretsmanager/listsecrets', title: 'Secrets', service: 'secretsmanager', chunk: load, render: () => <SecretsListPage /> },
  { path: '/secretsmanager/newsecret', title: 'Store a new secret', service: 'secretsmanager', chunk: load, render: () => <CreateSecretPage /> },
  {
    path: '/secretsmanager/secret/:name',
    title: (p) => `${p.name} | Secrets`,
    service: 'secretsmanager',
    chunk: load,
    render: (p) => <SecretPage key={p.name} name={p.name!} />,
  },
];
