/**
 * Elastic Load Balancing v2, just HTTPS listeners and their certificate: CreateLoadBalancer,
 * CreateListener, DeleteListener, DescribeListeners.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateListener.html
 * The rule: the certificate must be in the load balancer's own Region (certificates cannot be
 * copied between Regions) and ISSUED; ELB answers CertificateNotFound otherwise. ELB does not
 * check the names (clients do, at the TLS handshake). Simplified: no target groups, subnets or
 * security groups; the default action is not modelled.
 */
import { ACCOUNT_ID, AwsError, int, list, str, struct, toHex, own } from '@/core';
import { defineAcmOperation, type AcmOperation } from '@/acm/context';
import { addUse, certificateByArn, removeUse } from './attach';

export const createLoadBalancer = defineAcmOperation<{ Name: string; Type?: string }, { LoadBalancers: Record<string, unknown>[] }>({
  name: 'CreateLoadBalancer',
  action: 'elasticloadbalancing:CreateLoadBalancer',
  summary: 'Creates an Application Load Balancer in the Region.',
  input: struct({ Name: str({ min: 1, max: 32, pattern: '[a-zA-Z0-9-]+' }), Type: str({ enum: ['application'] }) }, ['Name']),
  async run(ctx, input) {
    const lbs = ctx.acm.usage.loadBalancers;
    if (Object.values(lbs).some((l) => l.region === ctx.region && l.name === input.Name))
      throw new AwsError('DuplicateLoadBalancerName', 'A load balancer with the same name already exists');
    const id = toHex(ctx.random.bytes(8));
    const arn = `arn:aws:elasticloadbalancing:${ctx.region}:${ACCOUNT_ID}:loadbalancer/app/${input.Name}/${id}`;
    const dnsName = `${input.Name}-${parseInt(id.slice(0, 8), 16)}.${ctx.region}.elb.amazonaws.com`;
    lbs[arn] = { arn, name: input.Name, region: ctx.region, dnsName };
    return {
      LoadBalancers: [
        {
          LoadBalancerArn: arn,
          DNSName: dnsName,
          LoadBalancerName: input.Name,
          Scheme: 'internet-facing',
          Type: 'application',
          State: { Code: 'active' },
          CreatedTime: ctx.clock.now(),
        },
      ],
    };
  },
});

export const createListener = defineAcmOperation<
  { LoadBalancerArn: string; Protocol: string; Port: number; Certificates?: { CertificateArn: string }[] },
  { Listeners: Record<string, unknown>[] }
>({
  name: 'CreateListener',
  action: 'elasticloadbalancing:CreateListener',
  summary: 'Adds an HTTP or HTTPS listener to a load balancer; HTTPS needs an ACM certificate of the same Region.',
  input: struct(
    {
      LoadBalancerArn: str(),
      Protocol: str({ enum: ['HTTP', 'HTTPS'] }),
      Port: int({ min: 1, max: 65535 }),
      Certificates: list(struct({ CertificateArn: str() })),
    },
    ['LoadBalancerArn', 'Protocol', 'Port'],
  ),
  async run(ctx, input) {
    const lb = own(ctx.acm.usage.loadBalancers, input.LoadBalancerArn);
    if (!lb || lb.region !== ctx.region) throw new AwsError('LoadBalancerNotFound', 'One or more load balancers not found');
    const certArn = input.Certificates?.[0]?.CertificateArn;
    if (input.Protocol === 'HTTPS' && !certArn) throw new AwsError('ValidationError', 'A certificate must be specified for HTTPS listeners');
    const cert = certArn ? certificateByArn(ctx.acm, certArn) : undefined;
    if (certArn && (!cert || cert.region !== lb.region || cert.status !== 'ISSUED'))
      throw new AwsError('CertificateNotFound', `Certificate '${certArn}' not found`);
    const arn = `${lb.arn.replace(':loadbalancer/', ':listener/')}/${toHex(ctx.random.bytes(8))}`;
    ctx.acm.usage.listeners[arn] = { arn, loadBalancerArn: lb.arn, region: ctx.region, port: input.Port, protocol: input.Protocol, certificateArn: cert?.arn };
    if (cert) addUse(cert, lb.arn);
    return {
      Listeners: [
        {
          ListenerArn: arn,
          LoadBalancerArn: lb.arn,
          Port: input.Port,
          Protocol: input.Protocol,
          Certificates: cert ? [{ CertificateArn: cert.arn }] : undefined,
          SslPolicy: cert ? 'ELBSecurityPolicy-TLS13-1-2-2021-06' : undefined,
        },
      ],
    };
  },
});

export const deleteListener = defineAcmOperation<{ ListenerArn: string }, object>({
  name: 'DeleteListener',
  action: 'elasticloadbalancing:DeleteListener',
  summary: 'Deletes a listener, which releases its certificate.',
  input: struct({ ListenerArn: str() }, ['ListenerArn']),
  async run(ctx, input) {
    const l = own(ctx.acm.usage.listeners, input.ListenerArn);
    if (!l || l.region !== ctx.region) throw new AwsError('ListenerNotFound', 'One or more listeners not found');
    delete ctx.acm.usage.listeners[l.arn];
    // The load balancer stays "in use" while another of its listeners holds the certificate.
    if (!Object.values(ctx.acm.usage.listeners).some((o) => o.loadBalancerArn === l.loadBalancerArn && o.certificateArn === l.certificateArn))
      removeUse(ctx.acm, l.certificateArn, l.loadBalancerArn);
    return {};
  },
});

export const describeListeners = defineAcmOperation<{ LoadBalancerArn: string }, { Listeners: Record<string, unknown>[] }>({
  name: 'DescribeListeners',
  action: 'elasticloadbalancing:DescribeListeners',
  readOnly: true,
  summary: 'Lists the listeners of a load balancer.',
  input: struct({ LoadBalancerArn: str() }, ['LoadBalancerArn']),
  async run(ctx, input) {
    if (!own(ctx.acm.usage.loadBalancers, input.LoadBalancerArn)) throw new AwsError('LoadBalancerNotFound', 'One or more load balancers not found');
    const ls = Object.values(ctx.acm.usage.listeners).filter((l) => l.loadBalancerArn === input.LoadBalancerArn);
    return {
      Listeners: ls.map((l) => ({
        ListenerArn: l.arn,
        LoadBalancerArn: l.loadBalancerArn,
        Port: l.port,
        Protocol: l.protocol,
        Certificates: l.certificateArn ? [{ CertificateArn: l.certificateArn }] : undefined,
      })),
    };
  },
});

/** The operations by name, one row each (docs/adding-an-operation.md); `cloud.call` is typed from it. */
export const elbv2Registry = {
  CreateListener: createListener,
  CreateLoadBalancer: createLoadBalancer,
  DeleteListener: deleteListener,
  DescribeListeners: describeListeners,
} satisfies Record<string, AcmOperation>;

export const elbv2Operations: AcmOperation[] = Object.values(elbv2Registry);
