/** CloudFront's DistributionConfig as the console sends it, for the labs and the console (src/acm/usage/cloudfront-config.ts). */
export { CACHING_OPTIMIZED, simpleDistributionConfig } from '@/acm/usage/cloudfront-config';
