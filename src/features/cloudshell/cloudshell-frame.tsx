/**
 * CloudShell as AWS shows it: a dark bar naming the Region and who the CLI calls as, with the
 * Actions menu (Upload file, Download file), over the terminal. Used by the full screen and by
 * the docked panel, around the same session. Files dropped onto it are uploaded into the home
 * directory.
 */
import { useEffect, useState, type DragEvent, type ReactNode } from 'react';
import { Banner } from '@/components/ui/banner';
import { Button } from '@/components/ui/button';
import { REGION_NAMES } from '@/core/ids';
import { useConsole } from '@/state/console-store';
import { HOME } from '@/vfs';
import type { HomeSaveState, StorageNotice } from './context';
import { FileActions, uploadFiles, type Status } from './file-actions';
import type { TerminalSession } from './session';
import { Terminal } from './terminal';
import './cloudshell.css';

interface Props {
  session: TerminalSession;
  save: HomeSaveState;
  notice?: StorageNotice;
  /** 1 on the full screen, 2 in the docked panel. */
  headingLevel: 1 | 2;
  headingId?: string;
  autoFocus?: boolean;
  /** The panel's own buttons (full screen, close). */
  controls?: ReactNode;
}

const SAVE_TEXT: Record<HomeSaveState, string | undefined> = {
  idle: undefined,
  pending: 'Saving home directory…',
  saved: 'Home directory saved in this browser',
  'not-saved': 'Home directory not saved',
};

const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');

export function CloudShellFrame({ session, save, notice, headingLevel, headingId, autoFocus, controls }: Props) {
  const region = useConsole((s) => s.region);
  const identity = useConsole((s) => s.identity);
  const [status, setStatus] = useState<Status>();
  const [dragging, setDragging] = useState(false);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const who = identity.type === 'root' ? 'root' : identity.name;

  // `aws` calls as the identity selected in the top bar, from the moment it changes.
  useEffect(() => session.syncIdentity(), [session, identity]);

  const drop = {
    onDragEnter: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragOver: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: (e: DragEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      void uploadFiles(session, [...e.dataTransfer.files]).then(setStatus);
    },
  };

  return (
    <div className={dragging ? 'cloudshell cloudshell--dropping' : 'cloudshell'} {...drop}>
      <div className="cloudshell__bar">
        <Heading id={headingId} className="cloudshell__title">
          CloudShell
        </Heading>
        <span className="cloudshell__meta">
          <span className="cloudshell__label">Region</span> <span title={REGION_NAMES[region as keyof typeof REGION_NAMES]}>{region}</span>
        </span>
        <span className="cloudshell__meta">
          <span className="cloudshell__label">Calling as</span> {who}
        </span>
        {SAVE_TEXT[save] && <span className="cloudshell__save">{SAVE_TEXT[save]}</span>}
        <span className="cloudshell__spacer" />
        <FileActions session={session} onStatus={setStatus} />
        {controls}
      </div>
      {notice && (
        <Banner title={notice.title} tone="danger" actions={notice.action && <Button onClick={notice.action.run}>{notice.action.label}</Button>}>
          <p className="banner__detail">{notice.detail}</p>
        </Banner>
      )}
      <div role="status" className={status?.error ? 'cloudshell__status cloudshell__status--error' : 'cloudshell__status'}>
        {status && (
          <>
            <span>{status.text}</span>
            <Button className="button--small" aria-label="Dismiss file message" onClick={() => setStatus(undefined)}>
              Dismiss
            </Button>
          </>
        )}
      </div>
      <Terminal session={session} autoFocus={autoFocus} />
      {dragging && (
        <div className="cloudshell__drop" aria-hidden="true">
          Drop files to upload them to {HOME}
        </div>
      )}
    </div>
  );
}
