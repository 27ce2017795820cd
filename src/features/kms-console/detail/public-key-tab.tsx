/**
 * The "Public key" tab of an asymmetric key (GetPublicKey): the public key as PEM, to copy or
 * download, as the console offers it, with what a user of it offline needs to know: the key spec,
 * the usage and its algorithms. A disabled key's public key cannot be fetched (DisabledException).
 */
import { CodeBlock } from '@/components/ui/code-block';
import { downloadText } from '@/components/ui/download';
import { QueryStatus } from '@/components/ui/query-status';
import { toBase64 } from '@/core/bytes';
import { callerFor } from '@/state/console-client';
import { useConsoleQuery } from '@/state/use-console-query';
import { USAGE_LABELS, type KeyUsage } from '@/kms/model/key-specs';

const call = callerFor('kms');

interface PublicKeyOutput {
  PublicKey: Uint8Array;
  KeySpec: string;
  KeyUsage: string;
  EncryptionAlgorithms?: string[];
  SigningAlgorithms?: string[];
  KeyAgreementAlgorithms?: string[];
}

/** DER SubjectPublicKeyInfo to PEM (RFC 7468): base64 in 64-character lines. */
export const toPem = (der: Uint8Array) =>
  `-----BEGIN PUBLIC KEY-----\n${toBase64(der)
    .match(/.{1,64}/g)!
    .join('\n')}\n-----END PUBLIC KEY-----\n`;

export function PublicKeyTab({ keyId }: { keyId: string }) {
  const data = useConsoleQuery(async () => (await call('GetPublicKey', { KeyId: keyId })) as PublicKeyOutput, [keyId]);
  if (!data.data) return <QueryStatus query={data} loading="Loading the public key…" failed="Failed to get the public key" />;
  const out = data.data;
  const pem = toPem(out.PublicKey);
  const algorithms = out.EncryptionAlgorithms ?? out.SigningAlgorithms ?? out.KeyAgreementAlgorithms ?? [];
  return (
    <>
      <h2>Public key</h2>
      <p className="kms-hint">
        Anyone may hold the public key: share it to let others{' '}
        {out.KeyUsage === 'SIGN_VERIFY'
          ? 'verify your signatures'
          : out.KeyUsage === 'KEY_AGREEMENT'
            ? 'derive a shared secret with you'
            : 'encrypt data that only this key can decrypt'}{' '}
        outside KMS. The private key never leaves KMS.
      </p>
      <dl className="summary summary--grid">
        <div>
          <dt>Key spec</dt>
          <dd className="mono">{out.KeySpec}</dd>
        </div>
        <div>
          <dt>Key usage</dt>
          <dd>{USAGE_LABELS[out.KeyUsage as KeyUsage]}</dd>
        </div>
        <div>
          <dt>Algorithms</dt>
          <dd className="mono">{algorithms.join(', ')}</dd>
        </div>
      </dl>
      <CodeBlock code={pem} label="Public key (PEM)" />
      <div className="toolbar__actions">
        <button type="button" className="button" onClick={() => downloadText(`${keyId}_public_key.pem`, pem, 'application/x-pem-file')}>
          Download
        </button>
      </div>
    </>
  );
}
