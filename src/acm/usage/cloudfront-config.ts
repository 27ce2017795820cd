/**
 * The DistributionConfig the console's Create distribution form sends (and lab 11, and the
 * account file's check): one origin, S3 when its domain is a bucket's, a custom HTTPS origin
 * otherwise, with the same Id as its domain (as the console names it); a default cache behavior
 * that redirects HTTP to HTTPS and uses the managed CachingOptimized cache policy.
 */
import type { DistributionConfig } from './cloudfront';

/** The managed cache policy "CachingOptimized" (the console's default), by its documented Id. */
export const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';

const S3_DOMAIN = /\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com$/;

export function simpleDistributionConfig(o: {
  callerReference: string;
  origin: string;
  aliases?: string[];
  certificateArn?: string;
  comment?: string;
}): DistributionConfig {
  const aliases = o.aliases ?? [];
  return {
    CallerReference: o.callerReference,
    Aliases: { Quantity: aliases.length, Items: aliases },
    Origins: {
      Quantity: 1,
      Items: [
        S3_DOMAIN.test(o.origin)
          ? { Id: o.origin, DomainName: o.origin, S3OriginConfig: { OriginAccessIdentity: '' } }
          : { Id: o.origin, DomainName: o.origin, CustomOriginConfig: { HTTPPort: 80, HTTPSPort: 443, OriginProtocolPolicy: 'https-only' } },
      ],
    },
    DefaultCacheBehavior: { TargetOriginId: o.origin, ViewerProtocolPolicy: 'redirect-to-https', CachePolicyId: CACHING_OPTIMIZED },
    Comment: o.comment ?? '',
    Enabled: true,
    ViewerCertificate: o.certificateArn
      ? { ACMCertificateArn: o.certificateArn, SSLSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' }
      : { CloudFrontDefaultCertificate: true },
  };
}
