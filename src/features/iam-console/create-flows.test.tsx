// @vitest-environment jsdom
/**
 * The course's IAM setup through the console components, against a real account: group
 * myKMSGroup with AdministratorAccess, users myKeyManager and myKeyUser in it. Each action is
 * API calls as the signed-in identity, with its CLI equivalent; errors as AWS words them.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { person, type Person } from '@/components/testing/person';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setIdentity } from '@/state/console-store';
import { useFlash } from '@/state/flash';
import { freshConsole, iamAsRoot } from '@/state/testing/console';
import { principalForUser } from '@/iam/state';
import { CreateGroupPage } from './create-group-page';
import { CreateUserPage } from './create-user-page';

afterEach(cleanup);
/** A person at the mouse and keyboard, new for each test. */
let user: Person;
beforeEach(() => {
  user = person();
});

beforeEach(() => {
  window.location.hash = '';
});

const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const flashText = () => useFlash.getState().messages.map((m) => m.text);
/** The flash's calls without their traces; each call that ran carries the trace of its allowed authorization. */
const flashCalls = () =>
  useFlash.getState().messages.flatMap((m) =>
    (m.calls ?? []).map(({ trace, ...call }) => {
      expect(trace?.checks.every((c) => c.decision.allowed)).toBe(true);
      return call;
    }),
  );

async function createGroup(name: string, policy?: string) {
  render(<CreateGroupPage />);
  await user.fill(screen.getByLabelText('User group name'), name);
  if (policy) await user.click(await screen.findByRole('checkbox', { name: policy }));
  await user.click(screen.getByRole('button', { name: 'Create user group' }));
}

async function createUser(name: string, group?: string) {
  render(<CreateUserPage />);
  await user.fill(screen.getByLabelText('User name'), name);
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { name: 'Set permissions' });
  if (group) await user.click(await screen.findByRole('checkbox', { name: group }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { name: 'Review and create' });
  await user.click(screen.getByRole('button', { name: 'Create user' }));
}

describe('Create user group', () => {
  it('creates myKMSGroup with AdministratorAccess, shows the CLI equivalent, and lands on the list', async () => {
    const cloud = freshConsole();
    await createGroup('myKMSGroup', 'AdministratorAccess');
    await waitFor(() => expect(window.location.hash).toBe('#/iam/groups'));
    expect(flashText()).toEqual(['myKMSGroup user group created.']);
    expect(flashCalls()).toEqual([
      { service: 'iam', operation: 'CreateGroup', input: { GroupName: 'myKMSGroup' } },
      { service: 'iam', operation: 'AttachGroupPolicy', input: { GroupName: 'myKMSGroup', PolicyArn: ADMIN } },
    ]);
    const attached = await iamAsRoot(cloud, 'ListAttachedGroupPolicies', { GroupName: 'myKMSGroup' });
    expect(attached.AttachedPolicies).toEqual([{ PolicyName: 'AdministratorAccess', PolicyArn: ADMIN }]);
    // The calls were made from the console, as root.
    const created = cloud.state.trail.find((e) => e.eventName === 'CreateGroup')!;
    expect(created).toMatchObject({ userIdentity: { type: 'Root' }, userAgent: 'AWS Internal', awsRegion: 'us-east-1' });
  });

  it('previews the commands before creating', async () => {
    freshConsole();
    render(<CreateGroupPage />);
    await user.fill(screen.getByLabelText('User group name'), 'myKMSGroup');
    await user.click(await screen.findByRole('checkbox', { name: 'AdministratorAccess' }));
    expect(screen.getByLabelText('CLI commands').textContent).toBe(
      'aws iam create-group --group-name myKMSGroup\naws iam attach-group-policy --group-name myKMSGroup --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
    );
  });

  it('checks the name before calling, in the console words', async () => {
    const cloud = freshConsole();
    const before = cloud.state.trail.length;
    await createGroup('my group');
    expect(screen.getByText('User group name can contain only alphanumeric characters and the following: + = , . @ _ - (hyphen).')).toBeTruthy();
    expect(screen.getByLabelText('User group name').getAttribute('aria-invalid')).toBe('true');
    expect(cloud.state.trail.slice(before).some((e) => e.eventName === 'CreateGroup')).toBe(false);
  });

  it("shows IAM's EntityAlreadyExists for a group that exists", async () => {
    const cloud = freshConsole();
    await iamAsRoot(cloud, 'CreateGroup', { GroupName: 'myKMSGroup' });
    await createGroup('myKMSGroup');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Failed to create user group myKMSGroup');
    expect(alert.textContent).toContain('Group with name myKMSGroup already exists.');
    expect(alert.textContent).toContain('Error code: EntityAlreadyExists');
  });
});

