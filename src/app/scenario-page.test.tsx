// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, describe, expect, it } from 'vitest';
import { freshConsole } from '@/state/testing/console';
import { ScenarioPage } from './scenario-page';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe('the demo scenario page', () => {
  it('replaces the account only after a confirmation that says so, then offers Reset scenario', async () => {
    const user = person();
    const cloud = freshConsole();
    await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'mine' } });
    render(<ScenarioPage id="separation-of-duties" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Demo scenario: Separation of duties demo' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Load scenario' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(/replaces your whole simulated account/)).toBeTruthy();
    expect(cloud.state.iam.users.mine).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Load scenario' }));
    expect(await screen.findByText(/Scenario “Separation of duties demo” loaded/)).toBeTruthy();
    expect(Object.keys(cloud.state.iam.users).sort()).toEqual(['key-admin', 'key-user', 'lab-admin']);
    expect(cloud.clock.nowMs()).toBe(Date.parse('2026-05-04T09:00:00Z'));
    expect(screen.getByRole('button', { name: 'Reset scenario' })).toBeTruthy();
  });

  it('names the scenarios there are when the id is unknown', () => {
    freshConsole();
    render(<ScenarioPage id="nope" />);
    expect(screen.getByRole('heading', { name: 'Scenario not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Key rotation demo' }).getAttribute('href')).toBe('#/scenario/rotation-demo');
  });
});
