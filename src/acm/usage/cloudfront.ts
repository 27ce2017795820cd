/**
 * CloudFront, as far as certificates go: CreateDistribution, DeleteDistribution, ListDistributions.
 * https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateDistribution.html
 * The request is CloudFront's DistributionConfig (botocore's cloudfront 2020-05-31 model, the
 * members a distribution for a site needs): Origins and a DefaultCacheBehavior that targets one of
 * them by Id (NoSuchOrigin otherwise), with a cache policy or legacy ForwardedValues (one, not
 * both: InvalidArgument), an S3 or custom origin config (InvalidOrigin otherwise), every
 * Quantity equal to its Items (InconsistentQuantities). The rule the course teaches: the ACM
 * certificate must be in us-east-1 (CloudFront is global and reads certificates from N.
 * Virginia), ISSUED, and cover every alternate domain name (InvalidViewerCertificate, in
 * CloudFront's words).
 *
 * Simplified: nothing is served; the distribution is Deployed at once; no origin groups, VPC
 * origins, function associations or multi-tenant settings; cache policy ids are not looked up;
 * a CallerReference used again makes another distribution; delete needs neither disabling nor
 * the ETag.
 */
import { ACCOUNT_ID, AwsError, bool, int, list, str, struct, toHex, own, type Shape } from '@/core';
import { defineAcmOperation, type AcmOperation } from '@/acm/context';
import { addUse, certificateByArn, covers, removeUse } from './attach';

export const VIEWER_CERT_ERROR =
  "The specified SSL certificate doesn't exist, isn't in us-east-1 region, isn't valid, or doesn't include a valid certificate chain.";
const NOT_COVERED =
  "The certificate that is attached to your distribution doesn't cover the alternate domain name (CNAME) that you're trying to add. For more details, see: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/CNAMEs.html#alternate-domain-names-requirements";
const NEEDS_CERT =
  'To add an alternate domain name (CNAME) to a CloudFront distribution, you must attach a trusted certificate that validates your authorization to use the domain name. For more details, see: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/CNAMEs.html#alternate-domain-names-requirements';
export const NO_SUCH_ORIGIN = 'One or more of your origins or origin groups do not exist.';
export const INVALID_ORIGIN = 'The specified origin server does not exist or is not valid.';
export const FORWARDED_VALUES_REQUIRED = 'The parameter ForwardedValues is required.';
export const FORWARDED_VALUES_WITH_POLICY = 'The parameter ForwardedValues cannot be used when a cache policy is associated to the cache behavior.';

/** `{ Quantity, Items }`, CloudFront's list. */
const counted = (member: Shape, required: readonly string[] = ['Quantity']) => struct({ Quantity: int(), Items: list(member) }, required);
const signers = () => struct({ Enabled: bool(), Quantity: int(), Items: list(str()) }, ['Enabled', 'Quantity']);
const METHODS = str({ enum: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'OPTIONS', 'DELETE'] });
const cacheBehavior = (extra: Record<string, Shape>, required: string[]) =>
  struct(
    {
      ...extra,
      TargetOriginId: str(),
      TrustedSigners: signers(),
      TrustedKeyGroups: signers(),
      ViewerProtocolPolicy: str({ enum: ['allow-all', 'https-only', 'redirect-to-https'] }),
      AllowedMethods: struct({ Quantity: int(), Items: list(METHODS), CachedMethods: counted(METHODS, ['Quantity', 'Items']) }, ['Quantity', 'Items']),
      SmoothStreaming: bool(),
      Compress: bool(),
      FieldLevelEncryptionId: str(),
      CachePolicyId: str(),
      OriginRequestPolicyId: str(),
      ResponseHeadersPolicyId: str(),
      ForwardedValues: struct(
        {
          QueryString: bool(),
          Cookies: struct({ Forward: str({ enum: ['none', 'whitelist', 'all'] }), WhitelistedNames: counted(str()) }, ['Forward']),
          Headers: counted(str()),
          QueryStringCacheKeys: counted(str()),
        },
        ['QueryString', 'Cookies'],
      ),
      MinTTL: int(),
      DefaultTTL: int(),
      MaxTTL: int(),
    },
    ['TargetOriginId', 'ViewerProtocolPolicy', ...required],
  );
