/**
 * "Your progress file", offered on the learning path and on the drills page: export lab
 * completion and drill progress to one JSON file, import it back. A bad file is rejected with the
 * reason and nothing changes; importing over existing progress asks first.
 */
import { useRef, useState } from 'react';
import { emptyProgress, type Progress } from '@/quiz/progress';
import { loadProgress, updateProgress } from '@/quiz/store';
import { replaceLabProgress, useLabSession } from '@/state/lab-progress';
import {
  applyProgressFile,
  describeProgress,
  exportProgressFile,
  hasProgress,
  parseProgressFile,
  type LabsPart,
  type ProgressFile,
} from '@/state/progress-file';
import { Button } from './button';
import { ConfirmDialog } from './confirm-dialog';
import { downloadText } from './download';

const readLabs = (): LabsPart => {
  const s = useLabSession.getState();
  return { progress: s.progress, ...(s.last ? { last: s.last } : {}) };
};

const targets = {
  readDrills: loadProgress,
  writeDrills: (p: Progress) => updateProgress(() => p),
  readLabs,
  writeLabs: (l: LabsPart) => replaceLabProgress(l.progress, l.last),
};

/** `drills`: the drill progress as loaded (undefined while loading: export waits for it). */
export function ProgressFileSection({ drills }: { drills?: Progress }) {
  const labProgress = useLabSession((s) => s.progress);
  const last = useLabSession((s) => s.last);
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const [pending, setPending] = useState<{ file: ProgressFile; name: string }>();
  const input = useRef<HTMLInputElement>(null);
  const labs: LabsPart = { progress: labProgress, ...(last ? { last } : {}) };

  const download = () => {
    if (!drills) return;
    const now = new Date();
    const name = `kms-lab-progress-${now.toISOString().slice(0, 10)}.json`;
    downloadText(name, exportProgressFile(labs, drills, now), 'application/json');
    setMessage({ text: `Exported ${name}.` });
  };

  const apply = async (file: ProgressFile, name: string) => {
    try {
      await applyProgressFile(file, targets);
    } catch (e) {
      setMessage({
        text: `${name} was not imported: your progress could not be saved (${e instanceof Error ? e.message : String(e)}). Nothing was changed.`,
        error: true,
      });
      return;
    }
    setMessage({
      text: `Imported ${name}: ${describeProgress(file.labs, file.drills)}.${file.labs ? '' : ' It holds drill progress only; your lab progress was kept.'}`,
    });
  };

  const chosen = async (f: File | undefined) => {
    if (!f) return;
    const r = parseProgressFile(await f.text());
    if (input.current) input.current.value = '';
    if (!r.ok) return setMessage({ text: `${f.name} was not imported. ${r.reason}`, error: true });
    const current = drills ?? (await loadProgress());
    if (!hasProgress(readLabs(), current)) return apply(r.file, f.name);
    setMessage(undefined);
    setPending({ file: r.file, name: f.name });
  };

  return (
    <section aria-labelledby="progress-file-heading">
      <h2 id="progress-file-heading">Your progress file</h2>
      <p className="muted">Lab completion and drill progress are saved in this browser. Export them to keep a copy or to continue on another computer.</p>
      <div className="toolbar">
        <Button onClick={download} aria-disabled={!drills || undefined}>
          Export progress
        </Button>
        <Button onClick={() => input.current?.click()}>Import progress</Button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Progress file to import"
          onChange={(e) => void chosen(e.target.files?.[0])}
        />
      </div>
      <p role={message?.error ? 'alert' : 'status'} className={message?.error ? 'message message--error' : 'message'}>
        {message?.text}
      </p>
      {pending && (
        <ConfirmDialog
          title="Replace your progress?"
          actionLabel="Replace"
          onClose={() => setPending(undefined)}
          onConfirm={async () => {
            await apply(pending.file, pending.name);
            setPending(undefined);
          }}
        >
          <p>
            Importing {pending.name} replaces the progress saved in this browser (
            {describeProgress(pending.file.labs ? labs : undefined, drills ?? emptyProgress())}) with the file's (
            {describeProgress(pending.file.labs, pending.file.drills)}). Export yours first if you want to keep it.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
