/** "Certificates": the Region's certificates, as ACM's list shows them, with Delete / Import / Request. */
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { QueryStatus } from '@/components/ui/query-status';
import { Table } from '@/components/ui/table';
import { useConsole } from '@/state/console-store';
import { useConsoleQuery } from '@/state/use-console-query';
import { callerFor } from '@/state/console-client';
import { useAction } from '@/state/use-action';
import { KEY_TEXT, STATUS_TEXT, TYPE_TEXT } from '@/features/acm-console/lib/format';
import { certId, href, navigate, paths } from '@/features/acm-console/lib/links';
import { ActionResult } from '@/features/acm-console/ui/action-result';
import { AcmLayout } from '@/features/acm-console/ui/layout';
import { CERTIFICATE_STATUS, StatusIndicator } from '@/components/ui/status-indicator';

const call = callerFor('acm');

interface Summary {
  CertificateArn: string;
  DomainName: string;
  Type: string;
  Status: string;
  InUse: boolean;
  RenewalEligibility: string;
  KeyAlgorithm: string;
}

const ALL_KEYS = ['RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1'];

export function CertificateListPage() {
  const heading = useId();
  const region = useConsole((s) => s.region);
  const q = useConsoleQuery(
    async () => (await call<{ CertificateSummaryList: Summary[] }>('ListCertificates', { Includes: { keyTypes: ALL_KEYS } })).CertificateSummaryList,
  );
  const [selected, setSelected] = useState<string[]>([]);
  const [confirm, setConfirm] = useState(false);
  const action = useAction('acm');
  const rows = q.status === 'ready' ? q.data : [];
  const chosen = rows.find((r) => r.CertificateArn === selected[0]);

  return (
    <AcmLayout
      current={paths.list}
      title="Certificates"
      actions={
        <>
          <Button disabled={!chosen} onClick={() => setConfirm(true)}>
            Delete
          </Button>
          <Button onClick={() => navigate(paths.import)}>Import</Button>
          <Button variant="primary" onClick={() => navigate(paths.request)}>
            Request
          </Button>
        </>
      }
      description={<p>Certificates are regional: this list shows {region} only. CloudFront uses certificates from US East (N. Virginia) us-east-1.</p>}
    >
      <ActionResult result={action.result} onDismiss={action.clear} />
      <h2 id={heading}>Certificates ({rows.length})</h2>
      <QueryStatus query={q} failed="Failed to list certificates" />
      <Table<Summary>
        labelledBy={heading}
        rows={rows}
        rowKey={(r) => r.CertificateArn}
        empty={q.status === 'loading' ? 'Loading certificates…' : `No certificates in ${region}. Request or import one.`}
        selection={{ selected, onChange: setSelected, label: (r) => `Select ${r.DomainName}`, single: true }}
        columns={[
          {
            header: 'Certificate ID',
            className: 'mono',
            cell: (r) => <a href={href(paths.certificate(certId(r.CertificateArn)))}>{certId(r.CertificateArn)}</a>,
          },
          { header: 'Domain name', cell: (r) => r.DomainName },
          { header: 'Type', cell: (r) => TYPE_TEXT[r.Type] ?? r.Type },
          {
            header: 'Status',
            cell: (r) => <StatusIndicator type={CERTIFICATE_STATUS[r.Status] ?? 'info'}>{STATUS_TEXT[r.Status] ?? r.Status}</StatusIndicator>,
          },
          { header: 'In use', cell: (r) => (r.InUse ? 'Yes' : 'No') },
          { header: 'Renewal eligibility', cell: (r) => (r.RenewalEligibility === 'ELIGIBLE' ? 'Eligible' : 'Ineligible') },
          { header: 'Key algorithm', cell: (r) => KEY_TEXT[r.KeyAlgorithm] ?? r.KeyAlgorithm },
        ]}
      />
      {confirm && chosen && (
        <ConfirmDialog
          title="Delete certificate"
          confirmText="delete"
          errorTitle="Failed to delete certificate"
          onClose={() => setConfirm(false)}
          onConfirm={async () => {
            const out = await action.run((c) => c('DeleteCertificate', { CertificateArn: chosen.CertificateArn }), {
              success: `Successfully deleted certificate ${certId(chosen.CertificateArn)}.`,
              failure: 'Failed to delete certificate',
            });
            setConfirm(false);
            if (out.ok) setSelected([]);
          }}
        >
          <p>
            Delete certificate <span className="mono">{certId(chosen.CertificateArn)}</span> ({chosen.DomainName})? You can't delete a certificate that is in
            use.
          </p>
        </ConfirmDialog>
      )}
    </AcmLayout>
  );
}
