/**
 * Export the drill progress to a JSON file and import it back. A bad file is rejected with the
 * reason; importing over existing progress asks first (nothing is overwritten silently).
 */
import { useRef, useState } from 'react';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { exportProgress, isEmpty, parseExport, type Progress } from '../../quiz/progress';
import { updateProgress } from '../../quiz/store';

export function ProgressTransfer({ progress }: { progress: Progress }) {
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const [pending, setPending] = useState<{ progress: Progress; name: string }>();
  const input = useRef<HTMLInputElement>(null);

  const download = () => {
    const now = new Date();
    const blob = new Blob([exportProgress(progress, now)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `kms-lab-drill-progress-${now.toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    setMessage({ text: `Exported ${a.download}.` });
  };

  const replace = async (p: Progress, name: string) => {
    await updateProgress(() => p);
    setMessage({ text: `Imported ${name}: ${Object.keys(p.cards).length} cards, ${p.history.length} reviews, ${p.exams.length} exams.` });
  };

  const chosen = async (file: File | undefined) => {
    if (!file) return;
    const r = parseExport(await file.text());
    if (input.current) input.current.value = '';
    if (!r.ok) return setMessage({ text: `${file.name} was not imported. ${r.reason}`, error: true });
    if (isEmpty(progress)) return replace(r.progress, file.name);
    setPending({ progress: r.progress, name: file.name });
  };

  return (
    <section aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Your progress file</h2>
      <p className="muted">Drill progress is saved in this browser. Export it to keep a copy or to continue on another computer.</p>
      <div className="toolbar">
        <Button onClick={download}>Export progress</Button>
        <Button onClick={() => input.current?.click()}>Import progress</Button>
        <input ref={input} type="file" accept="application/json,.json" className="visually-hidden" tabIndex={-1} aria-label="Progress file to import" onChange={(e) => void chosen(e.target.files?.[0])} />
      </div>
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'message message--error' : 'message'}>
        {message?.text}
      </p>
      {pending && (
        <ConfirmDialog
          title="Replace your drill progress?"
          actionLabel="Replace"
          onClose={() => setPending(undefined)}
          onConfirm={async () => {
            await replace(pending.progress, pending.name);
            setPending(undefined);
          }}
        >
          <p>
            Importing {pending.name} replaces the progress saved in this browser ({Object.keys(progress.cards).length} cards, {progress.history.length} reviews, {progress.exams.length} exams). Export it first if you want to keep it.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
