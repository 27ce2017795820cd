/**
 * The CloudShell session the app built for the loaded account, handed to the full screen and
 * the docked panel alike (one session, two views). The app provides it; the feature never
 * builds a shell or touches storage itself.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { TerminalSession } from './session';

/** A problem with saving the home directory, and what the user can do about it. */
export interface StorageNotice {
  title: string;
  detail: string;
  action?: { label: string; run(): void };
}

export type HomeSaveState = 'idle' | 'pending' | 'saved' | 'not-saved';

export type CloudShellHost = { status: 'starting' } | { status: 'ready'; session: TerminalSession; save: HomeSaveState; notice?: StorageNotice };

const CloudShellContext = createContext<CloudShellHost>({ status: 'starting' });

export function CloudShellProvider({ host, children }: { host: CloudShellHost; children: ReactNode }) {
  return <CloudShellContext.Provider value={host}>{children}</CloudShellContext.Provider>;
}

export const useCloudShell = () => useContext(CloudShellContext);
