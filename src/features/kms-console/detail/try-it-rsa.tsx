/**
 * "Try it" for RSA encryption keys: encrypt a message with the public key, here in the browser as
 * anyone who holds it can (GetPublicKey, then RSAES-OAEP with WebCrypto, the OpenSSL command beside
 * it) or in KMS (Encrypt), within AWS's plaintext limit for the key spec and algorithm; then decrypt
 * in KMS, which needs the key and the algorithm (an RSA ciphertext names neither).
 */
import { useId, useState } from 'react';
import { CodeBlock } from '@/components/ui/code-block';
import { CopyButton } from '@/components/ui/copy-button';
import { TextArea } from '@/components/ui/form-field';
import { fromBase64, fromUtf8Strict, toBase64 } from '@/core/bytes';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';
import { DecryptForm } from './try-it-decrypt-form';
import { rsaPlaintextLimit, type KeySpec } from '@/kms/model/key-specs';
import { encryptWithPublicKey, opensslEncryptCommand, type OaepAlgorithm } from './outside-kms';
import { BASE64_MESSAGE } from './try-it-panel';

type Where = 'browser' | 'kms';

export function TryRsaPanel({ keyId, keySpec, algorithms }: { keyId: string; keySpec: KeySpec; algorithms: string[] }) {
  const id = useId();
  const [algorithm, setAlgorithm] = useState<OaepAlgorithm>(() => (algorithms.includes('RSAES_OAEP_SHA_256') ? 'RSAES_OAEP_SHA_256' : 'RSAES_OAEP_SHA_1'));
  const [text, setText] = useState('Hello, Cloud Gurus');
  const [where, setWhere] = useState<Where>('browser');
  const [ciphertext, setCiphertext] = useState<{ base64: string; where: Where; algorithm: OaepAlgorithm }>();
  const [toDecrypt, setToDecrypt] = useState('');
  const [decrypted, setDecrypted] = useState<{ text?: string; base64: string }>();
  const [base64Problem, setBase64Problem] = useState<string>();
  const encryptAction = useAction('kms');
  const decryptAction = useAction('kms');

  const limit = rsaPlaintextLimit(keySpec, algorithm);
  const length = new TextEncoder().encode(text).length;
  // Here in the browser, the limit is checked before encrypting (KMS's Encrypt answers ValidationException).
  const tooLong =
    where === 'browser' && length > limit
      ? `${algorithm} with ${keySpec} encrypts at most ${limit} bytes, and this text is ${length} bytes. Larger data is encrypted with a data key (envelope encryption).`
      : undefined;

  async function encrypt() {
    setCiphertext(undefined);
    if (tooLong) return encryptAction.clear();
    const plaintext = new TextEncoder().encode(text);
    const outcome = await encryptAction.run(
      async (call) => {
        if (where === 'kms')
          return (await call('Encrypt', { KeyId: keyId, Plaintext: plaintext, EncryptionAlgorithm: algorithm })).CiphertextBlob as Uint8Array;
        const { PublicKey } = await call('GetPublicKey', { KeyId: keyId });
        return encryptWithPublicKey(PublicKey as Uint8Array, algorithm, plaintext);
      },
      {
        success:
          where === 'kms'
            ? `KMS encrypted ${plaintext.length} bytes with ${algorithm}.`
            : `Encrypted ${plaintext.length} bytes with the public key and ${algorithm}, in this browser: KMS only answered GetPublicKey.`,
        failure: where === 'kms' ? 'Encrypt failed' : 'GetPublicKey failed',
      },
    );
    if (outcome.ok) setCiphertext({ base64: toBase64(outcome.value), where, algorithm });
  }

  async function decrypt() {
    setDecrypted(undefined);
    const blob = fromBase64(toDecrypt.trim());
    setBase64Problem(blob ? undefined : BASE64_MESSAGE);
    if (!blob) return decryptAction.clear();
    const outcome = await decryptAction.run((call) => call('Decrypt', { KeyId: keyId, CiphertextBlob: blob, EncryptionAlgorithm: algorithm }), {
      success: `Decrypted with ${algorithm}.`,
      failure: 'Decrypt failed',
    });
    if (outcome.ok) {
      const plaintext = (outcome.value as { Plaintext: Uint8Array }).Plaintext;
      setDecrypted({ text: fromUtf8Strict(plaintext), base64: toBase64(plaintext) });
    }
  }

  return (
    <section className="panel kms-try" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Try it</h2>
      <p className="kms-hint">
        Anyone with the public key can encrypt, outside AWS and without any permission; only KMS can decrypt, with the private key that never leaves it. RSA
        encrypts small data only: the limit depends on the key spec and the algorithm.
      </p>
      <div className="form-field">
        <label htmlFor={`${id}-alg`} className="form-field__label">
          Encryption algorithm
        </label>
        <select id={`${id}-alg`} className="input" value={algorithm} onChange={(e) => setAlgorithm(e.target.value as OaepAlgorithm)}>
          {algorithms.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>
      </div>
      <div className="kms-try__grid">
        <form
          aria-labelledby={`${id}-enc`}
          onSubmit={(e) => {
            e.preventDefault();
            void encrypt();
          }}
        >
          <h3 id={`${id}-enc`}>Encrypt</h3>
          <TextArea
            label="Plaintext"
            value={text}
            onChange={setText}
            rows={3}
            hint={`${length} of at most ${limit} bytes (${keySpec}, ${algorithm})`}
            error={tooLong}
          />
          <fieldset className="kms-fieldset">
            <legend>Encrypt where</legend>
            <div className="kms-radio">
              <input type="radio" id={`${id}-browser`} name={`${id}-where`} checked={where === 'browser'} onChange={() => setWhere('browser')} />
              <label htmlFor={`${id}-browser`}>Here, with the public key</label>
            </div>
            <div className="kms-radio">
              <input type="radio" id={`${id}-kms`} name={`${id}-where`} checked={where === 'kms'} onChange={() => setWhere('kms')} />
              <label htmlFor={`${id}-kms`}>In KMS (Encrypt)</label>
            </div>
          </fieldset>
          <button type="submit" className="button button--primary">
            Encrypt
          </button>
          <ActionResult result={encryptAction.result} onDismiss={encryptAction.clear} />
          {ciphertext && (
            <div className="form-field">
              <label htmlFor={`${id}-ct`} className="form-field__label">
                Ciphertext (base64)
              </label>
              <textarea id={`${id}-ct`} className="input textarea mono" readOnly rows={4} value={ciphertext.base64} />
              <div className="toolbar__actions">
                <CopyButton text={ciphertext.base64} label="Copy ciphertext" />
                <button type="button" className="button button--small" onClick={() => setToDecrypt(ciphertext.base64)}>
                  Decrypt it below
                </button>
              </div>
              <p className="form-field__hint">
                {fromBase64(ciphertext.base64)!.length} bytes, the size of the key&apos;s modulus, and different at each run: OAEP adds randomness.
              </p>
              {ciphertext.where === 'browser' && (
                <>
                  <p className="form-field__hint">The same encryption with OpenSSL and the PEM file of the Public key tab:</p>
                  <CodeBlock code={opensslEncryptCommand(keyId, ciphertext.algorithm)} label="OpenSSL command" />
                </>
              )}
            </div>
          )}
        </form>
        <DecryptForm
          id={id}
          ciphertext={toDecrypt}
          onCiphertext={setToDecrypt}
          problem={base64Problem}
          hint="An RSA ciphertext names neither its key nor its algorithm: Decrypt takes both."
          onDecrypt={() => void decrypt()}
          action={decryptAction}
          decrypted={decrypted}
        />
      </div>
    </section>
  );
}
