/**
 * "Try it" for signing and HMAC keys: sign a message (Sign) or compute its MAC (GenerateMac),
 * then verify a signature or MAC (Verify, VerifyMac), through the real calls, so learners see the
 * base64 signature and AWS's answers: a valid signature, or KMSInvalidSignatureException /
 * KMSInvalidMacException for a changed message or signature.
 */
import { useId, useState } from 'react';
import { CopyButton } from '@/components/ui/copy-button';
import { TextArea } from '@/components/ui/form-field';
import { fromBase64, toBase64 } from '@/core/bytes';
import { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';

const KINDS = {
  SIGN_VERIFY: {
    make: 'Sign',
    check: 'Verify',
    algorithm: 'SigningAlgorithm',
    out: 'Signature',
    label: 'Signature',
    noun: 'signature',
    verb: 'Sign',
    checkVerb: 'Verify',
  },
  GENERATE_VERIFY_MAC: {
    make: 'GenerateMac',
    check: 'VerifyMac',
    algorithm: 'MacAlgorithm',
    out: 'Mac',
    label: 'MAC',
    noun: 'MAC',
    verb: 'Generate MAC',
    checkVerb: 'Verify MAC',
  },
} as const;

export const SIGNATURE_BASE64 = 'The value is not valid base64. Paste it exactly as it was produced.';

export function TrySignPanel({ keyId, usage, algorithms }: { keyId: string; usage: keyof typeof KINDS; algorithms: string[] }) {
  const id = useId();
  const kind = KINDS[usage];
  const [message, setMessage] = useState('Hello, Cloud Gurus');
  const [algorithm, setAlgorithm] = useState(algorithms[0] ?? '');
  const [produced, setProduced] = useState<string>();
  const [toCheck, setToCheck] = useState('');
  const [checkMessage, setCheckMessage] = useState('Hello, Cloud Gurus');
  const [base64Problem, setBase64Problem] = useState<string>();
  const makeAction = useAction('kms');
  const checkAction = useAction('kms');
  const bytes = (text: string) => new TextEncoder().encode(text);

  async function make() {
    setProduced(undefined);
    const outcome = await makeAction.run((call) => call(kind.make, { KeyId: keyId, Message: bytes(message), [kind.algorithm]: algorithm }), {
      success: `${kind.make === 'Sign' ? 'Signed' : 'MAC generated'} with ${algorithm}.`,
      failure: `${kind.make} failed`,
    });
    if (outcome.ok) {
      const value = toBase64((outcome.value as Record<string, Uint8Array>)[kind.out]!);
      setProduced(value);
      setToCheck(value);
      setCheckMessage(message);
    }
  }

  async function check() {
    const value = fromBase64(toCheck.trim());
    setBase64Problem(value ? undefined : SIGNATURE_BASE64);
    if (!value) return checkAction.clear();
    await checkAction.run((call) => call(kind.check, { KeyId: keyId, Message: bytes(checkMessage), [kind.out]: value, [kind.algorithm]: algorithm }), {
      success: `The ${kind.noun} is valid for this message.`,
      failure: `${kind.check} failed`,
    });
  }

  return (
    <section className="panel kms-try" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Try it</h2>
      <p className="kms-hint">
        {usage === 'SIGN_VERIFY'
          ? 'Sign a message with the private key, which never leaves KMS, then verify the signature: change a letter of the message to see it fail.'
          : 'Compute the HMAC of a message with this key, then verify it: change a letter of the message to see it fail.'}
      </p>
      <div className="form-field">
        <label htmlFor={`${id}-alg`} className="form-field__label">
          {usage === 'SIGN_VERIFY' ? 'Signing algorithm' : 'MAC algorithm'}
        </label>
        <select id={`${id}-alg`} className="input" value={algorithm} onChange={(e) => setAlgorithm(e.target.value)}>
          {algorithms.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>
      </div>
      <div className="kms-try__grid">
        <form
          aria-labelledby={`${id}-make`}
          onSubmit={(e) => {
            e.preventDefault();
            void make();
          }}
        >
          <h3 id={`${id}-make`}>{kind.verb}</h3>
          <TextArea label="Message" value={message} onChange={setMessage} rows={3} />
          <button type="submit" className="button button--primary">
            {kind.verb}
          </button>
          <ActionResult result={makeAction.result} onDismiss={makeAction.clear} />
          {produced && (
            <div className="form-field">
              <label htmlFor={`${id}-out`} className="form-field__label">
                {kind.label} (base64)
              </label>
              <textarea id={`${id}-out`} className="input textarea mono" readOnly rows={4} value={produced} />
              <CopyButton text={produced} label={`Copy ${kind.noun}`} />
            </div>
          )}
        </form>
        <form
          aria-labelledby={`${id}-check`}
          onSubmit={(e) => {
            e.preventDefault();
            void check();
          }}
        >
          <h3 id={`${id}-check`}>{kind.checkVerb}</h3>
          <TextArea label="Message to verify" value={checkMessage} onChange={setCheckMessage} rows={3} />
          <TextArea
            label={`${kind.label} to verify (base64)`}
            className="input textarea mono"
            value={toCheck}
            onChange={setToCheck}
            rows={4}
            error={base64Problem}
            spellCheck={false}
          />
          <button type="submit" className="button button--primary">
            {kind.checkVerb}
          </button>
          <ActionResult result={checkAction.result} onDismiss={checkAction.clear} />
        </form>
      </div>
    </section>
  );
}
