/**
 * Component tests against a real account: a fresh cloud attached to the console store, signed in
 * as root, no flash messages. The engine runs under jsdom (WebCrypto is Node's).
 */
import { createCloud, type Cloud } from '@/cloud/create-cloud';
import { SimulatedClock } from '@/core/clock';
import { rootPrincipal } from '@/iam/state';
import { attachCloud, setIdentity, setRegion } from '@/state/console-store';
import { clearFlash } from '@/state/flash';

export const START = Date.UTC(2027, 4, 1, 10, 0, 0);

export function freshConsole(): Cloud {
  const cloud = createCloud({ clock: new SimulatedClock(START) });
  attachCloud(cloud);
  setIdentity(rootPrincipal());
  setRegion('us-east-1');
  clearFlash();
  return cloud;
}

/** Calls IAM as root, outside the console (setting the scene). */
export const iamAsRoot = (cloud: Cloud, operation: string, input: Record<string, unknown> = {}) => cloud.call({ service: 'iam', operation, input });
