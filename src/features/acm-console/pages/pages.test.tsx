// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Under jsdom, @peculiar/x509 hands WebCrypto ArrayBuffers of jsdom's realm, which Node's
// SubtleCrypto rejects; real X.509 issuance is tested in Node (src/acm) and in Chromium (e2e/acm).
// Here issuance only flips the status, so the screens can be tested.
vi.mock('@/acm/model/issue', async (orig) => ({
  ...(await orig<typeof import('@/acm/model/issue')>()),
  issue: async (_acm: unknown, cert: { status: string; validations: { ValidationStatus: string }[] }) => {
    cert.status = 'ISSUED';
    for (const v of cert.validations) v.ValidationStatus = 'SUCCESS';
  },
}));
import { freshConsole } from '@/state/testing/console';
import { setRegion } from '@/state/console-store';
import { CertificateDetailPage } from './detail-page';
import { CertificateListPage } from './list-page';
import { RequestCertificatePage } from './request-page';
import { CloudFrontPage } from './use-pages';

afterEach(cleanup);

const request = async (cloud: ReturnType<typeof freshConsole>, domain: string, region = 'us-east-1') =>
  (await cloud.call({ service: 'acm', operation: 'RequestCertificate', input: { DomainName: domain, ValidationMethod: 'DNS' }, region }))
    .CertificateArn as string;

describe('Certificate Manager console', () => {
  it("lists the Region's certificates with their status", async () => {
    const cloud = freshConsole();
    const arn = await request(cloud, 'www.example.com');
    await request(cloud, 'eu.example.com', 'eu-west-1');
    render(<CertificateListPage />);
    const table = await screen.findByRole('table', { name: /Certificates \(1\)/ });
    expect(within(table).getByRole('link', { name: arn.split('/').pop() })).toBeTruthy();
    expect(within(table).getByText('Pending validation')).toBeTruthy();
    expect(within(table).getByText('Amazon Issued')).toBeTruthy();
  });

  it('validates the request form before calling the API', async () => {
    const user = person();
    freshConsole();
    render(<RequestCertificatePage />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Request' }));
    expect(await screen.findByText('Enter a fully qualified domain name.')).toBeTruthy();
    await user.fill(screen.getByLabelText('Fully qualified domain name'), 'bad..name');
    expect(await screen.findByText('Enter a valid domain name, such as www.example.com or *.example.com.')).toBeTruthy();
  });

  it('creates the validation records in Route 53 and shows the certificate issued, with the CLI equivalent', async () => {
    const user = person();
    const cloud = freshConsole();
    const arn = await request(cloud, 'www.example.com');
    render(<CertificateDetailPage id={arn.split('/').pop()!} />);
    await user.click(await screen.findByRole('button', { name: 'Create records in Route 53' }));
    await screen.findByText(/Successfully created DNS records in Route 53/);
    expect(screen.getByText(/aws route53 change-resource-record-sets --hosted-zone-id Z0KMSLABEXAMPLE/)).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Certificate status' })).getByText('Issued')).toBeTruthy());
  });

  it("shows CloudFront's error for a certificate from another Region", async () => {
    const user = person();
    const cloud = freshConsole();
    const arn = await request(cloud, 'www.example.com', 'eu-west-1');
    setRegion('eu-west-1');
    render(<CloudFrontPage />);
    await user.fill(screen.getByLabelText('Or certificate ARN'), arn);
    await user.click(screen.getByRole('button', { name: 'Create distribution' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      "The specified SSL certificate doesn't exist, isn't in us-east-1 region, isn't valid, or doesn't include a valid certificate chain.",
    );
    expect(screen.getByText(/aws cloudfront create-distribution/)).toBeTruthy();
  });
  it('shows a create-distribution command with Origins and a DefaultCacheBehavior, as CloudFront requires', async () => {
    const user = person();
    freshConsole();
    render(<CloudFrontPage />);
    await user.click(screen.getByRole('button', { name: 'Create distribution' }));
    await screen.findByText(/Successfully created distribution/);
    const command = screen.getByText(/aws cloudfront create-distribution/).textContent!;
    expect(command).toContain('"DefaultCacheBehavior"');
    expect(command).not.toContain('OriginDomainName');
    // The same command is checked against the real AWS CLI's model in src/acm/usage/cloudfront-cli.test.ts.
  });

  it('hands focus on when the pressed button goes away or is busy (keyboard users stay in place)', async () => {
    const user = person();
    const cloud = freshConsole();
    const press = async (name: string) => {
      const b = screen.getByRole('button', { name });
      b.focus();
      await user.click(b);
      return b;
    };
    render(<RequestCertificatePage />);
    await press('Next');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Request public certificate' })));
    cleanup();

    const arn = await request(cloud, 'www.example.com');
    render(<CertificateDetailPage id={arn.split('/').pop()!} />);
    await screen.findByRole('button', { name: 'Create records in Route 53' });
    await press('Create records in Route 53');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Domains (1)' })));
    cleanup();

    // The call is held until the busy button has been looked at, whatever the machine's speed.
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const invoke = cloud.invoke.bind(cloud);
    vi.spyOn(cloud, 'invoke').mockImplementation(async (...args: Parameters<typeof invoke>) => (await held, invoke(...args)));
    render(<CloudFrontPage />);
    const create = await press('Create distribution');
    expect(create.getAttribute('aria-disabled')).toBe('true'); // busy, but still focused
    expect(document.activeElement).toBe(create);
    answer();
    await screen.findByText(/aws cloudfront create-distribution/);
    expect(document.activeElement).toBe(create);
    expect(create.getAttribute('aria-disabled')).toBe('false');
  });
});
