/**
 * The X.509 library (@peculiar/x509, large) stays out of an import that has nothing to sign: an
 * account without certificates or private CAs rebuilds without loading it.
 */
import { describe, expect, it, vi } from 'vitest';

const seen = vi.hoisted(() => ({ loaded: false }));
vi.mock('@peculiar/x509', () => {
  seen.loaded = true;
  throw new Error('@peculiar/x509 was loaded');
});

import { accountConfiguration, rebuildAccount } from './account-config';
import { createCloud } from './create-cloud';

describe('rebuilding an account without certificates', () => {
  it('does not load @peculiar/x509', async () => {
    const cloud = createCloud();
    await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
    await cloud.call({ service: 'acm', operation: 'RequestCertificate', input: { DomainName: 'www.example.com' } });
    const { state, changes } = await rebuildAccount(JSON.parse(JSON.stringify(accountConfiguration(cloud.snapshot()))), { random: cloud.random });
    expect(Object.keys(state.acm!.regions['us-east-1']!.certificates)).toHaveLength(1);
    expect(changes.newMaterial).toHaveLength(1);
    expect(seen.loaded).toBe(false);
  });
});
