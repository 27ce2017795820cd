/**
 * A certificate: status, domains with their validation records ("Create records in Route 53",
 * or for email validation "Approve validation email (simulated)": the lab has no mailbox, so the
 * approval link of AWS's email is the lab-only mailbox ApproveValidationEmail call),
 * details, in use by, tags; actions Export and Delete. Everything read through DescribeCertificate.
 */
import { useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useFocusLater } from '@/components/ui/focus-later';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { QueryStatus } from '@/components/ui/query-status';
import { Table } from '@/components/ui/table';
import { ACCOUNT_ID } from '@/core/ids';
import { useConsole } from '@/state/console-store';
import { useConsoleQuery } from '@/state/use-console-query';
import { callerFor } from '@/state/console-client';
import { useAction } from '@/state/use-action';
import { fmtDate, KEY_TEXT, STATUS_TEXT, TYPE_TEXT } from '@/features/acm-console/lib/format';
import { navigate, paths } from '@/features/acm-console/lib/links';
import { ActionResult } from '@/features/acm-console/ui/action-result';
import { AcmLayout } from '@/features/acm-console/ui/layout';
import { TagsSection } from './tags-section';
import { CERTIFICATE_STATUS, StatusIndicator } from '@/components/ui/status-indicator';

const call = callerFor('acm');

/** The lab's one simulated public hosted zone (src/acm/usage/route53.ts). */
export const HOSTED_ZONE_ID = 'Z0KMSLABEXAMPLE';

interface Validation {
  DomainName: string;
  ValidationStatus: string;
  ValidationMethod: string;
  ResourceRecord?: { Name: string; Type: string; Value: string };
  ValidationEmails?: string[];
}

