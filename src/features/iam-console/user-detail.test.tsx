// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFlash } from '@/state/flash';
import { freshConsole, iamAsRoot } from '@/state/testing/console';
import { accessKeyCsv, accessKeyCsvName } from './access-key-csv';
import { UserDetailPage } from './user-detail-page';

afterEach(cleanup);

async function userInGroup() {
  const cloud = freshConsole();
  await iamAsRoot(cloud, 'CreateGroup', { GroupName: 'myKMSGroup' });
  await iamAsRoot(cloud, 'AttachGroupPolicy', { GroupName: 'myKMSGroup', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
  await iamAsRoot(cloud, 'CreateUser', { UserName: 'myKeyUser' });
  await iamAsRoot(cloud, 'AddUserToGroup', { GroupName: 'myKMSGroup', UserName: 'myKeyUser' });
  render(<UserDetailPage params={{ name: 'myKeyUser' }} />);
  await screen.findByRole('heading', { name: 'Summary' });
  return cloud;
}

describe("a user's page", () => {
  it('shows what the groups give, and refuses to delete a user still in a group (DeleteConflict)', async () => {
    const user = person();
    const cloud = await userInGroup();
    const fromGroups = screen.getByRole('table', { name: /Permissions from groups/ });
    expect(within(fromGroups).getByRole('link', { name: 'Group myKMSGroup' })).toBeTruthy();
    expect(within(fromGroups).getByText('AdministratorAccess')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete myKeyUser?' });
    await user.fill(within(dialog).getByLabelText(/To confirm deletion/), 'myKeyUser');
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Failed to delete user myKeyUser');
    expect(alert.textContent).toContain('Cannot delete entity, must remove user from all groups first.');
    expect(alert.textContent).toContain('Error code: DeleteConflict');

    // Out of the group, the same Delete works; its message carries how the call was allowed ("Why allowed").
    await iamAsRoot(cloud, 'RemoveUserFromGroup', { GroupName: 'myKMSGroup', UserName: 'myKeyUser' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(useFlash.getState().messages[0]?.text).toBe('User myKeyUser deleted.'));
    const [call] = useFlash.getState().messages[0]!.calls!;
    expect(call!.trace!.checks.map((c) => [c.action, c.decision.allowed])).toEqual([['iam:DeleteUser', true]]);
  });

  it('adds an inline policy from the JSON editor, refusing a broken one, then removes it', async () => {
    const user = person();
    const cloud = await userInGroup();
    await user.click(screen.getByRole('button', { name: 'Create inline policy' }));
    await user.fill(screen.getByLabelText('Policy name'), 'kms-only');
    const editor = screen.getByLabelText('Policy editor (JSON)');
    await user.fill(editor, '{\n "Version": "2012-10-17",\n "Statement": {"Effect": "Allow", "Action": "kms:*" "Resource": "*"}\n}');
    expect(screen.getByText(/^JSON syntax error at line 3/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Create policy' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^Fix the policy before saving: JSON syntax error at line 3/);
    expect(cloud.state.trail.some((e) => e.eventName === 'PutUserPolicy')).toBe(false);

    const doc = '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "kms:*", "Resource": "*"}}';
    await user.fill(editor, doc);
    await user.click(screen.getByRole('button', { name: 'Create policy' }));
    await screen.findByRole('button', { name: 'Edit inline policy kms-only' });
    expect(useFlash.getState().messages[0]!.calls).toEqual([
      {
        service: 'iam',
        operation: 'PutUserPolicy',
        input: { UserName: 'myKeyUser', PolicyName: 'kms-only', PolicyDocument: doc },
        trace: { checks: [expect.objectContaining({ action: 'iam:PutUserPolicy', decision: expect.objectContaining({ allowed: true }) })] },
      },
    ]);

    await user.click(screen.getByRole('checkbox', { name: 'Select kms-only' }));
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Edit inline policy kms-only' })).toBeNull());
    expect((await iamAsRoot(cloud, 'ListUserPolicies', { UserName: 'myKeyUser' })).PolicyNames).toEqual([]);
  });

  it('creates an access key, shows its secret once with the .csv, and never again', async () => {
    const user = person();
    const cloud = await userInGroup();
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const download = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(screen.getByRole('tab', { name: 'Security credentials' }));
    await user.click(screen.getByRole('button', { name: 'Create access key' }));
    const panel = await screen.findByRole('region', { name: 'Retrieve access keys' });
    const { AccessKeyMetadata } = await iamAsRoot(cloud, 'ListAccessKeys', { UserName: 'myKeyUser' });
    const id = AccessKeyMetadata[0].AccessKeyId;
    const secret = cloud.state.iam.users.myKeyUser!.accessKeys[0]!.secretAccessKey;
    expect(panel.textContent).toContain(id);
    expect(panel.textContent).not.toContain(secret);
    await user.click(within(panel).getByRole('button', { name: 'Show secret access key' }));
    expect(panel.textContent).toContain(secret);
    await user.click(within(panel).getByRole('button', { name: 'Download .csv file' }));
    expect(download).toHaveBeenCalledTimes(1);
    expect(download.mock.contexts[0]).toMatchObject({ download: 'myKeyUser_accessKeys.csv' });
    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('region', { name: 'Retrieve access keys' })).toBeNull();
    expect(document.body.textContent).not.toContain(secret);
    expect(screen.getByRole('table', { name: /Access keys/ }).textContent).toContain(id);
    // The trail never holds the secret.
    expect(JSON.stringify(cloud.state.trail)).not.toContain(secret);
  });

  it('says when the user does not exist', async () => {
    freshConsole();
    render(<UserDetailPage params={{ name: 'ghost' }} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The user with name ghost cannot be found.');
    expect(alert.textContent).toContain('Error code: NoSuchEntity');
  });

  it('writes the .csv as AWS does', () => {
    expect(accessKeyCsv('AKIA1', 's/+x')).toBe('Access key ID,Secret access key\nAKIA1,s/+x\n');
    expect(accessKeyCsvName('bob')).toBe('bob_accessKeys.csv');
  });
});
