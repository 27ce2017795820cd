// @vitest-environment jsdom
/** Email validation on the certificate page: the simulated approval per domain, through the engine. */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, describe, expect, it, vi } from 'vitest';

// As in pages.test.tsx: under jsdom real X.509 issuance cannot run (tested in Node and e2e), so issuing only flips the status.
vi.mock('@/acm/model/issue', async (orig) => ({
  ...(await orig<typeof import('@/acm/model/issue')>()),
  issue: async (_acm: unknown, cert: { status: string; validations: { ValidationStatus: string }[] }) => {
    cert.status = 'ISSUED';
    for (const v of cert.validations) v.ValidationStatus = 'SUCCESS';
  },
}));
import { principalForUser } from '@/iam/state';
import { setIdentity } from '@/state/console-store';
import { freshConsole, iamAsRoot } from '@/state/testing/console';
import { CertificateDetailPage } from './detail-page';

afterEach(cleanup);

const requestByEmail = async (cloud: ReturnType<typeof freshConsole>, domain: string, sans?: string[]) =>
  (
    await cloud.call({
      service: 'acm',
      operation: 'RequestCertificate',
      input: { DomainName: domain, ValidationMethod: 'EMAIL', ...(sans ? { SubjectAlternativeNames: sans } : {}) },
      region: 'us-east-1',
    })
  ).CertificateArn as string;

const status = () => within(screen.getByRole('region', { name: 'Certificate status' }));

describe('Email validation approval (simulated)', () => {
  it('approves each domain in turn, says what AWS really does, and issues the certificate', async () => {
    const user = person();
    const cloud = freshConsole();
    const arn = await requestByEmail(cloud, 'shop.example.org', ['shop.example.org', 'www.example.org']);
    render(<CertificateDetailPage id={arn.split('/').pop()!} />);
    expect(await screen.findByText(/AWS sends a real email to each domain's registered contacts/)).toBeTruthy();
    expect(screen.getByText(/The lab has no mailbox/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create records in Route 53' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Approve validation email (simulated) for shop.example.org' }));
    await screen.findByText(/Simulated approval of the validation email for shop\.example\.org\. Approve the other domains/);
    await waitFor(() => expect(screen.queryByRole('button', { name: /for shop\.example\.org/ })).toBeNull());
    expect(status().getByText('Pending validation')).toBeTruthy();
    expect(cloud.state.trail.filter((e) => e.eventName === 'ApproveValidationEmail').map((e) => [e.eventSource, e.errorCode])).toEqual([
      ['mailbox.kmslab.simulated', undefined],
    ]);

    await user.click(screen.getByRole('button', { name: 'Approve validation email (simulated) for www.example.org' }));
    await screen.findByText(/Every domain is approved: ACM issued the certificate\./);
    await waitFor(() => expect(status().getByText('Issued')).toBeTruthy());
    expect(screen.queryByRole('button', { name: /Approve validation email/ })).toBeNull();
    expect(screen.queryByText(/aws mailbox/)).toBeNull();
  });

  it('offers no approval on a DNS-validated certificate', async () => {
    const cloud = freshConsole();
    const { CertificateArn } = await cloud.call({
      service: 'acm',
      operation: 'RequestCertificate',
      input: { DomainName: 'www.example.com', ValidationMethod: 'DNS' },
      region: 'us-east-1',
    });
    render(<CertificateDetailPage id={String(CertificateArn).split('/').pop()!} />);
    await screen.findByRole('button', { name: 'Create records in Route 53' });
    expect(screen.queryByRole('button', { name: /Approve validation email/ })).toBeNull();
    expect(screen.queryByText(/The lab has no mailbox/)).toBeNull();
  });

  it("shows the engine's error when the approval is refused", async () => {
    const user = person();
    const cloud = freshConsole();
    const arn = await requestByEmail(cloud, 'shop.example.org');
    // A user who may use ACM but not the (simulated) mailbox: the engine refuses, the page says why.
    await iamAsRoot(cloud, 'CreateUser', { UserName: 'cert-admin' });
    await iamAsRoot(cloud, 'PutUserPolicy', {
      UserName: 'cert-admin',
      PolicyName: 'acm-only',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'acm:*', Resource: '*' }] }),
    });
    setIdentity(principalForUser(cloud.state.iam, 'cert-admin')!);
    render(<CertificateDetailPage id={arn.split('/').pop()!} />);
    await user.click(await screen.findByRole('button', { name: 'Approve validation email (simulated) for shop.example.org' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Failed to approve the validation email for shop.example.org');
    expect(alert.textContent).toContain('is not authorized to perform: mailbox:ApproveValidationEmail');
    expect(status().getByText('Pending validation')).toBeTruthy();
  });
});
