/**
 * "Import certificate": PEM certificate body, private key and optional chain, pasted or read
 * from files; one ImportCertificate call. ACM's own answer explains what is wrong with the PEM.
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextArea } from '@/components/ui/form-field';
import { utf8 } from '@/core/bytes';
import { useConsole } from '@/state/console-store';
import { useAction } from '@/state/use-action';
import { certId, href, navigate, paths } from '@/features/acm-console/lib/links';
import { ActionResult } from '@/features/acm-console/ui/action-result';
import { AcmLayout } from '@/features/acm-console/ui/layout';

function FilePick({ label, onText }: { label: string; onText(t: string): void }) {
  return (
    <label className="acm-row">
      <span>{label}</span>
      <input type="file" accept=".pem,.crt,.key,.cer,text/plain" onChange={(e) => void e.target.files?.[0]?.text().then(onText)} />
    </label>
  );
}

export function ImportCertificatePage() {
  const region = useConsole((s) => s.region);
  const [body, setBody] = useState('');
  const [key, setKey] = useState('');
  const [chain, setChain] = useState('');
  const [tried, setTried] = useState(false);
  const action = useAction('acm');

  async function submit() {
    setTried(true);
    if (!body.trim() || !key.trim()) return;
    const input: Record<string, unknown> = { Certificate: utf8(body), PrivateKey: utf8(key) };
    if (chain.trim()) input.CertificateChain = utf8(chain);
    const out = await action.run((c) => c<{ CertificateArn: string }>('ImportCertificate', input), {
      success: (v) => `Successfully imported certificate ${certId(v.CertificateArn)}.`,
      failure: 'Failed to import certificate',
    });
    if (out.ok) navigate(paths.certificate(certId(out.value.CertificateArn)));
  }

  return (
    <AcmLayout
      current={paths.import}
      title="Import certificate"
      crumbs={[{ label: 'Certificates', href: href(paths.list) }]}
      description={<p>The certificate is imported into {region}. Imported certificates are not renewed by ACM: import a new one before it expires.</p>}
    >
      <ActionResult result={action.result} onDismiss={action.clear} />
      <form className="acm-form" noValidate onSubmit={(e) => (e.preventDefault(), void submit())}>
        <TextArea
          label="Certificate body"
          hint="PEM-encoded, beginning with -----BEGIN CERTIFICATE-----"
          rows={6}
          value={body}
          onChange={setBody}
          error={tried && !body.trim() ? 'Enter the certificate body.' : undefined}
        />
        <FilePick label="Or choose a certificate file" onText={setBody} />
        <TextArea
          label="Certificate private key"
          hint="PEM-encoded and unencrypted, beginning with -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----"
          rows={6}
          value={key}
          onChange={setKey}
          error={tried && !key.trim() ? 'Enter the private key.' : undefined}
        />
        <FilePick label="Or choose a private key file" onText={setKey} />
        <TextArea label="Certificate chain - optional" rows={4} value={chain} onChange={setChain} />
        <div className="acm-row">
          <Button onClick={() => navigate(paths.list)}>Cancel</Button>
          <Button variant="primary" type="submit" disabled={action.busy}>
            Import certificate
          </Button>
        </div>
      </form>
    </AcmLayout>
  );
}
