// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, describe, expect, it } from 'vitest';
import { userArn } from '@/core/ids';
import { buildDefaultPolicy } from '@/kms/model/default-policy';
import { done, lab, seen, show } from '@/features/kms-console/testing';
import { KeyDetailPage } from './key-detail-page';

afterEach(done);

async function setup() {
  const t = lab();
  await t.user('myKeyManager');
  await t.user('myKeyUser');
  const policy = buildDefaultPolicy({ administrators: [userArn('myKeyManager')], users: [userArn('myKeyUser')] });
  const keyId = (await t.kms('CreateKey', { Policy: policy })).KeyMetadata.KeyId as string;
  show(<KeyDetailPage keyId={keyId} tab="policy" />);
  await screen.findByRole('heading', { name: /Key administrators/ });
  return { t, keyId };
}

const policyOf = async (t: ReturnType<typeof lab>, keyId: string) => JSON.parse((await t.kms('GetKeyPolicy', { KeyId: keyId })).Policy);
const section = (name: RegExp) => screen.getByRole('region', { name });
const puts = (t: ReturnType<typeof lab>) => t.consoleCalls().filter((c) => c === 'PutKeyPolicy').length;

describe('key policy tab', () => {
  it('lists key administrators and key users; Add and Remove rewrite the policy with PutKeyPolicy', async () => {
    const user = person();
    const { t, keyId } = await setup();
    expect(within(section(/Key administrators/)).getByText('myKeyManager')).toBeTruthy();
    expect(within(section(/Key users/)).getByText('myKeyUser')).toBeTruthy();

    await user.click(within(section(/Key administrators/)).getByRole('checkbox', { name: 'Select myKeyManager' }));
    await user.click(within(section(/Key administrators/)).getByRole('button', { name: 'Remove' }));
    await seen('Key administrators updated. The key policy was changed.');
    let doc = await policyOf(t, keyId);
    expect(doc.Statement.map((s: { Sid: string }) => s.Sid)).toEqual([
      'Enable IAM User Permissions',
      'Allow use of the key',
      'Allow attachment of persistent resources',
    ]);

    await user.click(within(section(/Key users/)).getByRole('button', { name: 'Add' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add key users' });
    await user.click(await within(dialog).findByRole('checkbox', { name: 'myKeyManager' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await seen('Key users updated. The key policy was changed.');
    doc = await policyOf(t, keyId);
    expect(doc.Statement[1].Principal.AWS).toEqual([userArn('myKeyUser'), userArn('myKeyManager')]);
    expect(screen.getByLabelText('CLI command').textContent).toMatch(new RegExp(`^aws kms put-key-policy --key-id ${keyId} --policy-name default --policy '`));
    expect(puts(t)).toBe(2);
  });

  it('reports a JSON error with its line before calling PutKeyPolicy', async () => {
    const user = person();
    const { t } = await setup();
    await user.click(screen.getByRole('button', { name: 'Switch to policy view' }));
    expect(screen.getByLabelText('Key policy JSON').textContent).toContain('"Sid" : "Allow access for Key Administrators"');
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const editor = screen.getByLabelText('Key policy document (JSON)') as HTMLTextAreaElement;
    await user.fill(editor, '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", }\n  ]\n}');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByText(/^JSON syntax error on line 4, column 24: trailing comma before '}'\./);
    expect(alert.textContent).toContain('nothing was sent to AWS KMS');
    expect(puts(t)).toBe(0);
  });

  it("shows PutKeyPolicy's MalformedPolicyDocumentException as AWS words it", async () => {
    const user = person();
    const { t } = await setup();
    await user.click(screen.getByRole('button', { name: 'Switch to policy view' }));
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const lockout = JSON.stringify(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: userArn('myKeyUser') }, Action: 'kms:Encrypt', Resource: '*' }] },
      null,
      2,
    );
    await user.fill(screen.getByLabelText('Key policy document (JSON)'), lockout);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Failed to update the key policy');
    expect(alert.textContent).toContain('The new key policy will not allow you to update the key policy in the future.');
    expect(alert.textContent).toContain('MalformedPolicyDocumentException');
    expect(puts(t)).toBe(1);

    await user.fill(screen.getByLabelText('Key policy document (JSON)'), lockout.replace('myKeyUser', 'nobodyHere'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await seen('Policy contains a statement with one or more invalid principals.');
  });

  it('saves an edited policy, after which only the policy view can show it', async () => {
    const user = person();
    const { t, keyId } = await setup();
    await user.click(screen.getByRole('button', { name: 'Switch to policy view' }));
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const doc = await policyOf(t, keyId);
    doc.Statement.push({
      Sid: 'Deny decrypt to myKeyManager',
      Effect: 'Deny',
      Principal: { AWS: userArn('myKeyManager') },
      Action: 'kms:Decrypt',
      Resource: '*',
    });
    await user.fill(screen.getByLabelText('Key policy document (JSON)'), JSON.stringify(doc, null, 2));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await seen('The key policy was updated.');
    await seen(/The default view is not available/);
    expect(screen.queryByRole('button', { name: 'Switch to default view' })).toBeNull();
    expect((await policyOf(t, keyId)).Statement).toHaveLength(5);
    await waitFor(() => expect(screen.getByLabelText('Key policy JSON').textContent).toContain('Deny decrypt to myKeyManager'));
  });
});
