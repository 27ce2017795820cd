/**
 * The route table: hash path -> screen. One line per screen; static paths before parameterised
 * ones (`/iam/users/create` before `/iam/users/:name`). A feature's screens plug in as rows
 * (see kms-routes.tsx). Titles name the browser tab and the crash message of the screen.
 * Every screen but home is loaded on its first visit (lazyScreens: a chunk per feature), so the
 * first screen's bundle stays within its budget (issue 8, README "Budgets"); app.tsx shows each
 * screen inside Suspense (its loading state) and its own error boundary.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { HomePage } from '@/features/home/home-page';
import { acmHome, acmRoutes } from '@/features/acm-console';
import { kmsHome, kmsRoutes } from './kms-routes';
import { drillRuntime } from './drill-runtime';
import { lazyScreens } from './lazy-screens';
import { ScreenLoading } from './screen-loading';
import type { Params, RouteDef } from './route-def';
import type { ServiceLink } from './services-menu';

const Iam = lazyScreens(() => import('@/features/iam-console'));
const { CloudShellPage } = lazyScreens(() => import('@/features/cloudshell'));
const { EventHistoryPage } = lazyScreens(() => import('@/features/event-history'));
const { LabPage, LabsIndexPage } = lazyScreens(() => import('@/features/labs'));
const { LearnPage, ModulePage } = lazyScreens(() => import('@/features/learn'));
const { ScenarioPage } = lazyScreens(() => import('./scenario-page'));

// Lab and module titles come from the labs module, which loads with their screens: until it is
// there the title is generic, and the app renders again once `needs` has loaded it.
let labs: typeof import('@/labs') | undefined;
const loadLabs = () => import('@/labs').then((m) => (labs = m));

export type { Params, RouteDef } from './route-def';

/** An IAM screen: Region shows "Global". */
const iam = (r: Omit<RouteDef, 'service'>): RouteDef => ({ ...r, service: 'iam' });

const iamRoutes: RouteDef[] = [
  iam({ path: '/iam', title: 'IAM Dashboard', render: () => <Iam.IamDashboard /> }),
  iam({ path: '/iam/users', title: 'Users', render: () => <Iam.UsersPage /> }),
  iam({ path: '/iam/users/create', title: 'Create user', render: () => <Iam.CreateUserPage /> }),
  iam({ path: '/iam/users/details/:name', title: (p) => `${p.name} | Users`, render: (p) => <Iam.UserDetailPage key={p.name} params={p} /> }),
  iam({ path: '/iam/users/:name', title: (p) => `${p.name} | Users`, render: (p) => <Iam.UserDetailPage key={p.name} params={p} /> }),
  iam({ path: '/iam/groups', title: 'User groups', render: () => <Iam.GroupsPage /> }),
  iam({ path: '/iam/groups/create', title: 'Create user group', render: () => <Iam.CreateGroupPage /> }),
  iam({ path: '/iam/groups/details/:name', title: (p) => `${p.name} | User groups`, render: (p) => <Iam.GroupDetailPage key={p.name} params={p} /> }),
  iam({ path: '/iam/groups/:name', title: (p) => `${p.name} | User groups`, render: (p) => <Iam.GroupDetailPage key={p.name} params={p} /> }),
  iam({ path: '/iam/roles', title: 'Roles', render: () => <Iam.RolesPage /> }),
  iam({ path: '/iam/roles/create', title: 'Create role', render: () => <Iam.CreateRolePage /> }),
  iam({ path: '/iam/roles/details/:name', title: (p) => `${p.name} | Roles`, render: (p) => <Iam.RoleDetailPage key={p.name} params={p} /> }),
  iam({ path: '/iam/roles/:name', title: (p) => `${p.name} | Roles`, render: (p) => <Iam.RoleDetailPage key={p.name} params={p} /> }),
  iam({ path: '/iam/policies', title: 'Policies', render: () => <Iam.PoliciesPage /> }),
  iam({ path: '/iam/policies/:name', title: (p) => `${p.name} | Policies`, render: (p) => <Iam.PolicyDetailPage key={p.name} params={p} /> }),
];

