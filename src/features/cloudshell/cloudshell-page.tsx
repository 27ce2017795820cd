/** CloudShell full screen (`#/cloudshell`): the same session as the docked panel, over the whole page. */
import { useCloudShell } from './context';
import { CloudShellFrame } from './cloudshell-frame';

export function CloudShellPage() {
  const host = useCloudShell();
  if (host.status !== 'ready') {
    return (
      <>
        <h1>CloudShell</h1>
        <p aria-busy="true">Starting CloudShell…</p>
      </>
    );
  }
  return (
    <div className="cloudshell-page">
      <CloudShellFrame session={host.session} save={host.save} notice={host.notice} headingLevel={1} />
    </div>
  );
}
