// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { done, lab, seen, show } from '@/features/kms-console/testing';
import { KeyDetailPage } from './key-detail-page';
import { parsePairs } from './grants-tab';

afterEach(done);

const grantsTable = () => screen.getByRole('table', { name: 'Grants' });

describe('grants tab', () => {
  it('creates a grant with a constraint, lists it, and retires and revokes grants', async () => {
    const t = lab();
    const bob = await t.user('bob');
    const keyId = (await t.kms('CreateKey')).KeyMetadata.KeyId as string;
    show(<KeyDetailPage keyId={keyId} tab="grants" />);
    await seen('This key has no grants.');
    // Only the operations of a symmetric encryption key are offered.
    const ops = within(screen.getByRole('group', { name: 'Operations' }));
    expect(ops.queryByRole('checkbox', { name: 'Sign' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Create grant' }));
    expect(screen.getByText('Choose the principal that gets the permissions.')).toBeTruthy();
    expect(screen.getByText('Choose at least one operation.')).toBeTruthy();
    expect(t.consoleCalls()).not.toContain('CreateGrant');

    await waitFor(() => expect(within(screen.getByLabelText('Grantee principal')).getByRole('option', { name: 'bob (IAM user)' })).toBeTruthy());
    fireEvent.change(screen.getByLabelText('Grantee principal'), { target: { value: bob } });
    fireEvent.click(ops.getByRole('checkbox', { name: 'Decrypt' }));
    fireEvent.change(screen.getByLabelText('Encryption context constraint'), { target: { value: 'EncryptionContextSubset' } });
    fireEvent.change(screen.getByLabelText('Encryption context pairs'), { target: { value: 'app=web, env=prod' } });
    fireEvent.change(screen.getByLabelText('Name - optional'), { target: { value: 'reader' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create grant' }));
    await seen(/^Grant [0-9a-f]{64} created\.$/);
    const [grant] = (await t.kms('ListGrants', { KeyId: keyId })).Grants;
    expect(grant).toMatchObject({
      GranteePrincipal: bob,
      Operations: ['Decrypt'],
      Name: 'reader',
      Constraints: { EncryptionContextSubset: { app: 'web', env: 'prod' } },
    });
    expect(screen.getByLabelText('CLI command').textContent).toContain(
      `aws kms create-grant --key-id ${keyId} --grantee-principal ${bob} --operations Decrypt`,
    );
    expect(within(screen.getByRole('region', { name: 'The new grant' })).getByText(grant.GrantId)).toBeTruthy();
    await waitFor(() => expect(within(grantsTable()).getByText(grant.GrantId)).toBeTruthy());
    expect(within(grantsTable()).getByText('{"app":"web","env":"prod"}', { exact: false })).toBeTruthy();

    // Revoke the selected grant.
    fireEvent.click(screen.getByRole('radio', { name: 'Select grant reader' }));
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    await seen(`Grant ${grant.GrantId} revoked.`);
    expect((await t.kms('ListGrants', { KeyId: keyId })).Grants).toEqual([]);

    // Retire one made from the API.
    const { GrantId } = await t.kms('CreateGrant', { KeyId: keyId, GranteePrincipal: bob, Operations: ['Encrypt'] });
    done();
    show(<KeyDetailPage keyId={keyId} tab="grants" />);
    fireEvent.click(await screen.findByRole('radio', { name: `Select grant ${GrantId}` }));
    fireEvent.click(screen.getByRole('button', { name: 'Retire' }));
    await seen(`Grant ${GrantId} retired.`);
    expect(t.consoleCalls().filter((c) => c.includes('Grant') && !c.startsWith('List'))).toEqual(['CreateGrant', 'RevokeGrant', 'RetireGrant']);
  });

  it("offers a signing key's operations, and shows AWS's denial to a caller who may describe the key but not list its grants", async () => {
    const t = lab();
    await t.user('nobody');
    const keyId = (await t.kms('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId as string;
    show(<KeyDetailPage keyId={keyId} tab="grants" />);
    const ops = within(await screen.findByRole('group', { name: 'Operations' }));
    expect(ops.getAllByRole('checkbox').map((c) => (c as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'Sign',
      'Verify',
      'GetPublicKey',
      'DescribeKey',
      'CreateGrant',
      'RetireGrant',
    ]);
    expect(screen.queryByLabelText('Encryption context constraint')).toBeNull();
    done();
    const describeOnly = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:DescribeKey', Resource: '*' }] };
    await t.iam('PutUserPolicy', { UserName: 'nobody', PolicyName: 'describe', PolicyDocument: JSON.stringify(describeOnly) });
    t.signInAs('nobody');
    show(<KeyDetailPage keyId={keyId} tab="grants" />);
    await seen('Failed to list the grants');
    expect(screen.getByText(/is not authorized to perform: kms:ListGrants/)).toBeTruthy();
  });

  it('reads encryption context pairs as key=value, separated by commas', () => {
    expect(parsePairs(' a=1, b = x=y ')).toEqual({ pairs: { a: '1', b: 'x=y' } });
    expect(parsePairs('')).toEqual({ problem: 'Enter at least one pair, as key=value.' });
    expect(parsePairs('a=1, nope')).toEqual({ problem: '"nope" is not a key=value pair.' });
  });
});
