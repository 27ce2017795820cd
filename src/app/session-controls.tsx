/**
 * The top bar's controls that touch the account directly (the app is the only place allowed to):
 * the simulated clock, and the identity the console signs its calls as. They re-render whenever
 * the account changes (store revision).
 */
import { useEffect, useReducer } from 'react';
import type { Cloud } from '@/cloud/create-cloud';
import { ACCOUNT_ID } from '@/core/ids';
import { findUser } from '@/iam/find';
import { principalForUser, rootPrincipal } from '@/iam/state';
import type { TrailEvent } from '@/trail/event';
import { setIdentity, useConsole } from '@/state/console-store';
import { showFlash } from '@/state/flash';
import { ClockControl } from './clock-control';
import { IdentityMenu } from './identity-menu';
import { saveIdentity } from './preferences';

/** "KMS acted: DeleteKey (1), RotateKey (2)." from the service events time produced. */
export function lifecycleNote(events: TrailEvent[]): string {
  if (!events.length) return 'Nothing was due in that time.';
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.eventName, (counts.get(e.eventName) ?? 0) + 1);
  return `KMS acted: ${[...counts].map(([name, n]) => `${name} (${n})`).join(', ')}. See CloudTrail Event history.`;
}

/** How often the header re-reads the clock and lets KMS act on what fell due while the learner waited. */
export const CLOCK_TICK_MS = 60_000;

export function AppClock({ cloud }: { cloud: Cloud }) {
  useConsole((s) => s.revision);
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const id = setInterval(() => void cloud.clock.catchUp().then(tick, tick), CLOCK_TICK_MS);
    return () => clearInterval(id);
  }, [cloud]);
  async function advance(days: number) {
    const events: TrailEvent[] = [];
    const off = cloud.subscribe((c) => {
      if (c.kind === 'lifecycle') events.push(...c.events);
    });
    try {
      await cloud.clock.advanceDays(days);
    } finally {
      off();
    }
    return lifecycleNote(events);
  }
  return <ClockControl nowMs={cloud.clock.nowMs()} aheadMs={cloud.clock.offsetMs()} onAdvance={advance} />;
}

export function AppIdentity({ cloud }: { cloud: Cloud }) {
  const identity = useConsole((s) => s.identity);
  const revision = useConsole((s) => s.revision);
  const users = Object.values(cloud.state.iam.users)
    .map((u) => u.userName)
    .sort((a, b) => a.localeCompare(b));

  // Signed in as a user that was just deleted: back to root, and say so.
  useEffect(() => {
    if (identity.type === 'user' && !findUser(cloud.state.iam, identity.name)) {
      setIdentity(rootPrincipal());
      saveIdentity(undefined);
      showFlash({ tone: 'info', text: `The IAM user ${identity.name} no longer exists: you are now signed in as root.` });
    }
  }, [cloud, identity, revision]);

  function switchTo(name: string | undefined) {
    const p = name ? principalForUser(cloud.state.iam, name) : undefined;
    setIdentity(p ?? rootPrincipal());
    saveIdentity(p ? p.name : undefined);
  }

  return <IdentityMenu identity={identity} users={users} onSwitch={switchTo} accountId={ACCOUNT_ID} />;
}