export function CertificateDetailPage({ id }: { id: string }) {
  const region = useConsole((s) => s.region);
  const arn = `arn:aws:acm:${region}:${ACCOUNT_ID}:certificate/${id}`;
  const q = useConsoleQuery(async () => (await call('DescribeCertificate', { CertificateArn: arn })).Certificate, [arn]);
  const action = useAction('acm');
  const [confirm, setConfirm] = useState(false);
  const domainsHeading = useId();
  // "Create records in Route 53" is disabled while it runs, then goes away: focus, dropped to the
  // page meanwhile, goes to the Domains heading (unless the user has put it somewhere since).
  const domainsRef = useRef<HTMLHeadingElement>(null);
  const focusLater = useFocusLater();
  const c = q.status === 'ready' ? q.data : undefined;

  const createRecords = (validations: Validation[]) => {
    const seen = new Set<string>();
    const Changes = validations
      .filter((v) => v.ResourceRecord && !seen.has(v.ResourceRecord.Name) && seen.add(v.ResourceRecord.Name))
      .map((v) => ({
        Action: 'UPSERT',
        ResourceRecordSet: { Name: v.ResourceRecord!.Name, Type: 'CNAME', TTL: 300, ResourceRecords: [{ Value: v.ResourceRecord!.Value }] },
      }));
    return action.run((call) => call('ChangeResourceRecordSets', { HostedZoneId: HOSTED_ZONE_ID, ChangeBatch: { Changes } }, 'route53'), {
      success: `Successfully created DNS records in Route 53 (${Changes.length}). ACM validates the domains and issues the certificate.`,
      failure: 'Failed to create DNS records',
    });
  };

  // Not an AWS API (the approval is a link in an email), so there is no CLI equivalent to record:
  // the call goes through the console's plain (non-recording) caller.
  const approveEmail = (domain: string) =>
    action.run(() => call('ApproveValidationEmail', { CertificateArn: arn, Domain: domain }, 'mailbox'), {
      success: (out: { CertificateStatus: string }) =>
        `Simulated approval of the validation email for ${domain}. ${out.CertificateStatus === 'ISSUED' ? 'Every domain is approved: ACM issued the certificate.' : 'Approve the other domains to issue the certificate.'} (No CLI equivalent: in AWS this is the link in the email.)`,
      failure: `Failed to approve the validation email for ${domain}`,
    });
  const emailPending = (v: Validation) => c?.Status === 'PENDING_VALIDATION' && v.ValidationMethod === 'EMAIL' && v.ValidationStatus === 'PENDING_VALIDATION';

  return (
    <AcmLayout
      current={paths.list}
      title={id}
      crumbs={[{ label: 'Certificates', href: `#/${paths.list}` }]}
      actions={
        c && (
          <>
            <Button onClick={() => setConfirm(true)}>Delete</Button>
            {c.Options?.Export === 'ENABLED' && <Button onClick={() => navigate(paths.export(id))}>Export</Button>}
          </>
        )
      }
    >
      <ActionResult result={action.result} onDismiss={action.clear} />
      <QueryStatus query={q} loading="Loading certificate…" failed={`Failed to load certificate ${id} in ${region}`} />
      {c && (
        <>
          <section className="acm-section" aria-labelledby="cert-status">
            <h2 id="cert-status">Certificate status</h2>
            <dl className="acm-kv">
              <div>
                <dt>Identifier</dt>
                <dd className="mono">{id}</dd>
              </div>
              <div>
                <dt>ARN</dt>
                <dd className="mono">{c.CertificateArn}</dd>
              </div>
              <div>
                <dt>Type</dt>
                <dd>{TYPE_TEXT[c.Type] ?? c.Type}</dd>
              </div>
              <div>
                <dt>Status</dt>
                <dd>
                  <StatusIndicator type={CERTIFICATE_STATUS[c.Status] ?? 'info'}>{STATUS_TEXT[c.Status] ?? c.Status}</StatusIndicator>
                </dd>
              </div>
              {c.FailureReason && (
                <div>
                  <dt>Failure reason</dt>
                  <dd>{c.FailureReason}</dd>
                </div>
              )}
            </dl>
          </section>
          {c.DomainValidationOptions && (
            <section className="acm-section" aria-labelledby={domainsHeading}>
              <div className="page-header">
                <h2 id={domainsHeading} ref={domainsRef} tabIndex={-1}>
                  Domains ({c.DomainValidationOptions.length})
                </h2>
                {c.Status === 'PENDING_VALIDATION' && c.DomainValidationOptions.some((v: Validation) => v.ResourceRecord) && (
                  <Button
                    variant="primary"
                    disabled={action.busy}
                    onClick={() =>
                      void createRecords(c.DomainValidationOptions).then(() =>
                        focusLater(() => (document.activeElement === document.body ? domainsRef.current : null)),
                      )
                    }
                  >
                    Create records in Route 53
                  </Button>
                )}
              </div>
              <Table<Validation>
                labelledBy={domainsHeading}
                rows={c.DomainValidationOptions}
                rowKey={(v) => v.DomainName}
                columns={[
                  { header: 'Domain', cell: (v) => v.DomainName },
                  {
                    header: 'Status',
                    cell: (v) => (
                      <StatusIndicator type={CERTIFICATE_STATUS[v.ValidationStatus] ?? 'info'}>
                        {STATUS_TEXT[v.ValidationStatus] ?? v.ValidationStatus}
                      </StatusIndicator>
                    ),
                  },
                  { header: 'Type', cell: (v) => (v.ResourceRecord ? 'CNAME' : 'Email') },
                  { header: 'CNAME name', className: 'mono', cell: (v) => v.ResourceRecord?.Name ?? '–' },
                  { header: 'CNAME value', className: 'mono', cell: (v) => v.ResourceRecord?.Value ?? (v.ValidationEmails ?? []).join(', ') },
                  ...(c.DomainValidationOptions.some((v: Validation) => v.ValidationMethod === 'EMAIL')
                    ? [
                        {
                          header: 'Email approval',
                          cell: (v: Validation) =>
                            emailPending(v) ? (
                              <Button
                                disabled={action.busy}
                                aria-label={`Approve validation email (simulated) for ${v.DomainName}`}
                                onClick={() => void approveEmail(v.DomainName)}
                              >
                                Approve validation email (simulated)
                              </Button>
                            ) : (
                              '–'
                            ),
                        },
                      ]
                    : []),
                ]}
              />
              {c.Status === 'PENDING_VALIDATION' && c.DomainValidationOptions.some((v: Validation) => v.ValidationMethod === 'EMAIL') && (
                <p className="muted">
                  With email validation, AWS sends a real email to each domain's registered contacts and to admin@, administrator@, hostmaster@, postmaster@ and
                  webmaster@ the validation domain; the certificate is issued once every domain's email has been approved through its link. The lab has no
                  mailbox: "Approve validation email (simulated)" stands in for that click.
                </p>
              )}
              {c.Status === 'PENDING_VALIDATION' && (
                <p className="muted">
                  Validation must complete within 72 hours of the request, or the status becomes "Validation timed out" and you must request the certificate
                  again.
                </p>
              )}
            </section>
          )}
          <section className="acm-section" aria-labelledby="cert-details">
            <h2 id="cert-details">Details</h2>
            <dl className="acm-kv">
              <div>
                <dt>In use</dt>
                <dd>{c.InUseBy.length ? 'Yes' : 'No'}</dd>
              </div>
              <div>
                <dt>Domain name</dt>
                <dd>{c.DomainName}</dd>
              </div>
              <div>
                <dt>Number of additional names</dt>
                <dd>{Math.max(0, c.SubjectAlternativeNames.length - 1)}</dd>
              </div>
              <div>
                <dt>Serial number</dt>
                <dd className="mono">{c.Serial ?? '–'}</dd>
              </div>
              <div>
                <dt>Public key info</dt>
                <dd>{KEY_TEXT[c.KeyAlgorithm] ?? c.KeyAlgorithm}</dd>
              </div>
              <div>
                <dt>Signature algorithm</dt>
                <dd>{c.SignatureAlgorithm ?? '–'}</dd>
              </div>
              <div>
                <dt>Requested at</dt>
                <dd>{fmtDate(c.CreatedAt ?? c.ImportedAt)}</dd>
              </div>
              <div>
                <dt>Issued at</dt>
                <dd>{fmtDate(c.IssuedAt ?? c.ImportedAt)}</dd>
              </div>
              <div>
                <dt>Not before</dt>
                <dd>{fmtDate(c.NotBefore)}</dd>
              </div>
              <div>
                <dt>Not after</dt>
                <dd>{fmtDate(c.NotAfter)}</dd>
              </div>
              <div>
                <dt>Renewal eligibility</dt>
                <dd>{c.RenewalEligibility === 'ELIGIBLE' ? 'Eligible' : 'Ineligible'}</dd>
              </div>
              {c.RenewalSummary && (
                <div>
                  <dt>Renewal status</dt>
                  <dd>{STATUS_TEXT[c.RenewalSummary.RenewalStatus] ?? c.RenewalSummary.RenewalStatus}</dd>
                </div>
              )}
              <div>
                <dt>Export</dt>
                <dd>{c.Options?.Export === 'ENABLED' ? 'Enabled' : 'Disabled'}</dd>
              </div>
            </dl>
            <h3>Associated resources ({c.InUseBy.length})</h3>
            {c.InUseBy.length ? (
              <ul>
                {c.InUseBy.map((r: string) => (
                  <li key={r} className="mono">
                    {r}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">Not in use. Associate it with a CloudFront distribution, a load balancer or an API Gateway custom domain.</p>
            )}
          </section>
          <TagsSection arn={c.CertificateArn} />
        </>
      )}
      {confirm && c && (
        <ConfirmDialog
          title="Delete certificate"
          confirmText="delete"
          onClose={() => setConfirm(false)}
          onConfirm={async () => {
            const out = await action.run((call) => call('DeleteCertificate', { CertificateArn: c.CertificateArn }), {
              success: `Successfully deleted certificate ${id}.`,
              failure: 'Failed to delete certificate',
            });
            if (out.ok) navigate(paths.list);
          }}
        >
          <p>
            Delete certificate <span className="mono">{id}</span> ({c.DomainName})? You can't delete a certificate that is in use.
          </p>
        </ConfirmDialog>
      )}
    </AcmLayout>
  );
}
