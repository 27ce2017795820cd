/** CloudShell: the terminal over the shell of src/cli, full screen and docked under any screen. */
export { CloudShellPage } from './cloudshell-page';
export { CloudShellPanel } from './cloudshell-panel';
export { CloudShellToggle } from './cloudshell-toggle';
export { CloudShellProvider, type CloudShellHost, type HomeSaveState, type StorageNotice } from './context';
export { homeOf, withHome } from './home-data';
export { TerminalSession, type ShellSpec } from './session';
