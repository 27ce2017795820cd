/**
 * "Request certificate": first the certificate type (public or private), then the form AWS
 * shows: fully qualified domain names, export option (public), validation method (public),
 * key algorithm, private CA (private), tags. Ends in one RequestCertificate call.
 */
import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useFocusLater } from '@/components/ui/focus-later';
import { SelectField, TextField } from '@/components/ui/form-field';
import { useConsole } from '@/state/console-store';
import { QueryStatus } from '@/components/ui/query-status';
import { useConsoleQuery } from '@/state/use-console-query';
import { callerFor } from '@/state/console-client';
import { useAction } from '@/state/use-action';
import { certId, navigate, paths } from '@/features/acm-console/lib/links';
import { ActionResult } from '@/features/acm-console/ui/action-result';
import { AcmLayout } from '@/features/acm-console/ui/layout';

const call = callerFor('acm');

const DOMAIN = /^(\*\.)?(((?!-)[A-Za-z0-9-]{0,62}[A-Za-z0-9])\.)+((?!-)[A-Za-z0-9-]{1,62}[A-Za-z0-9])$/;

function Radio({
  name,
  value,
  checked,
  onChange,
  label,
  description,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange(v: string): void;
  label: string;
  description?: string;
}) {
  const id = `${name}-${value}`;
  return (
    <div className="radio">
      <input
        type="radio"
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
        aria-describedby={description ? `${id}-d` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {description && (
        <p id={`${id}-d`} className="checkbox__description">
          {description}
        </p>
      )}
    </div>
  );
}

export function RequestCertificatePage() {
  const region = useConsole((s) => s.region);
  const [step, setStep] = useState<1 | 2>(1);
  // Next replaces the whole form: focus goes to the second step's heading.
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const focusLater = useFocusLater();
  const [kind, setKind] = useState<'public' | 'private'>('public');
  const [names, setNames] = useState<string[]>(['']);
  const [exportable, setExportable] = useState('DISABLED');
  const [method, setMethod] = useState('DNS');
  const [keyAlg, setKeyAlg] = useState('RSA_2048');
  const [ca, setCa] = useState('');
  const [tried, setTried] = useState(false);
  const action = useAction('acm');
  const cas = useConsoleQuery(
    async () =>
      (
        await call<{ CertificateAuthorities: { Arn: string; CertificateAuthorityConfiguration: { Subject: { CommonName?: string } } }[] }>(
          'ListCertificateAuthorities',
          {},
          'acm-pca',
        )
      ).CertificateAuthorities,
  );
  const caList = cas.status === 'ready' ? cas.data : [];
  const errors = names.map((n) =>
    !n.trim()
      ? 'Enter a fully qualified domain name.'
      : DOMAIN.test(n.trim())
        ? undefined
        : 'Enter a valid domain name, such as www.example.com or *.example.com.',
  );
  const caError = kind === 'private' && !ca ? 'Choose a private certificate authority.' : undefined;

  async function submit() {
    setTried(true);
    if (errors.some(Boolean) || caError) return;
    const [first, ...rest] = names.map((n) => n.trim());
    const input: Record<string, unknown> = { DomainName: first, KeyAlgorithm: keyAlg };
    if (rest.length) input.SubjectAlternativeNames = [first, ...rest];
    if (kind === 'public') {
      input.ValidationMethod = method;
      if (exportable === 'ENABLED') input.Options = { Export: 'ENABLED' };
    } else input.CertificateAuthorityArn = ca;
    const out = await action.run((c) => c<{ CertificateArn: string }>('RequestCertificate', input), {
      success: (v) => `Successfully requested certificate with ID ${certId(v.CertificateArn)}.`,
      failure: 'Failed to request certificate',
    });
    if (out.ok) navigate(paths.certificate(certId(out.value.CertificateArn)));
  }

  return (
    <AcmLayout
      current={paths.request}
      title="Request certificate"
      crumbs={[{ label: 'Certificates', href: `#/${paths.list}` }]}
      description={
        <p>
          {region === 'us-east-1'
            ? 'The certificate is created in US East (N. Virginia) us-east-1, the Region CloudFront takes its certificates from.'
            : `The certificate is created in ${region}. To use it with CloudFront, request it in US East (N. Virginia) us-east-1.`}
        </p>
      }
    >
      <ActionResult result={action.result} onDismiss={action.clear} />
      {step === 1 ? (
        <form className="acm-form" onSubmit={(e) => (e.preventDefault(), setStep(2), focusLater(() => stepHeading.current))}>
          <fieldset>
            <legend>Certificate type</legend>
            <Radio
              name="cert-type"
              value="public"
              checked={kind === 'public'}
              onChange={() => setKind('public')}
              label="Request a public certificate"
              description="Request a public SSL/TLS certificate from Amazon. Public certificates are trusted by browsers and operating systems."
            />
            <Radio
              name="cert-type"
              value="private"
              checked={kind === 'private'}
              onChange={() => setKind('private')}
              label="Request a private certificate"
              description="Request a private certificate from an AWS Private CA of this Region. Private certificates are trusted only where you install the CA."
            />
          </fieldset>
          <div className="acm-row">
            <Button onClick={() => navigate(paths.list)}>Cancel</Button>
            <Button variant="primary" type="submit">
              Next
            </Button>
          </div>
        </form>
      ) : (
        <form className="acm-form" onSubmit={(e) => (e.preventDefault(), void submit())} noValidate>
          <h2 ref={stepHeading} tabIndex={-1}>
            {kind === 'public' ? 'Request public certificate' : 'Request private certificate'}
          </h2>
          <fieldset>
            <legend>Domain names</legend>
            {names.map((n, i) => (
              <div className="acm-row" key={i}>
                <TextField
                  label={i === 0 ? 'Fully qualified domain name' : `Additional name ${i}`}
                  value={n}
                  placeholder="www.example.com"
                  error={tried ? errors[i] : undefined}
                  onChange={(v) => setNames(names.map((x, j) => (j === i ? v : x)))}
                />
                {i > 0 && (
                  <Button onClick={() => setNames(names.filter((_, j) => j !== i))} aria-label={`Remove name ${i}`}>
                    Remove
                  </Button>
                )}
              </div>
            ))}
            <Button onClick={() => setNames([...names, ''])}>Add another name to this certificate</Button>
          </fieldset>
          {kind === 'public' ? (
            <>
              <fieldset>
                <legend>Allow export</legend>
                <Radio name="export" value="DISABLED" checked={exportable === 'DISABLED'} onChange={setExportable} label="Disable export" />
                <Radio
                  name="export"
                  value="ENABLED"
                  checked={exportable === 'ENABLED'}
                  onChange={setExportable}
                  label="Enable export"
                  description="The certificate and its private key can be exported to use anywhere (AWS charges for exportable public certificates)."
                />
              </fieldset>
              <fieldset>
                <legend>Validation method</legend>
                <Radio
                  name="method"
                  value="DNS"
                  checked={method === 'DNS'}
                  onChange={setMethod}
                  label="DNS validation - recommended"
                  description="Choose this option if you are authorized to modify the DNS configuration for the domains in your certificate request."
                />
                <Radio
                  name="method"
                  value="EMAIL"
                  checked={method === 'EMAIL'}
                  onChange={setMethod}
                  label="Email validation"
                  description="Choose this option if you do not have permission or cannot obtain permission to modify the DNS configuration."
                />
              </fieldset>
            </>
          ) : (
            <>
              <QueryStatus query={cas} failed="Failed to list private certificate authorities" />
              <SelectField
                label="Certificate authority"
                value={ca}
                onChange={setCa}
                error={tried ? caError : undefined}
                hint={
                  caList.length ? undefined : (
                    <>
                      No private CA in {region}. Create one under <a href={`#/${paths.cas}`}>AWS Private CA</a>.
                    </>
                  )
                }
                options={[
                  { value: '', label: 'Choose a CA' },
                  ...caList.map((c) => ({
                    value: c.Arn,
                    label: `${c.CertificateAuthorityConfiguration.Subject.CommonName ?? c.Arn} (${c.Arn.split('/').pop()})`,
                  })),
                ]}
              />
            </>
          )}
          <fieldset>
            <legend>Key algorithm</legend>
            <Radio
              name="key"
              value="RSA_2048"
              checked={keyAlg === 'RSA_2048'}
              onChange={setKeyAlg}
              label="RSA 2048"
              description="RSA is the most widely used key type."
            />
            <Radio
              name="key"
              value="EC_prime256v1"
              checked={keyAlg === 'EC_prime256v1'}
              onChange={setKeyAlg}
              label="ECDSA P 256"
              description="Equivalent in cryptographic strength to RSA 3072."
            />
            <Radio
              name="key"
              value="EC_secp384r1"
              checked={keyAlg === 'EC_secp384r1'}
              onChange={setKeyAlg}
              label="ECDSA P 384"
              description="Equivalent in cryptographic strength to RSA 7680."
            />
          </fieldset>
          <div className="acm-row">
            <Button onClick={() => setStep(1)}>Previous</Button>
            <Button variant="primary" type="submit" disabled={action.busy}>
              Request
            </Button>
          </div>
        </form>
      )}
    </AcmLayout>
  );
}
