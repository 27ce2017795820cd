/**
 * Whether CloudShell is docked under the console screen (the top bar's CloudShell button toggles
 * it). UI state only: the session itself (shell, screen, home directory) lives with the app and
 * is the same whether it is shown docked or full screen.
 */
import { create } from 'zustand';

export const useCloudShellPanel = create<{ open: boolean; wanted: boolean }>(() => ({ open: false, wanted: false }));

export const setCloudShellPanel = (open: boolean) => useCloudShellPanel.setState({ open });
export const toggleCloudShellPanel = () => useCloudShellPanel.setState((s) => ({ open: !s.open }));
/** The user pointed at or focused the CloudShell button: likely to open it soon, so it may start. */
export const wantCloudShell = () => {
  if (!useCloudShellPanel.getState().wanted) useCloudShellPanel.setState({ wanted: true });
};
