/**
 * Component-test helpers: a real simulated account (WebCrypto works under Vitest's jsdom), wired
 * to the console store as the app does, with IAM users created through the API.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createCloud, type Cloud } from '@/cloud';
import { userArn } from '@/core/ids';
import { principalForUser, rootPrincipal } from '@/iam/state';
import { attachCloud, useConsole } from '@/state/console-store';

export interface Lab {
  cloud: Cloud;
  kms<O = any>(operation: string, input?: Record<string, unknown>): Promise<O>;
  iam<O = any>(operation: string, input?: Record<string, unknown>): Promise<O>;
  user(name: string, policies?: string[]): Promise<string>;
  signInAs(name: string): void;
  /** Operation names of the console's KMS calls so far, in order (console calls come from 'AWS Internal'). */
  consoleCalls(): string[];
}

export function lab(): Lab {
  const cloud = createCloud();
  attachCloud(cloud);
  useConsole.setState({ region: 'us-east-1', identity: rootPrincipal() });
  location.hash = '';
  return {
    cloud,
    kms: (operation, input = {}) => cloud.call({ service: 'kms', operation, input }),
    iam: (operation, input = {}) => cloud.call({ service: 'iam', operation, input }),
    async user(name, policies = []) {
      await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: name } });
      for (const p of policies) {
        await cloud.call({ service: 'iam', operation: 'AttachUserPolicy', input: { UserName: name, PolicyArn: `arn:aws:iam::aws:policy/${p}` } });
      }
      return userArn(name);
    },
    signInAs(name) {
      useConsole.setState({ identity: principalForUser(cloud.state.iam, name)! });
    },
    consoleCalls: () =>
      cloud.state.trail
        .filter((e) => e.eventSource === 'kms.amazonaws.com' && e.sourceIPAddress === 'AWS Internal' && e.eventType === 'AwsApiCall')
        .map((e) => e.eventName),
  };
}

export function show(ui: ReactNode) {
  return render(<>{ui}</>);
}

export const done = () => cleanup();

/**
 * Waits for a text anywhere in the page, as long as a busy machine may need: some answers wait on
 * an RSA key pair being made (seconds at load 25). A text that never comes still fails.
 */
export const seen = (text: string | RegExp) => waitFor(() => screen.getAllByText(text), { timeout: 15_000 });
