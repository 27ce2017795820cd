/**
 * Certificate Manager, Private CA, the services that use certificates (modelled only as far as
 * certificates go: src/acm/usage) and the lab's mailbox, declared once each (src/cloud/service.ts).
 * They share one part of the state (certificates, private CAs, the hosted zone, the resources
 * using certificates) and one lifecycle (issue, renew, expire). Their operations load on first
 * use, so the browser's first screen does not carry them (README "Budgets").
 */
import type { createAcmContext } from '@/acm/context';
import { emptyAcmState, type AcmState } from '@/acm/model/certificate';
import { defineService, type Registry, type ServiceDescriptor, type ServiceEnv, type ServiceRuntime, type StatePart } from '@/cloud/service';

export const acmState: StatePart<AcmState> = {
  key: 'acm',
  empty: () => emptyAcmState(),
  async lifecycle({ part, random, from, to }) {
    const [{ runAcmLifecycle }, { acmTrailEvent }] = await Promise.all([import('@/acm/lifecycle'), import('@/acm/lifecycle/trail-event')]);
    return (await runAcmLifecycle(part, random, from, to)).map((e) => acmTrailEvent(e, random));
  },
};

/** A runtime of the family: the operations, with the context of src/acm/context.ts. */
export function acmRuntime<Reg extends Registry>(registry: Reg, create: typeof createAcmContext): ServiceRuntime<Reg> {
  const context = (env: ServiceEnv<AcmState>) =>
    create({ acm: env.part, region: env.region, clock: env.clock, random: env.random, caller: env.caller, iam: env.iam, resources: env.resources });
  return { registry, context };
}

/** One service of the family: its operations' loader; the context (src/acm/context.ts) comes with them. */
function acmFamily<const N extends string, Reg extends Registry>(
  d: Omit<ServiceDescriptor<N>, 'state' | 'runtime' | 'accessDenied' | 'validationCode'> & { validationCode?: string },
  load: () => Promise<Reg>,
): ServiceDescriptor<N, Reg> {
  return defineService<N, Reg>({
    validationCode: 'ValidationException',
    accessDenied: { code: 'AccessDeniedException' },
    ...d,
    state: acmState,
    runtime: async () => {
      const [registry, { createAcmContext }] = await Promise.all([load(), import('@/acm/context')]);
      return acmRuntime(registry, createAcmContext);
    },
  });
}

/** ACM and Private CA page with NextToken alone (no "more results" flag: a token means more). */
const NEXT_TOKEN = { inputToken: 'NextToken', limitKey: 'MaxItems', outputToken: 'NextToken', moreResults: 'NextToken' };

export const acmService = acmFamily(
  {
    name: 'acm',
    title: 'AWS Certificate Manager (ACM)',
    eventSource: 'acm.amazonaws.com',
    wire: { targetPrefix: 'CertificateManager', signingName: 'acm' },
    cli: { tokens: NEXT_TOKEN, resultKeys: { ListCertificates: 'CertificateSummaryList' } },
    trailResourceTypes: { 'acm:certificate': 'AWS::ACM::Certificate' },
  },
  () => import('@/acm/operations/registry').then((m) => m.acmRegistry),
);

export const acmPcaService = acmFamily(
  {
    name: 'acm-pca',
    title: 'AWS Private Certificate Authority',
    eventSource: 'acm-pca.amazonaws.com',
    wire: { targetPrefix: 'ACMPrivateCA', signingName: 'acm-pca' },
    cli: { tokens: { ...NEXT_TOKEN, limitKey: 'MaxResults' }, resultKeys: { ListCertificateAuthorities: 'CertificateAuthorities' } },
    trailResourceTypes: { 'acm-pca:certificate-authority': 'AWS::ACMPCA::CertificateAuthority' },
  },
  () => import('@/acm/pca/registry').then((m) => m.acmPcaRegistry),
);

export const route53Service = acmFamily(
  { name: 'route53', title: 'Amazon Route 53', eventSource: 'route53.amazonaws.com', validationCode: 'InvalidInput' },
  () => import('@/acm/usage/route53').then((m) => m.route53Registry),
);

export const cloudfrontService = acmFamily(
  {
    name: 'cloudfront',
    title: 'Amazon CloudFront',
    eventSource: 'cloudfront.amazonaws.com',
    validationCode: 'InvalidArgument',
    trailResourceTypes: { 'cloudfront:distribution': 'AWS::CloudFront::Distribution' },
  },
  () => import('@/acm/usage/cloudfront').then((m) => m.cloudfrontRegistry),
);

export const elbv2Service = acmFamily(
  { name: 'elbv2', title: 'Elastic Load Balancing', eventSource: 'elasticloadbalancing.amazonaws.com', validationCode: 'ValidationError' },
  () => import('@/acm/usage/elbv2').then((m) => m.elbv2Registry),
);

export const apigatewayService = acmFamily(
  { name: 'apigateway', title: 'Amazon API Gateway', eventSource: 'apigateway.amazonaws.com', validationCode: 'BadRequestException' },
  () => import('@/acm/usage/apigateway').then((m) => m.apigatewayRegistry),
);

/** Lab only: the simulated approval of ACM's validation email (no AWS API; not in the CLI or on the wire). */
export const mailboxService = acmFamily({ name: 'mailbox', title: "The lab's mailbox (ACM validation email)", eventSource: 'mailbox.kmslab.simulated' }, () =>
  import('@/acm/usage/mailbox').then((m) => m.mailboxRegistry),
);

export const ACM_FAMILY = [acmService, acmPcaService, route53Service, cloudfrontService, elbv2Service, apigatewayService, mailboxService] as const;
