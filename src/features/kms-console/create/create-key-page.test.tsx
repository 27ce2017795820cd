// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { person, type Person } from '@/components/testing/person';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userArn } from '@/core/ids';
import { buildDefaultPolicy } from '@/kms/model/default-policy';
import { ALIAS_MESSAGES } from '@/features/kms-console/lib/alias-rules';
import { done, lab, seen, show } from '@/features/kms-console/testing';
import { CreateKeyPage } from './create-key-page';
import { WIZARD_MESSAGES } from './wizard-state';

afterEach(done);

const heading = () => screen.getByRole('heading', { level: 1 }).textContent;
const next = async () => await user.click(screen.getByRole('button', { name: 'Next' }));
const alias = () => screen.getByRole('textbox', { name: 'Alias' }) as HTMLInputElement;

async function toLabels() {
  await waitFor(() => expect(heading()).toBe('Configure key'));
  await next();
  await waitFor(() => expect(heading()).toBe('Add labels'));
}

describe('create key wizard', () => {
  it('walks the console steps and creates the key with the default policy and the alias', async () => {
    const t = lab();
    await t.user('myKeyManager', ['AdministratorAccess']);
    await t.user('myKeyUser', ['AdministratorAccess']);
    show(<CreateKeyPage />);

    const steps = within(screen.getByRole('navigation', { name: 'Create key steps' })).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual([
      'Step 1 Configure key',
      'Step 2 Add labels',
      'Step 3 Define key administrative permissions',
      'Step 4 Define key usage permissions',
      'Step 5 Review',
    ]);
    expect((screen.getByLabelText('Symmetric') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Asymmetric') as HTMLInputElement).disabled).toBe(false);
    expect((screen.getByLabelText('Encrypt and decrypt') as HTMLInputElement).checked).toBe(true);
    // A symmetric encryption key has one key spec: no choice is offered.
    expect(screen.queryByRole('group', { name: 'Key spec' })).toBeNull();

    await toLabels();
    await user.fill(alias(), 'myCMK');
    await user.fill(screen.getByLabelText('Description'), 'Course key');
    await next();
    await waitFor(() => expect(heading()).toBe('Define key administrative permissions'));
    await user.click(await screen.findByRole('checkbox', { name: 'myKeyManager' }));
    expect((screen.getByLabelText('Allow key administrators to delete this key.') as HTMLInputElement).checked).toBe(true);
    await next();
    await waitFor(() => expect(heading()).toBe('Define key usage permissions'));
    await user.click(await screen.findByRole('checkbox', { name: 'myKeyUser' }));
    await next();
    await waitFor(() => expect(heading()).toBe('Review'));

    const expected = buildDefaultPolicy({
      administrators: [userArn('myKeyManager')],
      users: [userArn('myKeyUser')],
      allowAdministratorsToDelete: true,
      origin: 'AWS_KMS',
    });
    const policy = screen.getByLabelText('Key policy JSON').textContent!;
    expect(policy).toBe(expected);
    expect(JSON.parse(policy).Statement.map((s: { Sid: string }) => s.Sid)).toEqual([
      'Enable IAM User Permissions',
      'Allow access for Key Administrators',
      'Allow use of the key',
      'Allow attachment of persistent resources',
    ]);
    expect(policy).toContain('"AWS" : "arn:aws:iam::111122223333:user/myKeyManager"');
    expect(policy).toContain('"AWS" : "arn:aws:iam::111122223333:user/myKeyUser"');
    // Both hold AdministratorAccess: the review warns that the key policy does not separate their duties.
    const warning = screen.getByRole('region', { name: 'Key administrators and key users are not separated' });
    expect(warning.textContent).toContain('myKeyManager, chosen as key administrator, can also use this key (Encrypt, Decrypt,');
    expect(warning.textContent).toContain('myKeyUser, chosen as key user, can also administer this key (PutKeyPolicy,');
    expect(warning.textContent).toContain('AdministratorAccess (AWS managed, attached to user myKeyUser) allows it');
    expect(warning.textContent).toContain('no kms:* on every resource');
    const cli = screen.getByLabelText('CLI commands').textContent!;
    expect(cli).toMatch(/^aws kms create-key --policy '\{/);
    expect(cli).toContain("--description 'Course key'");
    expect(cli).toContain('aws kms create-alias --alias-name alias/myCMK');

    await user.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(location.hash).toMatch(/^#\/kms\/keys\/[0-9a-f-]{36}$/));
    const keyId = location.hash.split('/').pop()!;
    // The success message rides the app's flash bar across the navigation, with both commands.
    const [flash] = useFlash.getState().messages;
    expect(flash!.text).toBe(`Your AWS KMS key was created with alias myCMK and key ID ${keyId}.`);
    expect(flash!.calls!.map((c) => c.operation)).toEqual(['CreateKey', 'CreateAlias']);
    // Each call carries how it was allowed, for the flash's "Why allowed".
    expect(flash!.calls!.map((c) => c.trace?.checks.map((k) => [k.action, k.decision.allowed]))).toEqual([
      [['kms:CreateKey', true]],
      [
        ['kms:CreateAlias', true],
        ['kms:CreateAlias', true],
      ],
    ]);
    expect(t.consoleCalls().filter((c) => !/^(List|Describe|Get)/.test(c))).toEqual(['CreateKey', 'CreateAlias']);
    const { KeyMetadata } = await t.kms('DescribeKey', { KeyId: 'alias/myCMK' });
    expect(KeyMetadata).toMatchObject({ KeyId: keyId, KeyState: 'Enabled', Description: 'Course key', Origin: 'AWS_KMS' });
    expect((await t.kms('GetKeyPolicy', { KeyId: keyId })).Policy).toBe(expected);
  });

  it('creates an ECC signing key: key type, usage and spec as the console offers them, and the signing users policy', async () => {
    const t = lab();
    await t.user('mySigner', ['AdministratorAccess']);
    show(<CreateKeyPage />);
    await waitFor(() => expect(heading()).toBe('Configure key'));
    await user.click(screen.getByLabelText('Asymmetric'));
    const usages = within(screen.getByRole('group', { name: 'Key usage' })).getAllByRole('radio');
    expect(usages.map((r) => (r as HTMLInputElement).labels![0]!.textContent)).toEqual(['Encrypt and decrypt', 'Sign and verify', 'Key agreement']);
    // Asymmetric encryption keys are RSA keys.
    const specs = () =>
      within(screen.getByRole('group', { name: 'Key spec' }))
        .getAllByRole('radio')
        .map((r) => (r as HTMLInputElement).labels![0]!.textContent);
    expect(specs()).toEqual(['RSA_2048', 'RSA_3072', 'RSA_4096']);
    await user.click(screen.getByLabelText('Sign and verify'));
    expect(specs()).toContain('ML_DSA_65');
    expect(specs()).toContain('ECC_NIST_EDWARDS25519');
    await user.click(screen.getByLabelText('ECC_NIST_P256'));
    await toLabels();
    await user.fill(alias(), 'signer');
    await next();
    await waitFor(() => expect(heading()).toBe('Define key administrative permissions'));
    await next();
    await waitFor(() => expect(heading()).toBe('Define key usage permissions'));
    await user.click(await screen.findByRole('checkbox', { name: 'mySigner' }));
    await next();
    await waitFor(() => expect(heading()).toBe('Review'));
    const policy = JSON.parse(screen.getByLabelText('Key policy JSON').textContent!);
    // A key user alone, with no administrator chosen: its AdministratorAccess lets it administer the key, and the review says so.
    expect(screen.getByRole('region', { name: 'Key administrators and key users are not separated' }).textContent).toContain('mySigner, chosen as key user');
    const users = policy.Statement.find((s: { Sid: string }) => s.Sid === 'Allow use of the key');
    expect(users.Action).toEqual(['kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign', 'kms:Verify']);
    expect(screen.getByLabelText('CLI commands').textContent).toContain('--key-usage SIGN_VERIFY --key-spec ECC_NIST_P256');
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    // The first key pair loads the asymmetric crypto code on first use (lazy chunks): on a busy machine that takes seconds.
    await waitFor(() => expect(location.hash).toMatch(/^#\/kms\/keys\/[0-9a-f-]{36}$/), { timeout: 15_000 });
    const { KeyMetadata } = await lab_kms(location.hash.split('/').pop()!);
    expect(KeyMetadata).toMatchObject({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY', SigningAlgorithms: ['ECDSA_SHA_256'] });
  });

  it('offers HMAC key specs for symmetric keys that generate and verify MACs', async () => {
    lab();
    show(<CreateKeyPage />);
    await waitFor(() => expect(heading()).toBe('Configure key'));
    await user.click(screen.getByLabelText('Generate and verify MAC'));
    const specs = within(screen.getByRole('group', { name: 'Key spec' })).getAllByRole('radio') as HTMLInputElement[];
    expect(specs.map((r) => r.labels![0]!.textContent)).toEqual(['HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512']);
    expect(specs[0]!.checked).toBe(true);
    await user.click(screen.getByRole('button', { name: /Advanced options/ }));
    expect((screen.getByLabelText('AWS CloudHSM key store') as HTMLInputElement).disabled).toBe(true);
  });

  it('gives the console alias messages inline and keeps the learner on the step', async () => {
    const t = lab();
    const { KeyMetadata } = await t.kms('CreateKey');
    await t.kms('CreateAlias', { AliasName: 'alias/taken', TargetKeyId: KeyMetadata.KeyId });
    show(<CreateKeyPage />);
    await toLabels();
    const tries: [string, string][] = [
      ['', ALIAS_MESSAGES.required],
      ['aws/s3', ALIAS_MESSAGES.reserved],
      ['my key!', ALIAS_MESSAGES.characters],
      ['x'.repeat(251), ALIAS_MESSAGES.length],
      ['taken', 'An alias named alias/taken already exists in this Region. Enter a different alias.'],
    ];
    for (const [typed, message] of tries) {
      await user.fill(alias(), typed);
      await next();
      await seen(message);
      expect(heading()).toBe('Add labels');
      expect(alias().getAttribute('aria-invalid')).toBe('true');
    }
    expect(ALIAS_MESSAGES.reserved).toBe('Alias must not begin with aws/. The aws/ prefix is reserved for AWS managed keys.');
    await user.fill(alias(), 'alias/fine_name-1');
    await next();
    await waitFor(() => expect(heading()).toBe('Define key administrative permissions'));
  });

  it('checks tags, and asks for the acknowledgement of imported key material', async () => {
    const t = lab();
    await t.user('plainAdmin');
    show(<CreateKeyPage />);
    await user.click(screen.getByRole('button', { name: /Advanced options/ }));
    await user.click(screen.getByLabelText('External (Import key material)'));
    await next();
    await seen(WIZARD_MESSAGES.acknowledge);
    expect(heading()).toBe('Configure key');
    await user.click(screen.getByLabelText('I understand the security, availability, and durability implications of using an imported key.'));
    await next();
    await waitFor(() => expect(heading()).toBe('Add labels'));
    await user.fill(alias(), 'byok');
    await user.click(screen.getByRole('button', { name: 'Add tag' }));
    await next();
    await seen('Tag key is required.');
    await user.fill(screen.getByLabelText('Tag key'), 'team');
    await user.fill(screen.getByLabelText('Tag value - optional'), 'blue');
    await next();
    await waitFor(() => expect(heading()).toBe('Define key administrative permissions'));
    await user.click(await screen.findByRole('checkbox', { name: 'plainAdmin' }));
    await next();
    await next();
    await waitFor(() => expect(heading()).toBe('Review'));
    // An administrator without IAM policies cannot use the key: nothing to warn about.
    expect(screen.queryByRole('region', { name: 'Key administrators and key users are not separated' })).toBeNull();
    expect(screen.getByLabelText('CLI commands').textContent).toContain('--origin EXTERNAL');
    expect(screen.getByLabelText('CLI commands').textContent).toContain('--tags TagKey=team,TagValue=blue');
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(location.hash).toMatch(/^#\/kms\/keys\//));
    const { KeyMetadata } = await lab_kms(location.hash.split('/').pop()!);
    expect(KeyMetadata).toMatchObject({ Origin: 'EXTERNAL', KeyState: 'PendingImport' });
  });

  it('shows a failed CreateKey as AWS words it, with the CLI equivalent', async () => {
    const t = lab();
    await t.user('noPerms');
    t.signInAs('noPerms');
    show(<CreateKeyPage />);
    await toLabels();
    await user.fill(alias(), 'denied');
    await next();
    await waitFor(() => expect(heading()).toBe('Define key administrative permissions'));
    await next();
    await next();
    await waitFor(() => expect(heading()).toBe('Review'));
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The key could not be created');
    expect(alert.textContent).toContain(
      'User: arn:aws:iam::111122223333:user/noPerms is not authorized to perform: kms:CreateKey on resource: * because no identity-based policy allows the kms:CreateKey action',
    );
    expect(within(alert).getByRole('button', { name: 'Why?' })).toBeTruthy();
    expect(location.hash).toBe('');
  });
});

// The cloud of the current test, reached through the store the page used.
import { useConsole } from '@/state/console-store';
import { useFlash } from '@/state/flash';

/** A person at the mouse and keyboard, new for each test. */
let user: Person;
beforeEach(() => {
  user = person();
});

const lab_kms = (keyId: string) => useConsole.getState().cloud!.call({ service: 'kms', operation: 'DescribeKey', input: { KeyId: keyId } });
