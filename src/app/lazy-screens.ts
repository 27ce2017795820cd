/**
 * Screens loaded on first visit (issue 8, README "Budgets"): `lazyScreens(() => import('../features/x'))`
 * gives an object whose members are the module's components wrapped in React.lazy, so the route
 * table reads as before (`<Iam.UsersPage />`) while the feature's code is a chunk of its own,
 * fetched when one of its screens is first shown. The app renders every screen inside Suspense
 * (the loading state) and its own error boundary (a chunk that fails to load).
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { pathOf } from './router';

type AnyComponent = ComponentType<any>;
export type LazyScreens<M> = { readonly [K in keyof M as M[K] extends AnyComponent ? K : never]: LazyExoticComponent<Extract<M[K], AnyComponent>> };

export function lazyScreens<M extends object>(load: () => Promise<M>): LazyScreens<M> {
  // One lazy component per name, made once: a new one on every render would remount the screen.
  const made = new Map<string, LazyExoticComponent<AnyComponent>>();
  const component = (name: string) => {
    let c = made.get(name);
    if (!c) {
      c = lazy(async () => {
        const m = (await load()) as Record<string, unknown>;
        if (typeof m[name] !== 'function' && typeof m[name] !== 'object') throw new Error(`The screen ${name} is missing from its module.`);
        return { default: m[name] as AnyComponent };
      });
      made.set(name, c);
    }
    return c;
  };
  return new Proxy({} as LazyScreens<M>, { get: (_, name) => (typeof name === 'string' ? component(name) : undefined) });
}

/**
 * The chunk of each lazily loaded screen, by hash path: the same import() as its lazy component
 * (src/app/routes.tsx, src/features/kms-console/routes.tsx), so a chunk fetched here is the module
 * the component then finds loaded. First match wins; paths are without the query.
 */
export const SCREEN_CHUNKS: readonly (readonly [RegExp, () => Promise<unknown>])[] = [
  [/^\/kms(\/keys(\/customer)?)?$/, () => import('@/features/kms-console/keys/customer-keys-page')],
  [/^\/kms\/keys\/aws$/, () => import('@/features/kms-console/keys/aws-managed-keys-page')],
  [/^\/kms\/custom-key-stores$/, () => import('@/features/kms-console/stores/custom-key-stores-page')],
  [/^\/kms\/create$/, () => import('@/features/kms-console/create/create-key-page')],
  [/^\/kms\/keys\/[^/]+(\/[^/]+)?$/, () => import('@/features/kms-console/detail/key-detail-page')],
  [/^\/iam(\/|$)/, () => import('@/features/iam-console')],
  [/^\/cloudtrail(\/|$)/, () => import('@/features/event-history')],
  [/^\/cloudshell$/, () => import('@/features/cloudshell')],
  [/^\/envelope\/files$/, () => import('@/features/file-encryption')],
  [/^\/envelope\/visualizer$/, () => import('@/features/envelope-visualizer/visualizer-page')],
  [/^\/learn(\/|$)/, () => import('@/features/learn')],
  [/^\/labs(\/|$)/, () => import('@/features/labs')],
  [/^\/drills(\/|$)/, () => import('@/features/drills')],
  [/^\/scenario\//, () => import('./scenario-page')],
  [/^\/settings\/data$/, () => import('@/features/your-data')],
  [/^\/about\/simplified$/, () => import('@/features/about')],
];

/**
 * Starts fetching the screen of a hash ('#/kms/keys') while the account is still loading from
 * IndexedDB, so the two do not wait for each other (Lighthouse on a phone: the screen's chunk was
 * requested only after the account). Unknown paths and the home page (in the main bundle) load
 * nothing; a chunk that fails here is only reported by the screen itself, which imports it again.
 */
export function preloadScreen(hash: string, chunks = SCREEN_CHUNKS): Promise<unknown> | undefined {
  const path = pathOf(hash);
  const load = chunks.find(([pattern]) => pattern.test(path))?.[1];
  return load?.().catch(() => undefined);
}
