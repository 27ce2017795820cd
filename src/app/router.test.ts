import { describe, expect, it } from 'vitest';
import { findRoute, matchPath, pathOf } from './router';
import { ROUTES } from './routes';

describe('hash routes', () => {
  it('reads the path from the hash', () => {
    expect(pathOf('')).toBe('/');
    expect(pathOf('#')).toBe('/');
    expect(pathOf('#/')).toBe('/');
    expect(pathOf('#/iam/users/')).toBe('/iam/users');
    expect(pathOf('#/iam/users?tab=groups')).toBe('/iam/users');
    expect(pathOf('#iam')).toBe('/iam');
  });

  it('matches parameters, decoded', () => {
    expect(matchPath('/iam/users/:name', '/iam/users/a%2Bb%40c')).toEqual({ name: 'a+b@c' });
    expect(matchPath('/iam/users/:name', '/iam/users')).toBeUndefined();
    expect(matchPath('/iam/users/:name', '/iam/users/%E0%A4%A')).toBeUndefined();
  });

  it('maps every screen of the brief, static paths before parameters', () => {
    const screen = (path: string) => {
      const m = findRoute(ROUTES, path);
      return m && { path: m.route.path, params: m.params, service: m.route.service };
    };
    expect(screen('/')).toEqual({ path: '/', params: {}, service: undefined });
    expect(screen('/iam/users')).toMatchObject({ path: '/iam/users', service: 'iam' });
    expect(screen('/iam/users/create')).toMatchObject({ path: '/iam/users/create' });
    expect(screen('/iam/users/myKeyUser')).toMatchObject({ path: '/iam/users/:name', params: { name: 'myKeyUser' } });
    expect(screen('/iam/users/details/create')).toMatchObject({ path: '/iam/users/details/:name', params: { name: 'create' } });
    expect(screen('/iam/groups/myKMSGroup')).toMatchObject({ params: { name: 'myKMSGroup' } });
    expect(screen('/iam/roles')).toMatchObject({ service: 'iam' });
    expect(screen('/iam/policies/AdministratorAccess')).toMatchObject({ params: { name: 'AdministratorAccess' } });
    expect(screen('/cloudtrail/events')).toMatchObject({ service: 'cloudtrail' });
    // The KMS console's screens, plugged in from src/features/kms-console.
    expect(screen('/kms/keys/customer')).toMatchObject({ service: 'kms' });
    expect(screen('/kms/keys/1234abcd-12ab-34cd-56ef-1234567890ab')).toMatchObject({
      params: { keyId: '1234abcd-12ab-34cd-56ef-1234567890ab' },
      service: 'kms',
    });
    expect(screen('/nowhere')).toBeUndefined();
    expect(screen('/iam/users/a/b')).toBeUndefined();
  });

  it('has no two routes with the same path', () => {
    const paths = ROUTES.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