describe('Create user', () => {
  it('creates myKeyManager and myKeyUser in myKMSGroup', async () => {
    const cloud = freshConsole();
    await iamAsRoot(cloud, 'CreateGroup', { GroupName: 'myKMSGroup' });
    await iamAsRoot(cloud, 'AttachGroupPolicy', { GroupName: 'myKMSGroup', PolicyArn: ADMIN });
    for (const name of ['myKeyManager', 'myKeyUser']) {
      await createUser(name, 'myKMSGroup');
      await waitFor(() => expect(window.location.hash).toBe('#/iam/users'));
      expect(flashText()).toEqual([`User ${name} created.`]);
      expect(flashCalls()).toEqual([
        { service: 'iam', operation: 'CreateUser', input: { UserName: name } },
        { service: 'iam', operation: 'AddUserToGroup', input: { GroupName: 'myKMSGroup', UserName: name } },
      ]);
      cleanup();
      window.location.hash = '';
    }
    const group = await iamAsRoot(cloud, 'GetGroup', { GroupName: 'myKMSGroup' });
    expect(group.Users.map((u: { UserName: string }) => u.UserName)).toEqual(['myKeyManager', 'myKeyUser']);
  });

  it('attaches policies directly when asked, and shows the review with its CLI equivalent', async () => {
    const cloud = freshConsole();
    render(<CreateUserPage />);
    await user.fill(screen.getByLabelText('User name'), 'auditor');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('radio', { name: /Attach policies directly/ }));
    await user.click(await screen.findByRole('checkbox', { name: 'ReadOnlyAccess' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByLabelText('CLI commands').textContent).toBe(
      'aws iam create-user --user-name auditor\naws iam attach-user-policy --user-name auditor --policy-arn arn:aws:iam::aws:policy/ReadOnlyAccess',
    );
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(window.location.hash).toBe('#/iam/users'));
    expect((await iamAsRoot(cloud, 'ListAttachedUserPolicies', { UserName: 'auditor' })).AttachedPolicies).toHaveLength(1);
  });

  it('refuses to go on without a valid name', async () => {
    freshConsole();
    render(<CreateUserPage />);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('User name is required.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Set permissions' })).toBeNull();
    await user.fill(screen.getByLabelText('User name'), 'x'.repeat(65));
    expect(screen.getByText('User name must have 64 characters or fewer.')).toBeTruthy();
  });

  it('shows AccessDenied with "Why?" when the signed-in user may not create users', async () => {
    const cloud = freshConsole();
    await iamAsRoot(cloud, 'CreateUser', { UserName: 'intern' });
    setIdentity(principalForUser(cloud.state.iam, 'intern')!);
    await createUser('someone');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Failed to create user someone');
    expect(alert.textContent).toContain(
      'User: arn:aws:iam::111122223333:user/intern is not authorized to perform: iam:CreateUser on resource: arn:aws:iam::111122223333:user/someone because no identity-based policy allows the iam:CreateUser action',
    );
    await user.click(within(alert).getByRole('button', { name: 'Why?' }));
    expect(within(alert).getByText(/No IAM policy of the principal/)).toBeTruthy();
    expect(cloud.state.trail.at(-1)).toMatchObject({ eventName: 'CreateUser', errorCode: 'AccessDenied', userIdentity: { userName: 'intern' } });
  });
});
