/**
 * Choose an ACM certificate: the issued certificates of the Region selected in the top bar, or
 * an ARN typed in. The services check the certificate's Region, as AWS does, so picking one from
 * the wrong Region fails with the service's own error.
 */
import { SelectField, TextField } from '@/components/ui/form-field';
import { useConsole } from '@/state/console-store';
import { QueryStatus } from '@/components/ui/query-status';
import { useConsoleQuery } from '@/state/use-console-query';
import { callerFor } from '@/state/console-client';

const call = callerFor('acm');

const ALL_KEYS = ['RSA_2048', 'EC_prime256v1', 'EC_secp384r1', 'RSA_1024', 'RSA_3072', 'RSA_4096', 'EC_secp521r1'];

export function CertificatePicker({ label, value, onChange, error }: { label: string; value: string; onChange(arn: string): void; error?: string }) {
  const region = useConsole((s) => s.region);
  const q = useConsoleQuery(
    async () =>
      (
        await call<{ CertificateSummaryList: { CertificateArn: string; DomainName: string; Status: string }[] }>('ListCertificates', {
          Includes: { keyTypes: ALL_KEYS },
        })
      ).CertificateSummaryList,
  );
  const certs = q.status === 'ready' ? q.data : [];
  return (
    <>
      <SelectField
        label={label}
        hint={`Certificates of ${region} (the Region selected in the top bar).`}
        value={certs.some((c) => c.CertificateArn === value) ? value : ''}
        onChange={onChange}
        error={error}
        options={[
          { value: '', label: 'Choose a certificate' },
          ...certs.map((c) => ({ value: c.CertificateArn, label: `${c.DomainName} (${c.CertificateArn.split('/').pop()}) - ${c.Status}` })),
        ]}
      />
      <QueryStatus query={q} failed="Failed to list certificates" />
      <TextField label="Or certificate ARN" value={value} onChange={onChange} placeholder="arn:aws:acm:us-east-1:111122223333:certificate/..." />
    </>
  );
}
