// vitest: own module graph (vitest.config.ts): it checks what is loaded before the first call.
// Lazy services (issue 8): this file imports the cloud without registry.ts, as the browser's first
// screen does, so ACM and the certificate users are not loaded until something calls them.
import { describe, expect, it } from 'vitest';
import { isAwsError } from '@/core';
import { createCloud } from '@/cloud/create-cloud';
import { loadAllOperations, loadedOperations, loadOperations, SERVICE_NAMES } from './index';

describe('services loaded on demand', () => {
  it('has KMS, IAM and STS at start, and ACM only after its first call', async () => {
    expect(loadedOperations('kms')?.some((o) => o.name === 'ListKeys')).toBe(true);
    expect(loadedOperations('iam')?.some((o) => o.name === 'CreateUser')).toBe(true);
    expect(loadedOperations('sts')?.some((o) => o.name === 'GetCallerIdentity')).toBe(true);
    expect(loadedOperations('acm')).toBeUndefined();
    expect(loadedOperations('secretsmanager')).toBeUndefined();
    expect(loadedOperations('cloudtrail')).toBeUndefined();
    const cloud = createCloud();
    expect(() => cloud.operations('acm')).toThrow(/not loaded yet/);

    // The first call loads ACM and answers as before; the trail records it like any call.
    await expect(cloud.call({ service: 'acm', operation: 'ListCertificates' })).resolves.toEqual({ CertificateSummaryList: [] });
    expect(cloud.operations('acm').some((o) => o.name === 'RequestCertificate')).toBe(true);
    expect(cloud.state.trail.at(-1)).toMatchObject({ eventSource: 'acm.amazonaws.com', eventName: 'ListCertificates' });
  });

  it('answers UnknownOperationException for an operation a loaded service lacks', async () => {
    const cloud = createCloud();
    const e = await cloud.call({ service: 'route53', operation: 'NoSuchThing' as string }).catch((x: unknown) => x);
    expect(isAwsError(e) && e.code).toBe('UnknownOperationException');
    expect(loadedOperations('route53')?.length).toBeGreaterThan(0);
  });

  it('loads every service on request, and an unknown one is undefined', async () => {
    await loadAllOperations();
    for (const s of SERVICE_NAMES) expect(loadedOperations(s)?.length, s).toBeGreaterThan(0);
    expect(SERVICE_NAMES).toHaveLength(12);
    expect(await loadOperations('nope' as never)).toBeUndefined();
    expect(loadedOperations('toString' as never)).toBeUndefined();
  });
});