const DISTRIBUTION_CONFIG = struct(
  {
    CallerReference: str(),
    Aliases: counted(str()),
    DefaultRootObject: str(),
    Origins: counted(
      struct(
        {
          Id: str(),
          DomainName: str({ min: 1, max: 253 }),
          OriginPath: str(),
          CustomHeaders: counted(struct({ HeaderName: str(), HeaderValue: str() }, ['HeaderName', 'HeaderValue'])),
          S3OriginConfig: struct({ OriginAccessIdentity: str(), OriginReadTimeout: int() }, ['OriginAccessIdentity']),
          CustomOriginConfig: struct(
            {
              HTTPPort: int(),
              HTTPSPort: int(),
              OriginProtocolPolicy: str({ enum: ['http-only', 'match-viewer', 'https-only'] }),
              OriginSslProtocols: counted(str({ enum: ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'] }), ['Quantity', 'Items']),
              OriginReadTimeout: int(),
              OriginKeepaliveTimeout: int(),
              IpAddressType: str({ enum: ['ipv4', 'ipv6', 'dualstack'] }),
            },
            ['HTTPPort', 'HTTPSPort', 'OriginProtocolPolicy'],
          ),
          ConnectionAttempts: int(),
          ConnectionTimeout: int(),
          OriginAccessControlId: str(),
        },
        ['Id', 'DomainName'],
      ),
      ['Quantity', 'Items'],
    ),
    DefaultCacheBehavior: cacheBehavior({}, []),
    CacheBehaviors: counted(cacheBehavior({ PathPattern: str() }, ['PathPattern'])),
    CustomErrorResponses: counted(struct({ ErrorCode: int(), ResponsePagePath: str(), ResponseCode: str(), ErrorCachingMinTTL: int() }, ['ErrorCode'])),
    Comment: str({ max: 128, sensitive: true }), // sensitive in CloudFront's model: left out of the record
    Logging: struct({ Enabled: bool(), IncludeCookies: bool(), Bucket: str(), Prefix: str() }),
    PriceClass: str({ enum: ['PriceClass_100', 'PriceClass_200', 'PriceClass_All', 'None'] }),
    Enabled: bool(),
    ViewerCertificate: struct({
      CloudFrontDefaultCertificate: bool(),
      IAMCertificateId: str(),
      ACMCertificateArn: str(),
      SSLSupportMethod: str({ enum: ['sni-only', 'vip', 'static-ip'] }),
      MinimumProtocolVersion: str({
        enum: ['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016', 'TLSv1.2_2018', 'TLSv1.2_2019', 'TLSv1.2_2021', 'TLSv1.3_2025', 'TLSv1.2_2025'],
      }),
      Certificate: str(),
      CertificateSource: str({ enum: ['cloudfront', 'iam', 'acm'] }),
    }),
    Restrictions: struct(
      {
        GeoRestriction: struct({ RestrictionType: str({ enum: ['blacklist', 'whitelist', 'none'] }), Quantity: int(), Items: list(str()) }, [
          'RestrictionType',
          'Quantity',
        ]),
      },
      ['GeoRestriction'],
    ),
    WebACLId: str(),
    HttpVersion: str({ enum: ['http1.1', 'http2', 'http3', 'http2and3'] }),
    IsIPV6Enabled: bool(),
    Staging: bool(),
  },
  ['CallerReference', 'Origins', 'DefaultCacheBehavior', 'Comment', 'Enabled'],
);

interface Behavior {
  TargetOriginId: string;
  CachePolicyId?: string;
  ForwardedValues?: unknown;
}
export interface DistributionConfig {
  CallerReference: string;
  Comment: string;
  Enabled: boolean;
  Origins: { Quantity: number; Items: { Id: string; DomainName: string; S3OriginConfig?: unknown; CustomOriginConfig?: unknown }[] };
  DefaultCacheBehavior: Behavior & { ViewerProtocolPolicy: string };
  CacheBehaviors?: { Quantity: number; Items?: (Behavior & { PathPattern: string })[] };
  Aliases?: { Quantity: number; Items?: string[] };
  ViewerCertificate?: { ACMCertificateArn?: string; CloudFrontDefaultCertificate?: boolean; SSLSupportMethod?: string; MinimumProtocolVersion?: string };
  [member: string]: unknown;
}

/** Every `{ Quantity, Items }` in the config must agree, as CloudFront checks them. */
function checkQuantities(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(checkQuantities);
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.Quantity === 'number' && o.Quantity !== (Array.isArray(o.Items) ? o.Items.length : 0))
    throw new AwsError('InconsistentQuantities', "The value of Quantity and the size of Items don't match.");
  Object.values(o).forEach(checkQuantities);
}

function checkBehavior(b: Behavior, origins: Set<string>): void {
  if (!origins.has(b.TargetOriginId)) throw new AwsError('NoSuchOrigin', NO_SUCH_ORIGIN, 404);
  if (b.CachePolicyId === undefined && b.ForwardedValues === undefined) throw new AwsError('InvalidArgument', FORWARDED_VALUES_REQUIRED);
  if (b.CachePolicyId !== undefined && b.ForwardedValues !== undefined) throw new AwsError('InvalidArgument', FORWARDED_VALUES_WITH_POLICY);
}

export const createDistribution = defineAcmOperation<
  { DistributionConfig: DistributionConfig },
  { Distribution: Record<string, unknown>; Location: string; ETag: string }
>({
  name: 'CreateDistribution',
  action: 'cloudfront:CreateDistribution',
  summary: 'Creates a CloudFront distribution: its origins, its default cache behavior and, optionally, alternate domain names with an ACM certificate.',
  sensitiveOutput: ['Distribution.DistributionConfig.Comment'],
  input: struct({ DistributionConfig: DISTRIBUTION_CONFIG }, ['DistributionConfig']),
  async run(ctx, input) {
    const cfg = input.DistributionConfig;
    checkQuantities(cfg);
    for (const o of cfg.Origins.Items)
      if ((o.S3OriginConfig === undefined) === (o.CustomOriginConfig === undefined)) throw new AwsError('InvalidOrigin', INVALID_ORIGIN);
    const originIds = new Set(cfg.Origins.Items.map((o) => o.Id));
    for (const b of [cfg.DefaultCacheBehavior, ...(cfg.CacheBehaviors?.Items ?? [])]) checkBehavior(b, originIds);
    const aliases = cfg.Aliases?.Items ?? [];
    const arn = cfg.ViewerCertificate?.ACMCertificateArn;
    const cert = arn ? certificateByArn(ctx.acm, arn) : undefined;
    if (arn && (!cert || cert.region !== 'us-east-1' || cert.status !== 'ISSUED')) throw new AwsError('InvalidViewerCertificate', VIEWER_CERT_ERROR);
    if (aliases.length && !cert) throw new AwsError('InvalidViewerCertificate', NEEDS_CERT);
    if (cert && aliases.some((a) => !covers(cert, a))) throw new AwsError('InvalidViewerCertificate', NOT_COVERED);
    const id = `E${toHex(ctx.random.bytes(7)).toUpperCase()}`;
    const distArn = `arn:aws:cloudfront::${ACCOUNT_ID}:distribution/${id}`;
    const domainName = `d${toHex(ctx.random.bytes(7))}.cloudfront.net`;
    ctx.acm.usage.distributions[id] = { Id: id, ARN: distArn, DomainName: domainName, Aliases: aliases, CertificateArn: cert?.arn, Status: 'Deployed' };
    if (cert) addUse(cert, distArn);
    ctx.resources.push(distArn);
    const none = { Enabled: false, Quantity: 0 };
    return {
      Location: `https://cloudfront.amazonaws.com/2020-05-31/distribution/${id}`,
      ETag: toHex(ctx.random.bytes(7)).toUpperCase(),
      Distribution: {
        Id: id,
        ARN: distArn,
        Status: 'Deployed',
        LastModifiedTime: ctx.clock.now(),
        InProgressInvalidationBatches: 0,
        DomainName: domainName,
        ActiveTrustedSigners: none,
        ActiveTrustedKeyGroups: none,
        DistributionConfig: cfg,
      },
    };
  },
});

export const deleteDistribution = defineAcmOperation<{ Id: string }, object>({
  name: 'DeleteDistribution',
  action: 'cloudfront:DeleteDistribution',
  summary: 'Deletes a distribution, which releases its certificate.',
  input: struct({ Id: str() }, ['Id']),
  async run(ctx, input) {
    const d = own(ctx.acm.usage.distributions, input.Id);
    if (!d) throw new AwsError('NoSuchDistribution', 'The specified distribution does not exist.');
    removeUse(ctx.acm, d.CertificateArn, d.ARN);
    delete ctx.acm.usage.distributions[input.Id];
    return {};
  },
});

export const listDistributions = defineAcmOperation<object, { DistributionList: Record<string, unknown> }>({
  name: 'ListDistributions',
  action: 'cloudfront:ListDistributions',
  readOnly: true,
  summary: 'Lists the distributions.',
  input: struct({}),
  async run(ctx) {
    const items = Object.values(ctx.acm.usage.distributions).map((d) => ({
      Id: d.Id,
      ARN: d.ARN,
      Status: d.Status,
      DomainName: d.DomainName,
      Aliases: { Quantity: d.Aliases.length, Items: d.Aliases.length ? d.Aliases : undefined },
      ViewerCertificate: d.CertificateArn ? { ACMCertificateArn: d.CertificateArn, SSLSupportMethod: 'sni-only' } : { CloudFrontDefaultCertificate: true },
    }));
    return { DistributionList: { Marker: '', MaxItems: 100, IsTruncated: false, Quantity: items.length, Items: items.length ? items : undefined } };
  },
});

/** The operations by name, one row each (docs/adding-an-operation.md); `cloud.call` is typed from it. */
export const cloudfrontRegistry = {
  CreateDistribution: createDistribution,
  DeleteDistribution: deleteDistribution,
  ListDistributions: listDistributions,
} satisfies Record<string, AcmOperation>;

export const cloudfrontOperations: AcmOperation[] = Object.values(cloudfrontRegistry);
