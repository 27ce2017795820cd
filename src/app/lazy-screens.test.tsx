// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { Component, Suspense, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyScreens, preloadScreen } from './lazy-screens';
import { findRoute } from './router';
import { ROUTES } from './routes';

const module = { UsersPage: () => <h1>Users</h1>, RolesPage: ({ name }: { name: string }) => <h1>Role {name}</h1>, VERSION: '1' };

class Boundary extends Component<{ children: ReactNode }, { error?: string }> {
  override state: { error?: string } = {};
  static getDerivedStateFromError = (e: Error) => ({ error: e.message });
  override render = () => (this.state.error ? <p role="alert">{this.state.error}</p> : this.props.children);
}

describe('lazyScreens', () => {
  it('loads the module on first render only, and gives the same component for a name every time', async () => {
    const load = vi.fn(async () => module);
    const screens = lazyScreens(load);
    expect(load).not.toHaveBeenCalled();
    expect(screens.UsersPage).toBe(screens.UsersPage);
    const { RolesPage } = screens;
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <RolesPage name="admin" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Role admin' })).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a name the module lacks to the error boundary', async () => {
    const screens = lazyScreens(async () => module) as unknown as Record<string, () => ReactNode>;
    const Missing = screens.MissingPage!;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <Boundary>
        <Suspense fallback={null}>
          <Missing />
        </Suspense>
      </Boundary>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('The screen MissingPage is missing from its module.');
  });
});

describe('preloadScreen', () => {
  const table = () => {
    const keys = vi.fn(async () => 'keys');
    const detail = vi.fn(async () => 'detail');
    const learn = vi.fn(async () => 'learn');
    const routes = [
      { path: '/' },
      { path: '/kms/keys', chunk: keys },
      { path: '/kms/keys/:keyId', chunk: detail },
      { path: '/learn', chunk: learn },
      { path: '/learn/:module', chunk: learn },
    ];
    return { keys, detail, learn, routes };
  };

  it("calls the loader of the hash's screen only, query and trailing slash aside", async () => {
    const t = table();
    expect(await preloadScreen('#/kms/keys?region=eu-west-1', t.routes)).toBe('keys');
    expect(t.keys).toHaveBeenCalledTimes(1);
    expect(t.detail).not.toHaveBeenCalled();
    expect(await preloadScreen('#/learn/basics/', t.routes)).toBe('learn');
    expect(await preloadScreen('#/kms/keys/1234abcd', t.routes)).toBe('detail');
    expect(t.keys).toHaveBeenCalledTimes(1);
  });

  it('loads nothing for the home page or an unknown path, and swallows a failed chunk', async () => {
    const t = table();
    expect(preloadScreen('', t.routes)).toBeUndefined();
    expect(preloadScreen('#/', t.routes)).toBeUndefined();
    expect(preloadScreen('#/no/such/screen', t.routes)).toBeUndefined();
    expect([t.keys, t.detail, t.learn].every((f) => f.mock.calls.length === 0)).toBe(true);
    const failing = [{ path: '/x', chunk: () => Promise.reject(new Error('offline')) }];
    await expect(preloadScreen('#/x', failing)).resolves.toBeUndefined();
  });

  it("the app's route table names each lazy screen's own chunk: static KMS paths before a key's page", () => {
    const loaderText = (path: string) => String(findRoute(ROUTES, path)?.route.chunk);
    expect(loaderText('/kms/keys')).toContain('customer-keys-page');
    expect(loaderText('/kms/keys/customer')).toContain('customer-keys-page');
    expect(loaderText('/kms/keys/aws')).toContain('aws-managed-keys-page');
    expect(loaderText('/kms/keys/1234abcd/policy')).toContain('key-detail-page');
    expect(loaderText('/learn')).toContain('features/learn/index');
    expect(findRoute(ROUTES, '/')?.route.chunk).toBeUndefined();
    expect(loaderText('/acm/certificates/list')).toContain('acm-console/pages');
    // Every screen but home names its chunk.
    expect(ROUTES.filter((r) => r.path !== '/' && !r.chunk).map((r) => r.path)).toEqual([]);
  });
});
