// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { person } from '@/components/testing/person';
import { userArn } from '@/core/ids';
import { buildDefaultPolicy } from '@/kms/model/default-policy';
import { done, lab, show } from '@/features/kms-console/testing';
import { KeyDetailPage } from './key-detail-page';

afterEach(done);

/** The course setup: myKMSGroup with AdministratorAccess, myKeyManager and myKeyUser in it, a key naming them. */
async function courseSetup() {
  const t = lab();
  await t.iam('CreateGroup', { GroupName: 'myKMSGroup' });
  await t.iam('AttachGroupPolicy', { GroupName: 'myKMSGroup', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
  for (const name of ['myKeyManager', 'myKeyUser']) {
    await t.user(name);
    await t.iam('AddUserToGroup', { GroupName: 'myKMSGroup', UserName: name });
  }
  await t.user('auditor');
  const policy = buildDefaultPolicy({ administrators: [userArn('myKeyManager')], users: [userArn('myKeyUser')] });
  const { KeyId } = (await t.kms('CreateKey', { Policy: policy })).KeyMetadata;
  return { t, keyId: KeyId as string };
}

const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) });

describe('the key page: who can do what', () => {
  it('shows every principal against use and administration, with what allowed it', async () => {
    const user = person();
    const { t, keyId } = await courseSetup();
    show(<KeyDetailPage keyId={keyId} />);
    await user.click(await screen.findByRole('tab', { name: 'Who can do what' }));
    const table = await screen.findByRole('table', { name: 'Who can do what' }, { timeout: 5000 });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Principal', 'Use the key', 'Administer the key']);
    expect(row('root').textContent).toContain('Allowed: all 7 actions');
    const keyUser = row('user myKeyUser');
    expect(keyUser.textContent).toContain('Allowed: all 7 actionsby Key policy, statement "Allow use of the key"');
    // The course's surprise: the key user can administer the key, through AdministratorAccess.
    expect(keyUser.textContent).toContain(
      'Allowed: all 14 actionsby Key policy, statement "Enable IAM User Permissions" + AdministratorAccess (AWS managed, attached to group myKMSGroup), statement 1',
    );
    expect(row('user myKeyManager').textContent).toContain(
      'Allowed: all 7 actionsby Key policy, statement "Enable IAM User Permissions" + AdministratorAccess',
    );
    expect(row('user auditor').textContent).toContain('Denied: no action');
    await user.click(within(row('user auditor')).getAllByText((_, el) => el?.tagName === 'SUMMARY')[0]!);
    expect(row('user auditor').textContent).toContain(
      'Denied kms:Encrypt: Denied by default: the key policy allows the account, which lets IAM policies decide, but no IAM policy',
    );

    // Taking myKeyUser out of the group leaves it the key policy's use only.
    await t.iam('RemoveUserFromGroup', { GroupName: 'myKMSGroup', UserName: 'myKeyUser' });
    await waitFor(() => expect(row('user myKeyUser').textContent).toContain('Denied: no action'), { timeout: 5000 });
    expect(row('user myKeyUser').textContent).toContain('Allowed: all 7 actions');
  });
});
