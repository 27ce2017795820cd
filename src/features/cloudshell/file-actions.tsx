/**
 * CloudShell's Actions menu: Upload file (the browser's file picker; any bytes, into the home
 * directory), Download file (asks for the path, then the browser saves the file) and Export
 * transcript (the session's commands and outputs as Markdown, transcript.ts). The same
 * upload runs for files dropped onto the terminal. Outcomes are reported in the frame's status.
 */
import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { DisclosureMenu } from '@/components/ui/disclosure-menu';
import { downloadBytes, downloadText, fileStamp } from '@/components/ui/download';
import { TextField } from '@/components/ui/form-field';
import type { TerminalSession } from './session';
import { transcriptMarkdown } from './transcript';
import { formatBytes, tooLarge, UPLOAD_LIMIT_BYTES } from './transfer';

export interface Status {
  text: string;
  error: boolean;
}

/** Reads the files and writes them into the home directory; resolves with what to tell the user. */
export async function uploadFiles(session: TerminalSession, files: File[]): Promise<Status> {
  const said: string[] = [];
  let error = false;
  for (const file of files) {
    // Too large: refused before reading it into memory.
    const result =
      file.size > UPLOAD_LIMIT_BYTES
        ? { ok: false as const, message: tooLarge(file.name, file.size) }
        : session.files.upload(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) {
      error = true;
      said.push(result.message);
    } else {
      const replaced = result.replaced ? ' It replaced the file of the same name, as cp would.' : '';
      said.push(`Uploaded ${file.name} to ${result.path} (${formatBytes(result.size)}).${replaced}`);
    }
  }
  return { text: said.join(' '), error };
}

export function FileActions({ session, onStatus }: { session: TerminalSession; onStatus(s: Status): void }) {
  const picker = useRef<HTMLInputElement>(null);
  const [downloading, setDownloading] = useState(false);

  return (
    <>
      <DisclosureMenu label="Actions" className="cloudshell-actions" align="end">
        {(close) => (
          <ul className="menu-list" aria-label="Actions">
            <li>
              <button
                type="button"
                onClick={() => {
                  close();
                  picker.current?.click();
                }}
              >
                <span className="menu-list__label">Upload file</span>
              </button>
            </li>
            <li>
              <button
                type="button"
                onClick={() => {
                  close();
                  setDownloading(true);
                }}
              >
                <span className="menu-list__label">Download file</span>
              </button>
            </li>
            <li>
              <button
                type="button"
                onClick={() => {
                  close();
                  const now = new Date();
                  downloadText(`cloudshell-transcript-${fileStamp(now)}.md`, transcriptMarkdown(session.getView().lines, now));
                  onStatus({ text: 'Exported the transcript (Markdown).', error: false });
                }}
              >
                <span className="menu-list__label">Export transcript</span>
              </button>
            </li>
          </ul>
        )}
      </DisclosureMenu>
      <input
        ref={picker}
        type="file"
        multiple
        hidden
        aria-label="Upload file"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length) void uploadFiles(session, files).then(onStatus);
        }}
      />
      {downloading && <DownloadDialog session={session} onClose={() => setDownloading(false)} onStatus={onStatus} />}
    </>
  );
}

function DownloadDialog({ session, onClose, onStatus }: { session: TerminalSession; onClose(): void; onStatus(s: Status): void }) {
  const [path, setPath] = useState('');
  const [error, setError] = useState<string>();

  function download() {
    const result = session.files.read(path);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    downloadBytes(result.name, result.data);
    onStatus({ text: `Downloaded ${result.path} (${formatBytes(result.data.length)}).`, error: false });
    onClose();
  }

  return (
    <Dialog
      title="Download file"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="cloudshell-download">
            Download
          </Button>
        </>
      }
    >
      <form
        id="cloudshell-download"
        onSubmit={(e) => {
          e.preventDefault();
          download();
        }}
      >
        <TextField
          label="Individual file path"
          hint="The path of one file, absolute or relative to your home directory (/home/cloudshell-user), for example encryptedsecret.txt."
          error={error}
          value={path}
          onChange={(v) => {
            setPath(v);
            setError(undefined);
          }}
          data-autofocus
          autoComplete="off"
          spellCheck={false}
        />
      </form>
    </Dialog>
  );
}
