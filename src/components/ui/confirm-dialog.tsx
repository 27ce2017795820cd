/**
 * AWS's confirmation for destructive actions: "To confirm deletion, enter the user name in the
 * text input field." The action button works only once the exact text is typed. A failure (e.g.
 * DeleteConflict) is shown inside the dialog, worded as AWS words it, and the dialog stays open.
 */
import { useState, type ReactNode } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';
import { ErrorAlert } from './error-alert';
import { TextField } from './form-field';

interface Props {
  title: ReactNode;
  children?: ReactNode;
  /** The text to type to confirm (the resource's name); omit for a simple confirmation. */
  confirmText?: string;
  /** The input's label; default: `To confirm deletion, enter <text> in the text input field.` */
  confirmLabel?: ReactNode;
  actionLabel?: string;
  /** Runs the action; a thrown error is shown in the dialog. Resolve to close. */
  onConfirm(): Promise<void>;
  onClose(): void;
  errorTitle?: ReactNode;
}

export function ConfirmDialog({ title, children, confirmText, confirmLabel, actionLabel = 'Delete', onConfirm, onClose, errorTitle }: Props) {
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const ready = confirmText === undefined || typed === confirmText;

  async function confirm() {
    if (!ready || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" aria-disabled={!ready || busy || undefined} onClick={() => void confirm()}>
            {actionLabel}
          </Button>
        </>
      }
    >
      {children}
      {confirmText !== undefined && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void confirm();
          }}
        >
          <TextField
            data-autofocus
            label={
              confirmLabel ?? (
                <>
                  To confirm deletion, enter <span className="mono">{confirmText}</span> in the text input field.
                </>
              )
            }
            value={typed}
            onChange={setTyped}
            placeholder={confirmText}
            autoComplete="off"
            spellCheck={false}
          />
        </form>
      )}
      {error !== undefined && <ErrorAlert error={error} title={errorTitle} />}
    </Dialog>
  );
}
