/**
 * API Gateway custom domain names: CreateDomainName, DeleteDomainName.
 * https://docs.aws.amazon.com/apigateway/latest/api/API_CreateDomainName.html
 * Edge-optimized domains sit behind CloudFront, so their certificate (certificateArn) must be
 * in us-east-1; Regional domains use regionalCertificateArn from the API's own Region. The
 * certificate must be ISSUED and cover the domain name. Simplified: no base path mappings,
 * no mutual TLS, no security policy.
 */
import { ACCOUNT_ID, AwsError, list, str, struct, toHex, own } from '@/core';
import { defineAcmOperation, type AcmOperation } from '@/acm/context';
import { addUse, certificateByArn, covers, removeUse } from './attach';

interface Input {
  domainName: string;
  certificateArn?: string;
  regionalCertificateArn?: string;
  endpointConfiguration?: { types?: ('EDGE' | 'REGIONAL')[] };
}

const bad = (m: string) => new AwsError('BadRequestException', m);

export const createDomainName = defineAcmOperation<Input, Record<string, unknown>>({
  name: 'CreateDomainName',
  action: 'apigateway:POST',
  summary: 'Creates a custom domain name (edge-optimized or Regional) with an ACM certificate.',
  input: struct(
    {
      domainName: str({ min: 1, max: 253 }),
      certificateArn: str(),
      regionalCertificateArn: str(),
      endpointConfiguration: struct({ types: list(str({ enum: ['EDGE', 'REGIONAL', 'PRIVATE'] })) }),
    },
    ['domainName'],
  ),
  async run(ctx, input) {
    const type = input.endpointConfiguration?.types?.[0] ?? 'EDGE';
    if (type !== 'EDGE' && type !== 'REGIONAL') throw bad('The lab models EDGE and REGIONAL domain names only.');
    const key = `${ctx.region}/${input.domainName.toLowerCase()}`;
    if (own(ctx.acm.usage.domainNames, key)) throw new AwsError('ConflictException', 'The domain name you provided already exists.');
    const arn = type === 'EDGE' ? input.certificateArn : input.regionalCertificateArn;
    const wanted = type === 'EDGE' ? 'us-east-1' : ctx.region;
    if (!arn)
      throw bad(
        type === 'EDGE'
          ? 'A certificate is required: specify certificateArn (a certificate in us-east-1).'
          : 'A certificate is required: specify regionalCertificateArn.',
      );
    const cert = certificateByArn(ctx.acm, arn);
    if (!cert || cert.region !== wanted) throw bad(`Invalid certificate ARN: ${arn}. Certificate must be in '${wanted}'.`);
    if (cert.status !== 'ISSUED') throw bad(`Certificate ${arn} is not issued (status ${cert.status}).`);
    if (!covers(cert, input.domainName)) throw bad(`The certificate ${arn} does not cover the domain name ${input.domainName}.`);
    const resource = `arn:aws:apigateway:${ctx.region}::/domainnames/${input.domainName}`;
    ctx.acm.usage.domainNames[key] = { key, domainName: input.domainName, region: ctx.region, endpointType: type, certificateArn: cert.arn };
    // An edge-optimized domain's certificate is used by the CloudFront distribution API Gateway manages.
    addUse(cert, type === 'EDGE' ? `arn:aws:cloudfront::${ACCOUNT_ID}:distribution/apigateway-${input.domainName}` : resource);
    const target =
      type === 'EDGE'
        ? { distributionDomainName: `d${toHex(ctx.random.bytes(7))}.cloudfront.net`, certificateArn: cert.arn }
        : { regionalDomainName: `d-${toHex(ctx.random.bytes(5))}.execute-api.${ctx.region}.amazonaws.com`, regionalCertificateArn: cert.arn };
    return { domainName: input.domainName, ...target, endpointConfiguration: { types: [type] }, domainNameStatus: 'AVAILABLE', securityPolicy: 'TLS_1_2' };
  },
});

export const deleteDomainName = defineAcmOperation<{ domainName: string }, object>({
  name: 'DeleteDomainName',
  action: 'apigateway:DELETE',
  summary: 'Deletes a custom domain name, which releases its certificate.',
  input: struct({ domainName: str() }, ['domainName']),
  async run(ctx, input) {
    const key = `${ctx.region}/${input.domainName.toLowerCase()}`;
    const d = own(ctx.acm.usage.domainNames, key);
    if (!d) throw new AwsError('NotFoundException', 'Invalid domain name identifier specified');
    removeUse(
      ctx.acm,
      d.certificateArn,
      d.endpointType === 'EDGE'
        ? `arn:aws:cloudfront::${ACCOUNT_ID}:distribution/apigateway-${d.domainName}`
        : `arn:aws:apigateway:${d.region}::/domainnames/${d.domainName}`,
    );
    delete ctx.acm.usage.domainNames[key];
    return {};
  },
});

/** The operations by name, one row each (docs/adding-an-operation.md); `cloud.call` is typed from it. */
export const apigatewayRegistry = {
  CreateDomainName: createDomainName,
  DeleteDomainName: deleteDomainName,
} satisfies Record<string, AcmOperation>;

export const apigatewayOperations: AcmOperation[] = Object.values(apigatewayRegistry);
