import { describe, expect, it } from 'vitest';
import { acmLab } from '@/acm/testing/harness';
import { FORWARDED_VALUES_REQUIRED, FORWARDED_VALUES_WITH_POLICY, INVALID_ORIGIN, NO_SUCH_ORIGIN, VIEWER_CERT_ERROR } from './cloudfront';
import { CACHING_OPTIMIZED, simpleDistributionConfig } from './cloudfront-config';

const dist = (arn: string | undefined, aliases: string[] = []) => ({
  DistributionConfig: simpleDistributionConfig({ callerReference: 'r1', origin: 'bucket.s3.amazonaws.com', aliases, ...(arn ? { certificateArn: arn } : {}) }),
});

describe('CloudFront and ACM', () => {
  it("refuses a certificate from eu-west-1 with CloudFront's error, accepts one from us-east-1", async () => {
    const t = acmLab();
    const eu = await t.issued('www.example.com', { region: 'eu-west-1' });
    await t.expectError(t.call('cloudfront', 'CreateDistribution', dist(eu, ['www.example.com'])), 'InvalidViewerCertificate', VIEWER_CERT_ERROR);
    expect(VIEWER_CERT_ERROR).toBe(
      "The specified SSL certificate doesn't exist, isn't in us-east-1 region, isn't valid, or doesn't include a valid certificate chain.",
    );
    const us = await t.issued('www.example.com');
    const out = await t.call('cloudfront', 'CreateDistribution', dist(us, ['www.example.com']));
    expect(out.Distribution.Id).toMatch(/^E[0-9A-F]{14}$/);
    expect((await t.describe(us)).InUseBy).toEqual([out.Distribution.ARN]);
    const list = await t.acm('ListCertificates');
    expect(list.CertificateSummaryList[0].InUse).toBe(true);
  });

  it('needs the certificate ISSUED and covering every alias (one wildcard level)', async () => {
    const t = acmLab();
    const pending = await t.request('www.example.com');
    await t.expectError(t.call('cloudfront', 'CreateDistribution', dist(pending, ['www.example.com'])), 'InvalidViewerCertificate', VIEWER_CERT_ERROR);
    const wild = await t.issued('*.example.com');
    await t.call('cloudfront', 'CreateDistribution', dist(wild, ['shop.example.com']));
    await t.expectError(
      t.call('cloudfront', 'CreateDistribution', dist(wild, ['a.b.example.com'])),
      'InvalidViewerCertificate',
      /doesn't cover the alternate domain name/,
    );
    await t.expectError(t.call('cloudfront', 'CreateDistribution', dist(wild, ['example.com'])), 'InvalidViewerCertificate', /doesn't cover/);
    await t.expectError(
      t.call('cloudfront', 'CreateDistribution', dist(undefined, ['shop.example.com'])),
      'InvalidViewerCertificate',
      /you must attach a trusted certificate/,
    );
  });

  it("takes CloudFront's own DistributionConfig: origins, a default cache behavior that targets one, a cache policy or ForwardedValues", async () => {
    const t = acmLab();
    const base = simpleDistributionConfig({ callerReference: 'r2', origin: 'www.example.org' });
    expect(base.Origins.Items[0]).toMatchObject({ CustomOriginConfig: { OriginProtocolPolicy: 'https-only' } });
    expect(simpleDistributionConfig({ callerReference: 'r', origin: 'b.s3.us-west-2.amazonaws.com' }).Origins.Items[0]).toHaveProperty('S3OriginConfig');
    const out = await t.call('cloudfront', 'CreateDistribution', { DistributionConfig: base });
    expect(out.Distribution).toMatchObject({
      InProgressInvalidationBatches: 0,
      DistributionConfig: { DefaultCacheBehavior: { CachePolicyId: CACHING_OPTIMIZED } },
    });
    expect(out.ETag).toMatch(/^[0-9A-F]+$/);
    const call = (cfg: object) => t.call('cloudfront', 'CreateDistribution', { DistributionConfig: { ...base, ...cfg } });
    const behavior = base.DefaultCacheBehavior;
    await t.expectError(call({ DefaultCacheBehavior: { ...behavior, TargetOriginId: 'other' } }), 'NoSuchOrigin', NO_SUCH_ORIGIN);
    const { CachePolicyId: _policy, ...noPolicy } = behavior;
    await t.expectError(call({ DefaultCacheBehavior: noPolicy }), 'InvalidArgument', FORWARDED_VALUES_REQUIRED);
    const forwarded = { QueryString: false, Cookies: { Forward: 'none' } };
    await t.expectError(call({ DefaultCacheBehavior: { ...behavior, ForwardedValues: forwarded } }), 'InvalidArgument', FORWARDED_VALUES_WITH_POLICY);
    await call({ DefaultCacheBehavior: { ...noPolicy, ForwardedValues: forwarded, MinTTL: 0 } });
    await t.expectError(call({ Origins: { Quantity: 1, Items: [{ Id: 'www.example.org', DomainName: 'www.example.org' }] } }), 'InvalidOrigin', INVALID_ORIGIN);
    await t.expectError(call({ Origins: { Quantity: 2, Items: base.Origins.Items } }), 'InconsistentQuantities', /Quantity and the size of Items/);
    const { Comment: _comment, Origins: _origins, ...incomplete } = base;
    await t.expectError(
      t.call('cloudfront', 'CreateDistribution', { DistributionConfig: incomplete }),
      'InvalidArgument',
      /distributionConfig\.origins.*must not be null/,
    );
  });

  it('keeps a certificate in use from deletion until the distribution is gone', async () => {
    const t = acmLab();
    const arn = await t.issued('www.example.com');
    const { Distribution } = await t.call('cloudfront', 'CreateDistribution', dist(arn, ['www.example.com']));
    await t.expectError(t.acm('DeleteCertificate', { CertificateArn: arn }), 'ResourceInUseException', `Certificate ${arn} in account 111122223333 is in use.`);
    await t.call('cloudfront', 'DeleteDistribution', { Id: Distribution.Id });
    expect((await t.describe(arn)).InUseBy).toEqual([]);
    await t.acm('DeleteCertificate', { CertificateArn: arn });
    await t.expectError(t.describe(arn), 'ResourceNotFoundException', `Could not find certificate ${arn}.`);
  });
});

describe('Application Load Balancer HTTPS listeners', () => {
  it("needs a certificate from the load balancer's own Region", async () => {
    const t = acmLab();
    const { LoadBalancers } = await t.call('elbv2', 'CreateLoadBalancer', { Name: 'web' }, { region: 'eu-west-1' });
    const lb = LoadBalancers[0].LoadBalancerArn;
    const us = await t.issued('www.example.com');
    await t.expectError(
      t.call('elbv2', 'CreateListener', { LoadBalancerArn: lb, Protocol: 'HTTPS', Port: 443, Certificates: [{ CertificateArn: us }] }, { region: 'eu-west-1' }),
      'CertificateNotFound',
      `Certificate '${us}' not found`,
    );
    await t.expectError(
      t.call('elbv2', 'CreateListener', { LoadBalancerArn: lb, Protocol: 'HTTPS', Port: 443 }, { region: 'eu-west-1' }),
      'ValidationError',
      'A certificate must be specified for HTTPS listeners',
    );
    const eu = await t.issued('www.example.com', { region: 'eu-west-1' });
    const { Listeners } = await t.call(
      'elbv2',
      'CreateListener',
      { LoadBalancerArn: lb, Protocol: 'HTTPS', Port: 443, Certificates: [{ CertificateArn: eu }] },
      { region: 'eu-west-1' },
    );
    expect((await t.describe(eu)).InUseBy).toEqual([lb]);
    await t.call('elbv2', 'DeleteListener', { ListenerArn: Listeners[0].ListenerArn }, { region: 'eu-west-1' });
    expect((await t.describe(eu)).InUseBy).toEqual([]);
  });
});

describe('API Gateway custom domain names', () => {
  it('edge-optimized needs us-east-1; Regional needs the API Region', async () => {
    const t = acmLab();
    const eu = await t.issued('api.example.com', { region: 'eu-west-1' });
    const us = await t.issued('api.example.com');
    await t.expectError(
      t.call(
        'apigateway',
        'CreateDomainName',
        { domainName: 'api.example.com', certificateArn: eu, endpointConfiguration: { types: ['EDGE'] } },
        { region: 'eu-west-1' },
      ),
      'BadRequestException',
      `Invalid certificate ARN: ${eu}. Certificate must be in 'us-east-1'.`,
    );
    const edge = await t.call(
      'apigateway',
      'CreateDomainName',
      { domainName: 'api.example.com', certificateArn: us, endpointConfiguration: { types: ['EDGE'] } },
      { region: 'eu-west-1' },
    );
    expect(edge.distributionDomainName).toMatch(/\.cloudfront\.net$/);
    await t.expectError(
      t.call(
        'apigateway',
        'CreateDomainName',
        { domainName: 'api.example.com', regionalCertificateArn: us, endpointConfiguration: { types: ['REGIONAL'] } },
        { region: 'eu-central-1' },
      ),
      'BadRequestException',
      `Invalid certificate ARN: ${us}. Certificate must be in 'eu-central-1'.`,
    );
    const reg = await t
      .call(
        'apigateway',
        'CreateDomainName',
        { domainName: 'api.example.com', regionalCertificateArn: eu, endpointConfiguration: { types: ['REGIONAL'] } },
        { region: 'eu-west-1' },
      )
      .catch((e) => e);
    expect(reg.code).toBe('ConflictException');
    const other = await t.issued('v2.example.com', { region: 'eu-west-1' });
    await t.call(
      'apigateway',
      'CreateDomainName',
      { domainName: 'v2.example.com', regionalCertificateArn: other, endpointConfiguration: { types: ['REGIONAL'] } },
      { region: 'eu-west-1' },
    );
    expect((await t.describe(other)).InUseBy).toEqual(['arn:aws:apigateway:eu-west-1::/domainnames/v2.example.com']);
    await t.expectError(
      t.call(
        'apigateway',
        'CreateDomainName',
        { domainName: 'other.example.com', regionalCertificateArn: other, endpointConfiguration: { types: ['REGIONAL'] } },
        { region: 'eu-west-1' },
      ),
      'BadRequestException',
      /does not cover the domain name other\.example\.com/,
    );
  });
});
