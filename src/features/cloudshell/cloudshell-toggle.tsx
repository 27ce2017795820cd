/** The top bar's CloudShell button: shows or hides CloudShell docked under the current screen. */
import { Button } from '@/components/ui/button';
import { toggleCloudShellPanel, useCloudShellPanel, wantCloudShell } from '@/state/cloudshell-panel';

export const TOGGLE_ID = 'cloudshell-toggle';

export function CloudShellToggle() {
  const open = useCloudShellPanel((s) => s.open);
  return (
    <Button id={TOGGLE_ID} variant="on-dark" aria-pressed={open} onClick={toggleCloudShellPanel} onPointerEnter={wantCloudShell} onFocus={wantCloudShell}>
      CloudShell
    </Button>
  );
}
