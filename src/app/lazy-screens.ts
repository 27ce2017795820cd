/**
 * Early fetching of the screen a page opens on. Screens are lazy (src/components/routing/routes.ts,
 * `lazyScreens`); each row of the route table names its chunk.
 */
import { findRoute, pathOf } from './router';
import { ROUTES } from './routes';

export { lazyScreens, type LazyScreens } from '@/components/routing/routes';

/**
 * Starts fetching the screen of a hash ('#/kms/keys') while the account is still loading from
 * IndexedDB, so the two do not wait for each other (Lighthouse on a phone: the screen's chunk was
 * requested only after the account). Unknown paths and the home page (in the main bundle) load
 * nothing; a chunk that fails here is only reported by the screen itself, which imports it again.
 */
export function preloadScreen(hash: string, routes: readonly { path: string; chunk?: () => Promise<unknown> }[] = ROUTES): Promise<unknown> | undefined {
  const load = findRoute(routes, pathOf(hash))?.route.chunk;
  return load?.().catch(() => undefined);
}
