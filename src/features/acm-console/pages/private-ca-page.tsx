/** AWS Private CA: the Region's private CAs and a short form to create a root CA (CreateCertificateAuthority). */
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/form-field';
import { Table } from '@/components/ui/table';
import { QueryStatus } from '@/components/ui/query-status';
import { useConsoleQuery } from '@/state/use-console-query';
import { callerFor } from '@/state/console-client';
import { useAction } from '@/state/use-action';
import { fmtDate } from '@/features/acm-console/lib/format';
import { paths } from '@/features/acm-console/lib/links';
import { ActionResult } from '@/features/acm-console/ui/action-result';
import { AcmLayout } from '@/features/acm-console/ui/layout';

const call = callerFor('acm');

interface Ca {
  Arn: string;
  Status: string;
  Type: string;
  NotAfter: Date;
  CertificateAuthorityConfiguration: { KeyAlgorithm: string; Subject: { CommonName?: string; Organization?: string } };
}
const SIGNING: Record<string, string> = { RSA_2048: 'SHA256WITHRSA', EC_prime256v1: 'SHA256WITHECDSA', EC_secp384r1: 'SHA384WITHECDSA' };

export function PrivateCaPage() {
  const heading = useId();
  const q = useConsoleQuery(async () => (await call<{ CertificateAuthorities: Ca[] }>('ListCertificateAuthorities', {}, 'acm-pca')).CertificateAuthorities);
  const [cn, setCn] = useState('');
  const [org, setOrg] = useState('');
  const [alg, setAlg] = useState('RSA_2048');
  const [tried, setTried] = useState(false);
  const action = useAction('acm');
  const rows = q.status === 'ready' ? q.data : [];
  const cnError = cn.trim() ? undefined : 'Enter a common name for the CA.';

  return (
    <AcmLayout
      current={paths.cas}
      title="Private certificate authorities"
      description={<p>A private CA issues certificates trusted only where its certificate is installed. The lab creates root CAs, ready to issue.</p>}
    >
      <ActionResult result={action.result} onDismiss={action.clear} />
      <h2 id={heading}>Private certificate authorities ({rows.length})</h2>
      <QueryStatus query={q} failed="Failed to list private certificate authorities" />
      <Table<Ca>
        labelledBy={heading}
        rows={rows}
        rowKey={(r) => r.Arn}
        empty="No private certificate authorities in this Region."
        columns={[
          { header: 'Subject', cell: (r) => r.CertificateAuthorityConfiguration.Subject.CommonName ?? '–' },
          { header: 'ID', className: 'mono', cell: (r) => r.Arn.split('/').pop() },
          { header: 'Status', cell: (r) => r.Status },
          { header: 'Type', cell: (r) => r.Type },
          { header: 'Key algorithm', cell: (r) => r.CertificateAuthorityConfiguration.KeyAlgorithm },
          { header: 'Expires', cell: (r) => fmtDate(r.NotAfter) },
        ]}
      />
      <form
        className="acm-form acm-section"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (cnError) return;
          const Subject: Record<string, string> = { CommonName: cn.trim() };
          if (org.trim()) Subject.Organization = org.trim();
          void action.run(
            (c) =>
              c(
                'CreateCertificateAuthority',
                { CertificateAuthorityType: 'ROOT', CertificateAuthorityConfiguration: { KeyAlgorithm: alg, SigningAlgorithm: SIGNING[alg], Subject } },
                'acm-pca',
              ),
            { success: `Created root CA ${cn.trim()}.`, failure: 'Failed to create CA' },
          );
        }}
      >
        <h2>Create a root CA</h2>
        <TextField label="Common name (CN)" value={cn} onChange={setCn} error={tried ? cnError : undefined} />
        <TextField label="Organization (O) - optional" value={org} onChange={setOrg} />
        <SelectField
          label="Key algorithm"
          value={alg}
          onChange={setAlg}
          options={[
            { value: 'RSA_2048', label: 'RSA 2048' },
            { value: 'EC_prime256v1', label: 'ECDSA P256' },
            { value: 'EC_secp384r1', label: 'ECDSA P384' },
          ]}
        />
        <div className="acm-row">
          <Button variant="primary" type="submit" disabled={action.busy}>
            Create CA
          </Button>
        </div>
      </form>
    </AcmLayout>
  );
}
