/**
 * Try it's Decrypt form, shared by symmetric and RSA encryption keys: the ciphertext in base64,
 * KMS's answer (or its error) and the plaintext, shown as text when it is UTF-8. `note` says what
 * the learner should take from the result.
 */
import type { ReactNode } from 'react';
import { TextArea } from '@/components/ui/form-field';
import type { useAction } from '@/state/use-action';
import { ActionResult } from '@/features/kms-console/ui/action-result';

interface Props {
  /** The panel's useId(), for the form's labels. */
  id: string;
  ciphertext: string;
  onCiphertext(value: string): void;
  /** The ciphertext field's error (not base64). */
  problem?: string;
  hint?: string;
  onDecrypt(): void;
  action: ReturnType<typeof useAction>;
  decrypted?: { text?: string; base64: string };
  note?: ReactNode;
}

export function DecryptForm({ id, ciphertext, onCiphertext, problem, hint, onDecrypt, action, decrypted, note }: Props) {
  return (
    <form
      aria-labelledby={`${id}-dec`}
      onSubmit={(e) => {
        e.preventDefault();
        onDecrypt();
      }}
    >
      <h3 id={`${id}-dec`}>Decrypt</h3>
      <TextArea
        label="Ciphertext (base64)"
        className="input textarea mono"
        value={ciphertext}
        onChange={onCiphertext}
        rows={4}
        error={problem}
        hint={hint}
        spellCheck={false}
      />
      <button type="submit" className="button button--primary">
        Decrypt
      </button>
      <ActionResult result={action.result} onDismiss={action.clear} />
      {decrypted && (
        <div className="form-field">
          <p className="form-field__label" id={`${id}-pt-label`}>
            Plaintext{decrypted.text === undefined ? ' (base64: not UTF-8 text)' : ''}
          </p>
          <pre className="kms-output" aria-labelledby={`${id}-pt-label`} tabIndex={0}>
            {decrypted.text ?? decrypted.base64}
          </pre>
          {note && <p className="form-field__hint">{note}</p>}
        </div>
      )}
    </form>
  );
}
