/**
 * CloudFront, just the viewer certificate: CreateDistribution, DeleteDistribution, ListDistributions.
 * https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CreateDistribution.html
 * The rule the course teaches: the ACM certificate must be in us-east-1 (CloudFront is global
 * and reads certificates from N. Virginia), ISSUED, and cover every alternate domain name.
 * Errors use CloudFront's texts (InvalidViewerCertificate). Simplified: one origin domain
 * name, no cache behaviours; the distribution is Deployed at once; delete needs no disable.
 */
import { ACCOUNT_ID, AwsError, bool, int, list, str, struct, toHex, own } from '@/core';
import { defineAcmOperation, type AcmOperation } from '@/acm/context';
import { addUse, certificateByArn, covers, removeUse } from './attach';

export const VIEWER_CERT_ERROR =
  "The specified SSL certificate doesn't exist, isn't in us-east-1 region, isn't valid, or doesn't include a valid certificate chain.";
const NOT_COVERED =
  "The certificate that is attached to your distribution doesn't cover the alternate domain name (CNAME) that you're trying to add. For more details, see: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/CNAMEs.html#alternate-domain-names-requirements";
const NEEDS_CERT =
  'To add an alternate domain name (CNAME) to a CloudFront distribution, you must attach a trusted certificate that validates your authorization to use the domain name. For more details, see: https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/CNAMEs.html#alternate-domain-names-requirements';

interface Config {
  CallerReference: string;
  Comment?: string;
  Enabled: boolean;
  OriginDomainName: string;
  Aliases?: { Quantity: number; Items?: string[] };
  ViewerCertificate?: { ACMCertificateArn?: string; CloudFrontDefaultCertificate?: boolean; SSLSupportMethod?: string; MinimumProtocolVersion?: string };
}

export const createDistribution = defineAcmOperation<{ DistributionConfig: Config }, { Distribution: Record<string, unknown>; Location: string }>({
  name: 'CreateDistribution',
  action: 'cloudfront:CreateDistribution',
  summary: 'Creates a CloudFront distribution, optionally with alternate domain names and an ACM certificate.',
  sensitiveOutput: ['Distribution.DistributionConfig.Comment'],
  input: struct(
    {
      DistributionConfig: struct(
        {
          CallerReference: str(),
          Comment: str({ max: 128, sensitive: true }), // sensitive in CloudFront's model: left out of the record
          Enabled: bool(),
          OriginDomainName: str({ min: 1, max: 253, doc: 'Simplified: the one origin (S3 bucket or web server) domain name.' }),
          Aliases: struct({ Quantity: int(), Items: list(str()) }, ['Quantity']),
          ViewerCertificate: struct({
            ACMCertificateArn: str(),
            CloudFrontDefaultCertificate: bool(),
            SSLSupportMethod: str({ enum: ['sni-only', 'vip', 'static-ip'] }),
            MinimumProtocolVersion: str(),
          }),
        },
        ['CallerReference', 'Enabled', 'OriginDomainName'],
      ),
    },
    ['DistributionConfig'],
  ),
  async run(ctx, input) {
    const cfg = input.DistributionConfig;
    const aliases = cfg.Aliases?.Items ?? [];
    if ((cfg.Aliases?.Quantity ?? 0) !== aliases.length)
      throw new AwsError('InconsistentQuantities', "The value of Quantity and the size of Items don't match.");
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
    return {
      Location: `https://cloudfront.amazonaws.com/2020-05-31/distribution/${id}`,
      Distribution: { Id: id, ARN: distArn, Status: 'Deployed', DomainName: domainName, LastModifiedTime: ctx.clock.now(), DistributionConfig: cfg },
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
