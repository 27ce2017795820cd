// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, describe, expect, it } from 'vitest';
import { userArn } from '@/core/ids';
import { buildDefaultPolicy } from '@/kms/model/default-policy';
import { done, lab, show } from '@/features/kms-console/testing';
import { KeyDetailPage } from './key-detail-page';

afterEach(done);

async function setup(extraStatement?: object) {
  const t = lab();
  await t.user('myKeyManager');
  await t.user('myKeyUser');
  const doc = JSON.parse(buildDefaultPolicy({ administrators: [userArn('myKeyManager')], users: [userArn('myKeyUser')] }));
  if (extraStatement) doc.Statement.push(extraStatement);
  const { KeyId, Arn } = (await t.kms('CreateKey', { Policy: JSON.stringify(doc) })).KeyMetadata;
  return { t, keyId: KeyId as string, arn: Arn as string };
}

async function disableAs(t: ReturnType<typeof lab>, keyId: string, userName: string) {
  const user = person();
  t.signInAs(userName);
  show(<KeyDetailPage keyId={keyId} />);
  const menu = await screen.findByRole('button', { name: /Key actions/ });
  await user.click(menu);
  await user.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Disable' }));
  return waitFor(
    () => {
      const a = screen.getAllByRole('alert').find((x) => x.textContent!.includes('kms:DisableKey'));
      if (!a) throw new Error('no DisableKey alert yet');
      return a;
    },
    { timeout: 5000 },
  );
}

describe('denied actions', () => {
  it('says so as AWS does, and "Why?" shows the key policy evaluation', async () => {
    const user = person();
    const { t, keyId, arn } = await setup();
    const alert = await disableAs(t, keyId, 'myKeyUser');
    expect(alert.textContent).toContain(`User: ${userArn('myKeyUser')} is not authorized to perform: kms:DisableKey on resource: ${arn}`);
    expect(alert.textContent).toContain('AccessDeniedException');
    const why = within(alert).getByRole('button', { name: 'Why?' });
    const panel = document.getElementById(why.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(true);
    await user.click(why);
    expect(panel.hidden).toBe(false);
    expect(within(panel).getByText('Statements that decided')).toBeTruthy();
    expect(alert.textContent).toContain('kms:DisableKey');
    // The user is a key user, not an administrator: only the account statement matched, and no IAM policy allows.
    expect(alert.textContent).toContain('Enable IAM User Permissions');
    expect(alert.textContent).not.toContain('Allow use of the key');
    expect(within(alert).getByText(/No IAM policy of the principal/)).toBeTruthy();
    expect(screen.getAllByLabelText('CLI command').map((c) => c.textContent)).toContain(`aws kms disable-key --key-id ${keyId} --region us-east-1`);
  });

  it('names the explicit Deny that decided', async () => {
    const user = person();
    const deny = { Sid: 'No disabling', Effect: 'Deny', Principal: { AWS: userArn('myKeyManager') }, Action: 'kms:DisableKey', Resource: '*' };
    const { t, keyId } = await setup(deny);
    const alert = await disableAs(t, keyId, 'myKeyManager');
    expect(alert.textContent).toContain('with an explicit deny in a resource-based policy');
    await user.click(within(alert).getByRole('button', { name: 'Why?' }));
    expect(alert.textContent).toContain('explicitly denies this request');
    expect(alert.textContent).toContain('No disabling');
    expect(alert.textContent).toMatch(/Deny\s*in Key policy/);
  });
});

describe('allowed actions', () => {
  it('"Why allowed" tells that the key policy lets IAM decide and which IAM policy allowed (the course setup)', async () => {
    const user = person();
    const t = lab();
    await t.user('myKeyUser', ['AdministratorAccess']);
    const doc = buildDefaultPolicy({ administrators: [userArn('myKeyManager')], users: [userArn('myKeyUser')] });
    await t.user('myKeyManager');
    const { KeyId } = (await t.kms('CreateKey', { Policy: doc })).KeyMetadata;
    t.signInAs('myKeyUser');
    show(<KeyDetailPage keyId={KeyId} />);
    await user.click(await screen.findByRole('button', { name: /Key actions/ }));
    await user.click(within(screen.getByRole('menu')).getByRole('menuitem', { name: 'Disable' }));
    const flash = await waitFor(
      () => {
        const f = screen.getAllByRole('status').find((x) => x.querySelector('.flash--success'));
        if (!f) throw new Error('no success yet');
        return f;
      },
      { timeout: 5000 },
    );
    const summary = within(flash).getByText('Why allowed');
    await user.click(summary);
    const explained = await within(flash).findByRole('region', { name: 'How kms DisableKey was authorized' });
    expect(explained.textContent).toContain('Allowed kms:DisableKey on');
    expect(explained.textContent).toContain('Key policy, statement "Enable IAM User Permissions": allows the account');
    expect(explained.textContent).toContain('AdministratorAccess (AWS managed, attached to user myKeyUser), statement 1');
  });
});