const cloudTrailRoutes: RouteDef[] = [
  { path: '/cloudtrail', title: 'Event history', service: 'cloudtrail', render: () => <EventHistoryPage /> },
  { path: '/cloudtrail/events', title: 'Event history', service: 'cloudtrail', render: () => <EventHistoryPage /> },
];

const cloudShellRoutes: RouteDef[] = [{ path: '/cloudshell', title: 'CloudShell', service: 'cloudshell', render: () => <CloudShellPage /> }];

// Envelope encryption: both screens are lazy-loaded so the engine's streaming code and the visualizer stay out of the first screen's bundle.
const FileEncryptionPage = lazy(() => import('@/features/file-encryption').then((m) => ({ default: m.FileEncryptionPage })));
const EnvelopeVisualizer = lazy(() => import('@/features/envelope-visualizer/visualizer-page'));
const lazyScreen = (node: ReactNode) => <Suspense fallback={<ScreenLoading />}>{node}</Suspense>;
const envelopeRoutes: RouteDef[] = [
  { path: '/envelope/files', title: 'Encrypt files', service: 'kms', render: () => lazyScreen(<FileEncryptionPage />) },
  { path: '/envelope/visualizer', title: 'Envelope encryption visualizer', service: 'kms', render: () => lazyScreen(<EnvelopeVisualizer />) },
];

// The learning path and guided labs (the lab panel itself is mounted by app.tsx over every screen).
const learnRoutes: RouteDef[] = [
  { path: '/learn', title: 'Learning path', render: () => <LearnPage /> },
  {
    path: '/learn/:module',
    title: (p) => labs?.findModule(p.module!)?.title ?? 'Learning path',
    needs: loadLabs,
    render: (p) => <ModulePage key={p.module} id={p.module!} />,
  },
  { path: '/labs', title: 'Guided labs', render: () => <LabsIndexPage /> },
  { path: '/labs/:lab', title: (p) => labs?.findLab(p.lab!)?.title ?? 'Guided lab', needs: loadLabs, render: (p) => <LabPage key={p.lab} id={p.lab!} /> },
  {
    path: '/labs/:lab/:step',
    title: (p) => labs?.findLab(p.lab!)?.title ?? 'Guided lab',
    needs: loadLabs,
    render: (p) => <LabPage key={p.lab} id={p.lab!} step={p.step} />,
  },
];

// Exam drills: lazy-loaded so the question bank stays out of the first screen's bundle.
const DrillsPage = lazy(() => import('@/features/drills').then((m) => ({ default: m.DrillsPage })));
const ExamPage = lazy(() => import('@/features/drills').then((m) => ({ default: m.ExamPage })));
const drillRoutes: RouteDef[] = [
  { path: '/drills', title: 'Exam drills', render: () => lazyScreen(<DrillsPage runtime={drillRuntime} />) },
  { path: '/drills/exam', title: 'Practice exam', render: () => lazyScreen(<ExamPage />) },
  {
    path: '/drills/q/:question',
    title: 'Exam drills',
    render: (p) => lazyScreen(<DrillsPage key={p.question} runtime={drillRuntime} question={p.question} />),
  },
];

// Classroom demo scenarios (seeded accounts, src/scenarios).
const scenarioRoutes: RouteDef[] = [{ path: '/scenario/:id', title: 'Demo scenario', render: (p) => <ScenarioPage key={p.id} id={p.id!} /> }];

// Your data: export and import of everything the learner owns (lazy: only this screen needs it).
const { YourDataPage } = lazyScreens(() => import('@/features/your-data'));
const yourDataRoute: RouteDef = { path: '/settings/data', title: 'Your data', render: () => <YourDataPage /> };

// What the simulation simplifies, from the code's own header comments (lazy: one screen needs it).
const { SimplifiedPage } = lazyScreens(() => import('@/features/about'));
const simplifiedRoute: RouteDef = { path: '/about/simplified', title: 'What is simplified', render: () => <SimplifiedPage /> };

export const ROUTES: RouteDef[] = [
  { path: '/', title: '', render: () => <HomePage /> },
  ...iamRoutes,
  ...kmsRoutes,
  ...acmRoutes,
  ...cloudTrailRoutes,
  ...cloudShellRoutes,
  ...envelopeRoutes,
  ...learnRoutes,
  ...drillRoutes,
  ...scenarioRoutes,
  yourDataRoute,
  simplifiedRoute,
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
