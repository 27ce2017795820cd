/**
 * CloudShell docked under the console screen, as AWS opens it from the console's CloudShell
 * button: the same session as the full screen. Opening it puts the cursor on the command line;
 * Close (or the top bar's button again) hides it and gives focus back to the top bar's button.
 * Its top edge resizes it (dock-resizer.tsx).
 */
import { useId } from 'react';
import { Button } from '@/components/ui/button';
import { setCloudShellPanel } from '@/state/cloudshell-panel';
import { useCloudShell } from './context';
import { CloudShellFrame } from './cloudshell-frame';
import { TOGGLE_ID } from './cloudshell-toggle';
import { DockResizer } from './dock-resizer';

export function CloudShellPanel() {
  const host = useCloudShell();
  const headingId = useId();

  const close = () => {
    setCloudShellPanel(false);
    document.getElementById(TOGGLE_ID)?.focus();
  };

  return (
    <section className="cloudshell-panel" aria-labelledby={headingId}>
      <DockResizer />
      {host.status === 'ready' ? (
        <CloudShellFrame
          session={host.session}
          save={host.save}
          notice={host.notice}
          headingLevel={2}
          headingId={headingId}
          autoFocus
          controls={
            <>
              <a className="button button--on-dark" href="#/cloudshell">
                Full screen
              </a>
              <Button variant="on-dark" onClick={close}>
                Close
              </Button>
            </>
          }
        />
      ) : (
        <h2 id={headingId} aria-busy="true">
          Starting CloudShell…
        </h2>
      )}
    </section>
  );
}
