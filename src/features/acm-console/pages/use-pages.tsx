/**
 * Where certificates are used, reduced to the certificate: a CloudFront distribution, an
 * Application Load Balancer HTTPS listener, an API Gateway custom domain name. Each form ends in
 * the service's real API call, whose answer enforces AWS's Region rule.
 */
import { useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/form-field';
import { useConsole } from '@/state/console-store';
import { useAction } from '@/state/use-action';
import { paths } from '@/features/acm-console/lib/links';
import { ActionResult } from '@/features/acm-console/ui/action-result';
import { AcmLayout } from '@/features/acm-console/ui/layout';
import { CertificatePicker } from './certificate-picker';
import { simpleDistributionConfig } from '@/cloud/cloudfront';

function Form({ children, submit, label, busy }: { children: ReactNode; submit(): void; label: string; busy: boolean }) {
  return (
    <form className="acm-form" noValidate onSubmit={(e) => (e.preventDefault(), busy || submit())}>
      {children}
      <div className="acm-row">
        {/* aria-disabled while busy, not disabled: disabling the focused button would drop focus to the page. */}
        <Button variant="primary" type="submit" aria-disabled={busy}>
          {label}
        </Button>
      </div>
    </form>
  );
}

export function CloudFrontPage() {
  const [origin, setOrigin] = useState('my-bucket.s3.amazonaws.com');
  const [alias, setAlias] = useState('');
  const [cert, setCert] = useState('');
  const action = useAction('acm');
  const submit = () => {
    const aliases = alias.trim() ? [alias.trim()] : [];
    const DistributionConfig = simpleDistributionConfig({
      callerReference: `console-${Date.now()}`,
      origin: origin.trim(),
      aliases,
      ...(cert ? { certificateArn: cert } : {}),
    });
    void action.run((c) => c<{ Distribution: { Id: string; DomainName: string } }>('CreateDistribution', { DistributionConfig }, 'cloudfront'), {
      success: (v) => `Successfully created distribution ${v.Distribution.Id} (${v.Distribution.DomainName}).`,
      failure: 'Failed to create distribution',
    });
  };
  return (
    <AcmLayout
      current={paths.cloudfront}
      title="Create distribution"
      description={<p>CloudFront is a global service: it uses ACM certificates from US East (N. Virginia) us-east-1 only.</p>}
    >
      <ActionResult result={action.result} onDismiss={action.clear} />
      <Form submit={submit} label="Create distribution" busy={action.busy}>
        <TextField label="Origin domain" value={origin} onChange={setOrigin} />
        <TextField label="Alternate domain name (CNAME) - optional" value={alias} onChange={setAlias} placeholder="www.example.com" />
        <CertificatePicker label="Custom SSL certificate - optional" value={cert} onChange={setCert} />
      </Form>
    </AcmLayout>
  );
}

export function LoadBalancerPage() {
  const region = useConsole((s) => s.region);
  const [name, setName] = useState('my-alb');
  const [cert, setCert] = useState('');
  const action = useAction('acm');
  const submit = () =>
    void action.run(
      async (c) => {
        const { LoadBalancers } = await c<{ LoadBalancers: { LoadBalancerArn: string }[] }>(
          'CreateLoadBalancer',
          { Name: name.trim(), Type: 'application' },
          'elbv2',
        );
        return c<{ Listeners: { ListenerArn: string }[] }>(
          'CreateListener',
          { LoadBalancerArn: LoadBalancers[0]!.LoadBalancerArn, Protocol: 'HTTPS', Port: 443, Certificates: [{ CertificateArn: cert }] },
          'elbv2',
        );
      },
      {
        success: (v) => `Successfully created load balancer ${name} with HTTPS listener ${v.Listeners[0]!.ListenerArn}.`,
        failure: 'Failed to create HTTPS listener',
      },
    );
  return (
    <AcmLayout
      current={paths.loadBalancer}
      title="Create Application Load Balancer"
      description={<p>The load balancer is created in {region}. Its HTTPS listener needs an ACM certificate from the same Region.</p>}
    >
      <ActionResult result={action.result} onDismiss={action.clear} />
      <Form submit={submit} label="Create load balancer" busy={action.busy}>
        <TextField label="Load balancer name" value={name} onChange={setName} />
        <p>
          Listener: <strong>HTTPS : 443</strong>
        </p>
        <CertificatePicker label="Default SSL/TLS server certificate" value={cert} onChange={setCert} />
      </Form>
    </AcmLayout>
  );
}

export function ApiGatewayPage() {
  const region = useConsole((s) => s.region);
  const [domain, setDomain] = useState('');
  const [type, setType] = useState('REGIONAL');
  const [cert, setCert] = useState('');
  const action = useAction('acm');
  const submit = () => {
    const input: Record<string, unknown> = { domainName: domain.trim(), endpointConfiguration: { types: [type] } };
    input[type === 'EDGE' ? 'certificateArn' : 'regionalCertificateArn'] = cert;
    void action.run((c) => c('CreateDomainName', input, 'apigateway'), {
      success: `Successfully created custom domain name ${domain.trim()}.`,
      failure: 'Failed to create custom domain name',
    });
  };
  return (
    <AcmLayout
      current={paths.apiGateway}
      title="Create custom domain name"
      description={<p>API in {region}. Edge-optimized domains use a certificate from us-east-1; Regional domains use one from the API's Region.</p>}
    >
      <ActionResult result={action.result} onDismiss={action.clear} />
      <Form submit={submit} label="Create domain name" busy={action.busy}>
        <TextField label="Domain name" value={domain} onChange={setDomain} placeholder="api.example.com" />
        <SelectField
          label="API endpoint type"
          value={type}
          onChange={setType}
          options={[
            { value: 'REGIONAL', label: 'Regional' },
            { value: 'EDGE', label: 'Edge-optimized' },
          ]}
        />
        <CertificatePicker label="ACM certificate" value={cert} onChange={setCert} />
      </Form>
    </AcmLayout>
  );
}
