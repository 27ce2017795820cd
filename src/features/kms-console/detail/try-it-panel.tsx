/**
 * "Try it": encrypt a text or a small file under this key and decrypt a ciphertext, through the
 * real Encrypt and Decrypt calls, so learners see the base64 ciphertext, what rotation keeps
 * (old ciphertexts still decrypt) and AWS's exact errors (disabled key, pending deletion, more
 * than 4096 bytes, access denied), each with its CLI equivalent.
 */
import { useId, useState } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import { TextArea } from '@/components/ui/form-field';
import { fromBase64, fromUtf8Strict, toBase64 } from '@/core/bytes';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';
import { DecryptForm } from './try-it-decrypt-form';

export const BASE64_MESSAGE = 'The ciphertext is not valid base64. Paste the CiphertextBlob exactly as Encrypt returned it.';

export function TryItPanel({ keyId }: { keyId: string }) {
  const id = useId();
  const [text, setText] = useState('Hello, Cloud Gurus');
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array }>();
  const [ciphertext, setCiphertext] = useState<string>();
  const [toDecrypt, setToDecrypt] = useState('');
  const [decrypted, setDecrypted] = useState<{ text?: string; base64: string; keyId: string }>();
  const [base64Problem, setBase64Problem] = useState<string>();
  const encryptAction = useAction('kms');
  const decryptAction = useAction('kms');

  async function encrypt() {
    const plaintext = file ? file.bytes : new TextEncoder().encode(text);
    setCiphertext(undefined);
    const outcome = await encryptAction.run((call) => call('Encrypt', { KeyId: keyId, Plaintext: plaintext }), {
      success: `Encrypted ${plaintext.length} bytes${file ? ` of ${file.name}` : ''}.`,
      failure: 'Encrypt failed',
    });
    if (outcome.ok) setCiphertext(toBase64((outcome.value as { CiphertextBlob: Uint8Array }).CiphertextBlob));
  }

  async function decrypt() {
    setDecrypted(undefined);
    const blob = fromBase64(toDecrypt.trim());
    setBase64Problem(blob ? undefined : BASE64_MESSAGE);
    if (!blob) {
      decryptAction.clear();
      return;
    }
    const outcome = await decryptAction.run((call) => call('Decrypt', { CiphertextBlob: blob }), { success: 'Decrypted.', failure: 'Decrypt failed' });
    if (outcome.ok) {
      const o = outcome.value as { Plaintext: Uint8Array; KeyId: string };
      setDecrypted({ text: fromUtf8Strict(o.Plaintext), base64: toBase64(o.Plaintext), keyId: o.KeyId });
    }
  }

  return (
    <section className="panel kms-try" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Try it</h2>
      <p className="kms-hint">
        Encrypt and decrypt up to 4 KB directly with this key, as <code>aws kms encrypt</code> and <code>aws kms decrypt</code> do. Larger data needs envelope
        encryption (GenerateDataKey).
      </p>
      <div className="kms-try__grid">
        <form
          aria-labelledby={`${id}-enc`}
          onSubmit={(e) => {
            e.preventDefault();
            void encrypt();
          }}
        >
          <h3 id={`${id}-enc`}>Encrypt</h3>
          <TextArea label="Plaintext" value={text} onChange={setText} rows={3} disabled={!!file} />
          <div className="form-field">
            <label htmlFor={`${id}-file`} className="form-field__label">
              Or a file (up to 4 KB)
            </label>
            <input
              id={`${id}-file`}
              type="file"
              onChange={async (e) => {
                const f = e.target.files?.[0];
                setFile(f ? { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) } : undefined);
              }}
            />
            {file && (
              <p className="form-field__hint">
                {file.name}: {file.bytes.length} bytes{' '}
                <button type="button" className="button button--small" onClick={() => setFile(undefined)}>
                  Use the text instead
                </button>
              </p>
            )}
          </div>
          <button type="submit" className="button button--primary">
            Encrypt
          </button>
          <ActionResult result={encryptAction.result} onDismiss={encryptAction.clear} />
          {ciphertext && (
            <div className="form-field">
              <label htmlFor={`${id}-ct`} className="form-field__label">
                Ciphertext (base64)
              </label>
              <textarea id={`${id}-ct`} className="input textarea mono" readOnly rows={4} value={ciphertext} />
              <div className="toolbar__actions">
                <CopyButton text={ciphertext} label="Copy ciphertext" />
                <button type="button" className="button button--small" onClick={() => setToDecrypt(ciphertext)}>
                  Decrypt it below
                </button>
              </div>
            </div>
          )}
        </form>
        <DecryptForm
          id={id}
          ciphertext={toDecrypt}
          onCiphertext={setToDecrypt}
          problem={base64Problem}
          onDecrypt={() => void decrypt()}
          action={decryptAction}
          decrypted={decrypted}
          note={
            decrypted && (
              <>
                Decrypted with key <span className="mono">{decrypted.keyId}</span>: the ciphertext names its key and key material, so Decrypt needs no key ID.
              </>
            )
          }
        />
      </div>
    </section>
  );
}
