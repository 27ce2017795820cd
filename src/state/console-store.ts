/**
 * Session state of the console (docs/architecture.md, "The composition root, state and routing"): which account, Region and identity the
 * learner works as. UI state only; the engine (the Cloud) stays the source of truth for the
 * account. Screens call the API through `consoleCall`, which signs every call as the selected
 * identity in the selected Region, marked as coming from the console (so it lands in the
 * event history like a console action in CloudTrail).
 */
import { create } from 'zustand';
import type { AuthorizationTrace, Cloud, CallRequest } from '@/cloud';
import type { Principal } from '@/iam/model';
import { rootPrincipal } from '@/iam/state';

export interface ConsoleState {
  cloud?: Cloud;
  region: string;
  /** The identity the learner is signed in as (account root or an IAM user). */
  identity: Principal;
  /**
   * Bumped on every change of the account (a call that is not read-only and succeeded, time
   * passing, a restore), so screens re-read what they show (use-console-query.ts). Read-only
   * calls (Describe/Get/List) and failed calls change nothing and do not bump it: a screen that
   * re-read after its own reads, or after a read that keeps failing, would re-read forever.
   */
  revision: number;
  /** Bumped on every new trail event, reads included (the event history follows this one). */
  trailRevision: number;
}

export const useConsole = create<ConsoleState>(() => ({
  cloud: undefined,
  region: 'us-east-1',
  identity: rootPrincipal(),
  revision: 0,
  trailRevision: 0,
}));

let unsubscribe: (() => void) | undefined;

/** Wires the store to an account (the composition root calls this once the account is loaded). */
export function attachCloud(cloud: Cloud): void {
  unsubscribe?.();
  unsubscribe = cloud.subscribe((change) => {
    const changesAccount = change.kind !== 'call' || !(change.event.readOnly || change.event.errorCode);
    useConsole.setState((s) => ({ revision: changesAccount ? s.revision + 1 : s.revision, trailRevision: s.trailRevision + 1 }));
  });
  useConsole.setState({ cloud, revision: 0, trailRevision: 0 });
}

let saveRefusal: () => Promise<string | undefined> = async () => undefined;

/** Tells the console how to ask whether the account's next save would be refused (the composition root sets it with the store). */
export const setSaveRefusal = (f: () => Promise<string | undefined>) => void (saveRefusal = f);
/** Why the account's next save would be refused (another tab saved a newer version), or undefined. */
export const accountSaveRefusal = () => saveRefusal();

export const setRegion = (region: string) => useConsole.setState({ region });
export const setIdentity = (identity: Principal) => useConsole.setState({ identity });

/**
 * Calls the API as the signed-in identity, in the selected Region (or `req.region`). `onTrace`
 * receives how the call was authorized (allowed or denied), for the console's "Why allowed".
 */
export async function consoleCall<O = any>(req: Omit<CallRequest, 'caller' | 'source'>, onTrace?: (trace: AuthorizationTrace) => void): Promise<O> {
  const { cloud, region, identity } = useConsole.getState();
  if (!cloud) throw new Error('The account is not loaded yet');
  const result = await cloud.invoke<O>({ ...req, region: req.region ?? region, caller: identity, source: 'console' });
  onTrace?.(result.trace);
  if (!result.ok) throw result.error;
  return result.output;
}
