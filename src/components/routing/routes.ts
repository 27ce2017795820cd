/**
 * What a feature contributes to the app's one route table (src/app/routes.tsx): rows of a hash path
 * pattern, a title and the screen, with the module the screen loads (`chunk`), which the app fetches
 * while the account is still loading from IndexedDB when the page opens on that screen.
 * Screens are loaded on first visit (README "Budgets"): `lazyScreens(() => import('./index'))` gives
 * an object whose members are the module's components wrapped in React.lazy, so a row reads
 * `<Iam.UsersPage />` while the feature's code is a chunk of its own. The app renders every
 * screen inside Suspense (the loading state) and its own error boundary (a chunk that fails to load).
 */
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

export type Params = Record<string, string>;

export interface RouteDef {
  /** '/iam/users/:name'; segments starting with ':' are parameters (URI-decoded). */
  path: string;
  title: string | ((params: Params) => string);
  /** Which service's screen it is (the Services menu marks it; 'iam' shows Region "Global"). */
  service?: 'iam' | 'kms' | 'acm' | 'secretsmanager' | 'cloudtrail' | 'cloudshell';
  render(params: Params): ReactNode;
  /** What the title needs loaded first (a lazy module); the app shows the title again once it is. */
  needs?: () => Promise<unknown>;
  /** The module the screen loads: the same import() as its lazy component, so a chunk fetched early is the one it finds. */
  chunk?: () => Promise<unknown>;
}

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
