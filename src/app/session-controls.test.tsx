// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { person, type Person } from '@/components/testing/person';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consoleCall, useConsole } from '@/state/console-store';
import { freshConsole, iamAsRoot } from '@/state/testing/console';
import { AppClock, AppIdentity, lifecycleNote } from './session-controls';

afterEach(cleanup);
/** A person at the mouse and keyboard, new for each test. */
let user: Person;
beforeEach(() => {
  user = person();
});

/** Opens a top bar menu: its panel (a popover whose code loads on first use) is there when this resolves. */
const openMenu = async (name: RegExp) => {
  await user.click(screen.getByRole('button', { name }));
  await screen.findByRole('dialog');
};

describe('the identity switcher', () => {
  it('lists root and every IAM user, and switches with one click in the menu', async () => {
    const cloud = freshConsole();
    await iamAsRoot(cloud, 'CreateUser', { UserName: 'myKeyUser' });
    render(<AppIdentity cloud={cloud} />);
    expect(screen.getByRole('button', { name: /Signed in as root/ })).toBeTruthy();

    await openMenu(/Signed in as root/);
    const options = screen.getAllByRole('listitem').map((li) => li.querySelector('.menu-list__label')?.textContent);
    expect(options).toEqual(['root', 'lab-admin', 'myKeyUser']);
    expect(screen.getByRole('button', { name: /^root/ }).getAttribute('aria-current')).toBe('true');

    await user.click(screen.getByRole('button', { name: /^myKeyUser/ }));
    expect(useConsole.getState().identity).toMatchObject({ type: 'user', name: 'myKeyUser', arn: 'arn:aws:iam::111122223333:user/myKeyUser' });
    expect(screen.getByRole('button', { name: /Signed in as myKeyUser/ }).getAttribute('aria-expanded')).toBe('false');
    expect(localStorage.getItem('kms-lab:identity')).toBe('myKeyUser');
  });

  it('changes what is allowed: a user without policies is denied what root may do', async () => {
    const cloud = freshConsole();
    await iamAsRoot(cloud, 'CreateUser', { UserName: 'nobody' });
    render(<AppIdentity cloud={cloud} />);
    await expect(consoleCall({ service: 'iam', operation: 'ListUsers' })).resolves.toBeTruthy();

    await openMenu(/Signed in as root/);
    await user.click(screen.getByRole('button', { name: /^nobody/ }));
    await expect(consoleCall({ service: 'iam', operation: 'ListUsers' })).rejects.toMatchObject({
      code: 'AccessDenied',
      message:
        'User: arn:aws:iam::111122223333:user/nobody is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::111122223333:user/ because no identity-based policy allows the iam:ListUsers action',
    });

    await openMenu(/Signed in as nobody/);
    await user.click(screen.getByRole('button', { name: /^root/ }));
    expect(useConsole.getState().identity.type).toBe('root');
  });

  it('falls back to root when the signed-in user is deleted', async () => {
    const cloud = freshConsole();
    await iamAsRoot(cloud, 'CreateUser', { UserName: 'temp' });
    render(<AppIdentity cloud={cloud} />);
    await openMenu(/Signed in as root/);
    await user.click(screen.getByRole('button', { name: /^temp/ }));
    await act(() => iamAsRoot(cloud, 'DeleteUser', { UserName: 'temp' }));
    await waitFor(() => expect(useConsole.getState().identity.type).toBe('root'));
    expect(screen.getByRole('button', { name: /Signed in as root/ })).toBeTruthy();
  });
});

describe('advance time', () => {
  it('shows the simulated date and advances it by 1, 30 or 365 days', async () => {
    const cloud = freshConsole();
    render(<AppClock cloud={cloud} />);
    expect(screen.getByText('May 1, 2027')).toBeTruthy();

    await openMenu(/Advance time/);
    const said = (text: string) => waitFor(() => expect(screen.getByRole('status').textContent).toBe(text));
    await user.click(screen.getByRole('button', { name: '30 days' }));
    await said('Advanced 30 days. Nothing was due in that time.');
    expect(screen.getByText('May 31, 2027')).toBeTruthy();

    // The menu stays open, to advance again.
    await user.click(screen.getByRole('button', { name: '1 day' }));
    await said('Advanced 1 day. Nothing was due in that time.');
    expect(screen.getByText('June 1, 2027')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '365 days' }));
    await said('Advanced 365 days. Nothing was due in that time.');
    expect(screen.getByText('May 31, 2028')).toBeTruthy(); // 2028 is a leap year
  });

  it('advances by a custom number of days and refuses what is not a whole number of days', async () => {
    const cloud = freshConsole();
    render(<AppClock cloud={cloud} />);
    await openMenu(/Advance time/);
    const days = screen.getByLabelText('Number of days');
    for (const bad of ['abc', '0', '-3', '2.5', '100000']) {
      await user.fill(days, bad);
      await user.click(screen.getByRole('button', { name: 'Advance' }));
      expect(screen.getByText('Enter a whole number of days from 1 to 3650.')).toBeTruthy();
      expect(days.getAttribute('aria-invalid')).toBe('true');
    }
    expect(cloud.clock.nowMs()).toBe(Date.UTC(2027, 4, 1, 10));
    await user.fill(days, '7');
    await user.press(days, 'Enter');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Advanced 7 days. Nothing was due in that time.'));
    expect(screen.getByText('May 8, 2027')).toBeTruthy();
  });

  it('runs the KMS lifecycle: a key scheduled for deletion is deleted when its day comes', async () => {
    const cloud = freshConsole();
    const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
    await cloud.call({ service: 'kms', operation: 'ScheduleKeyDeletion', input: { KeyId: KeyMetadata.KeyId, PendingWindowInDays: 7 } });
    render(<AppClock cloud={cloud} />);
    await openMenu(/Advance time/);
    await user.click(screen.getByRole('button', { name: '30 days' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Advanced 30 days. KMS acted: DeleteKey (1). See CloudTrail Event history.'));
    await expect(cloud.call({ service: 'kms', operation: 'DescribeKey', input: { KeyId: KeyMetadata.KeyId } })).rejects.toMatchObject({
      code: 'NotFoundException',
    });
  });

  it('words what KMS did', () => {
    expect(lifecycleNote([])).toBe('Nothing was due in that time.');
  });
});
