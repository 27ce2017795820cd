/**
 * Hash routing (docs/architecture.md, "The composition root, state and routing"): `#/iam/users/myKeyUser`. Static hosting needs no server
 * rules, every screen has a bookmarkable address, and back/forward are the browser's own.
 */
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current path without '#' and query: '' and '#' are '/'. */
export function pathOf(hash: string): string {
  const raw = hash.replace(/^#/, '').split('?')[0] ?? '';
  if (!raw || raw === '/') return '/';
  const path = raw.startsWith('/') ? raw : `/${raw}`;
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

export function useHashPath(): string {
  return useSyncExternalStore(subscribe, () => pathOf(window.location.hash));
}

export function navigate(path: string): void {
  window.location.hash = path;
}

/** Matches '/iam/users/:name' against '/iam/users/alice' -> { name: 'alice' } (decoded). */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return undefined;
      }
    } else if (w !== g) return undefined;
  }
  return params;
}

/** The first route whose pattern matches: static routes must come before parameterised ones. */
export function findRoute<R extends { path: string }>(routes: readonly R[], path: string): { route: R; params: Record<string, string> } | undefined {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return undefined;
}
