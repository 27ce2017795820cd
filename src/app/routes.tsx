/**
 * The one route table: hash path -> screen. Each feature contributes its rows (src/features/<name>/routes.tsx,
 * typed by src/components/routing/routes.ts); this file puts them in order, static paths before
 * parameterised ones (`/iam/users/create` before `/iam/users/:name`). Titles name the browser tab and
 * the crash message of the screen. Every screen but home is loaded on its first visit (a chunk per
 * feature, named by its row's `chunk`, which the app also fetches early when the page opens on that
 * screen), so the first screen's bundle stays within its budget (README "Budgets"); app.tsx shows
 * each screen inside Suspense (its loading state) and its own error boundary.
 */
import { lazyScreens, type Params, type RouteDef } from '@/components/routing/routes';
import { aboutRoutes } from '@/features/about/routes';
import { acmHome, acmRoutes } from '@/features/acm-console';
import { cloudShellRoutes } from '@/features/cloudshell/routes';
import { drillRoutes } from '@/features/drills/routes';
import { visualizerRoutes } from '@/features/envelope-visualizer/routes';
import { eventHistoryRoutes } from '@/features/event-history/routes';
import { fileEncryptionRoutes } from '@/features/file-encryption/routes';
import { HomePage } from '@/features/home/home-page';
import { iamRoutes } from '@/features/iam-console/routes';
import { kmsHome, kmsRoutes } from '@/features/kms-console';
import { labsRoutes } from '@/features/labs/routes';
import { learnRoutes } from '@/features/learn/routes';
import { secretsHome, secretsRoutes } from '@/features/secrets-console/routes';
import { yourDataRoutes } from '@/features/your-data/routes';
import { drillRuntime } from './drill-runtime';
import type { ServiceLink } from './services-menu';

export type { Params, RouteDef } from '@/components/routing/routes';

// Classroom demo scenarios (seeded accounts, src/scenarios): the app's own screen.
const loadScenario = () => import('./scenario-page');
const { ScenarioPage } = lazyScreens(loadScenario);
const scenarioRoutes: RouteDef[] = [
  { path: '/scenario/:id', title: 'Demo scenario', chunk: loadScenario, render: (p) => <ScenarioPage key={p.id} id={p.id!} /> },
];

export const ROUTES: RouteDef[] = [
  { path: '/', title: '', render: () => <HomePage /> },
  ...iamRoutes,
  ...kmsRoutes,
  ...acmRoutes,
  ...secretsRoutes,
  ...eventHistoryRoutes,
  ...cloudShellRoutes,
  ...fileEncryptionRoutes,
  ...visualizerRoutes,
  ...learnRoutes,
  ...labsRoutes,
  ...drillRoutes(drillRuntime),
  ...scenarioRoutes,
  ...yourDataRoutes,
  ...aboutRoutes,
];

/** The Services menu. */
export const SERVICES: ServiceLink[] = [
  { id: 'learn', label: 'Learning path', description: 'The course in modules, with guided labs that check your work', href: '#/learn' },
  { id: 'drills', label: 'Exam drills', description: 'Exam-style questions with spaced repetition, and timed practice exams', href: '#/drills' },
  { id: 'iam', label: 'IAM', description: 'Manage access to AWS resources', href: '#/iam/users' },
  { id: 'kms', label: 'Key Management Service', description: 'Create and control keys used to encrypt or digitally sign your data', href: kmsHome },
  {
    id: 'acm',
    label: 'Certificate Manager',
    description: 'Provision and manage SSL/TLS certificates for CloudFront, load balancers and API Gateway',
    href: acmHome,
  },
  { id: 'secretsmanager', label: 'Secrets Manager', description: 'Store secrets encrypted with KMS keys', href: secretsHome },
  { id: 'cloudtrail', label: 'CloudTrail', description: 'Event history: track user activity and API usage', href: '#/cloudtrail/events' },
  { id: 'cloudshell', label: 'CloudShell', description: 'A browser-based shell with the AWS CLI, in your account', href: '#/cloudshell' },
  {
    id: 'envelope',
    label: 'Envelope encryption',
    description: 'Encrypt files of any size with a data key from KMS, and watch how it works',
    href: '#/envelope/files',
  },
  { id: 'simplified', label: 'What is simplified', description: 'Where KMS Lab does less than AWS, operation by operation', href: '#/about/simplified' },
];

export const titleOf = (route: RouteDef, params: Params) => (typeof route.title === 'function' ? route.title(params) : route.title);
