/**
 * "Export certificate": a passphrase (entered twice) that encrypts the private key; then the
 * certificate body, chain and encrypted private key, each copyable. One ExportCertificate call.
 */
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { CodeBlock } from '@/components/ui/code-block';
import { TextField } from '@/components/ui/form-field';
import { utf8 } from '@/core/bytes';
import { useConsole } from '@/state/console-store';
import { ACCOUNT_ID } from '@/core/ids';
import { useAction } from '@/state/use-action';
import { href, paths } from '@/features/acm-console/lib/links';
import { ActionResult } from '@/features/acm-console/ui/action-result';
import { AcmLayout } from '@/features/acm-console/ui/layout';

interface Exported {
  Certificate: string;
  CertificateChain?: string;
  PrivateKey: string;
}

export function ExportCertificatePage({ id }: { id: string }) {
  const region = useConsole((s) => s.region);
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [tried, setTried] = useState(false);
  const [out, setOut] = useState<Exported>();
  const action = useAction('acm');
  const passError =
    pass.length < 4
      ? 'The passphrase must be at least 4 characters long.'
      : pass.length > 128
        ? 'The passphrase can be at most 128 characters long.'
        : undefined;
  const againError = again !== pass ? 'The passphrases do not match.' : undefined;

  async function submit() {
    setTried(true);
    if (passError || againError) return;
    const o = await action.run(
      (c) => c<Exported>('ExportCertificate', { CertificateArn: `arn:aws:acm:${region}:${ACCOUNT_ID}:certificate/${id}`, Passphrase: utf8(pass) }),
      { success: 'Certificate exported. The private key is encrypted with your passphrase.', failure: 'Failed to export certificate' },
    );
    if (o.ok) setOut(o.value);
  }

  return (
    <AcmLayout
      current={paths.list}
      title="Export certificate"
      crumbs={[
        { label: 'Certificates', href: href(paths.list) },
        { label: id, href: href(paths.certificate(id)) },
      ]}
    >
      <ActionResult result={action.result} onDismiss={action.clear} />
      {!out ? (
        <form className="acm-form" noValidate onSubmit={(e) => (e.preventDefault(), void submit())}>
          <p>
            Enter a passphrase. ACM encrypts the private key with it (PKCS #8); you need it to decrypt the key, for example with{' '}
            <span className="mono">openssl pkey -in private_key.pem</span>.
          </p>
          <TextField label="Passphrase" type="password" autoComplete="new-password" value={pass} onChange={setPass} error={tried ? passError : undefined} />
          <TextField
            label="Confirm passphrase"
            type="password"
            autoComplete="new-password"
            value={again}
            onChange={setAgain}
            error={tried ? againError : undefined}
          />
          <div className="acm-row">
            <Button variant="primary" type="submit" disabled={action.busy}>
              Generate PEM encoding
            </Button>
          </div>
        </form>
      ) : (
        <>
          <h2>Certificate body</h2>
          <CodeBlock code={out.Certificate} label="Certificate body" />
          {out.CertificateChain && (
            <>
              <h2>Certificate chain</h2>
              <CodeBlock code={out.CertificateChain} label="Certificate chain" />
            </>
          )}
          <h2>Certificate private key</h2>
          <CodeBlock code={out.PrivateKey} label="Certificate private key" />
        </>
      )}
    </AcmLayout>
  );
}
