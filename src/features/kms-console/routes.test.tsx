// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { kmsRoutes } from './routes';

const find = (path: string) => {
  const s = path.split('/').filter(Boolean);
  return kmsRoutes.find((r) => r.match(s));
};

describe('KMS routes', () => {
  it('maps the console addresses to their screens, static paths before key ids', () => {
    expect(find('/kms/keys/aws')?.title).toBe('AWS managed keys');
    expect(find('/kms/keys/customer')?.title).toBe('Customer managed keys');
    expect(find('/kms/custom-key-stores')?.title).toBe('Custom key stores');
    expect(find('/kms/create')?.title).toBe('Create key');
    const key = find('/kms/keys/1234abcd-12ab-34cd-56ef-1234567890ab');
    expect(key?.path).toBe('/kms/keys/:keyId');
    expect(typeof key?.title === 'function' && key.title({ keyId: 'k' })).toBe('k | Keys');
    expect(find('/kms/keys/1234abcd-12ab-34cd-56ef-1234567890ab/rotation')?.path).toBe('/kms/keys/:keyId/:tab');
    expect(find('/iam/users')).toBeUndefined();
  });

  it('renders from path segments or from the router params alike', () => {
    const r = kmsRoutes.find((x) => x.path === '/kms/keys/:keyId/:tab')!;
    const a = r.render(['kms', 'keys', 'abc', 'rotation']) as { props: { keyId: string; tab: string } };
    const b = r.render({ keyId: 'abc', tab: 'rotation' }) as { props: { keyId: string; tab: string } };
    expect(a.props).toEqual(b.props);
    expect(a.props).toMatchObject({ keyId: 'abc', tab: 'rotation' });
  });
});
