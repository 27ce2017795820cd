// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud/create-cloud';
import { AwsError } from '@/core/errors';
import { principalForUser } from '@/iam/state';
import { ErrorAlert, parseDenial } from './error-alert';

afterEach(cleanup);

async function deniedError(
  setup: (iam: (op: string, input: Record<string, unknown>) => Promise<unknown>) => Promise<void>,
  service: 'kms' | 'iam',
  operation: string,
  input: (keyId: string) => Record<string, unknown>,
) {
  const cloud = createCloud();
  const iam = (op: string, i: Record<string, unknown>) => cloud.call({ service: 'iam', operation: op, input: i });
  await iam('CreateUser', { UserName: 'bob' });
  await setup(iam);
  const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
  const caller = principalForUser(cloud.state.iam, 'bob')!;
  try {
    await cloud.call({ service, operation, input: input(KeyMetadata.KeyId), caller });
  } catch (e) {
    return { error: e, keyArn: KeyMetadata.Arn as string };
  }
  throw new Error('expected a denial');
}

describe('ErrorAlert', () => {
  it('shows an AWS error as the console banner does: title, AWS message, error code', () => {
    render(
      <ErrorAlert
        error={new AwsError('DeleteConflict', 'Cannot delete entity, must remove user from all groups first.', 409)}
        title="Failed to delete user bob"
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Failed to delete user bob');
    expect(alert.textContent).toContain('Cannot delete entity, must remove user from all groups first.');
    expect(alert.textContent).toContain('Error code: DeleteConflict');
    expect(within(alert).queryByRole('button', { name: 'Why?' })).toBeNull();
  });

  it('says when an error is a bug of the lab, not an AWS answer', () => {
    render(<ErrorAlert error={new TypeError('x is undefined')} />);
    expect(screen.getByRole('alert').textContent).toContain('Unexpected error inside KMS Lab (a bug in the lab, not an AWS answer): x is undefined');
    expect(screen.getByRole('alert').textContent).not.toContain('Error code');
  });

  it('explains a KMS denial: the key policy lets IAM decide, and no IAM policy allows it', async () => {
    const user = person();
    const { error, keyArn } = await deniedError(
      async () => {},
      'kms',
      'Encrypt',
      (k) => ({ KeyId: k, Plaintext: new Uint8Array([1]) }),
    );
    render(<ErrorAlert error={error} title="Failed to encrypt" />);
    const why = screen.getByRole('button', { name: 'Why?' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    await user.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(why.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(false);
    const terms = [...panel.querySelectorAll('dt')].map((d) => `${d.textContent}: ${d.nextElementSibling!.textContent}`);
    expect(terms).toEqual(['Principal: arn:aws:iam::111122223333:user/bob', 'Action: kms:Encrypt', `Resource: ${keyArn}`]);
    expect(panel.textContent).toContain('No IAM policy of the principal');
    expect(panel.textContent).toContain('The key policy allows the account to use IAM policies for this key');
    expect(panel.textContent).toContain('None: no statement allowed the request, so it is denied by default.');
    // The matching statement is the default key policy's "Enable IAM User Permissions".
    expect(within(panel).getByText('Enable IAM User Permissions')).toBeTruthy();
    expect(panel.textContent).toMatch(/Allow in Key policy, statement Enable IAM User Permissions/);
  });

  it('names the statement that explicitly denied, with its JSON', async () => {
    const user = person();
    const deny = { Sid: 'NoKms', Effect: 'Deny', Action: 'kms:*', Resource: '*' };
    const { error } = await deniedError(
      async (iam) => {
        await iam('AttachUserPolicy', { UserName: 'bob', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
        await iam('PutUserPolicy', { UserName: 'bob', PolicyName: 'guard', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [deny] }) });
      },
      'kms',
      'DescribeKey',
      (k) => ({ KeyId: k }),
    );
    render(<ErrorAlert error={error} />);
    expect(screen.getByRole('alert').textContent).toContain('with an explicit deny in an identity-based policy');
    await user.click(screen.getByRole('button', { name: 'Why?' }));
    const decided = screen.getByRole('heading', { name: 'Statements that decided' }).parentElement!;
    expect(decided.textContent).toContain('Deny in Inline policy guard of user bob, statement NoKms');
    expect(JSON.parse(within(decided).getByLabelText(/^Statement NoKms/).textContent!)).toEqual(deny);
    expect(screen.getByText(/explicit Deny always wins/)).toBeTruthy();
  });

  it('explains IAM denials too', async () => {
    const user = person();
    const { error } = await deniedError(
      async () => {},
      'iam',
      'CreateUser',
      () => ({ UserName: 'eve' }),
    );
    render(<ErrorAlert error={error} />);
    await user.click(screen.getByRole('button', { name: 'Why?' }));
    expect(screen.getByText('iam:CreateUser')).toBeTruthy();
    expect(screen.getByText(/No IAM policy of the principal/)).toBeTruthy();
  });

  it('reads principal, action and resource back from the AccessDenied wording', () => {
    expect(parseDenial('User: arn:aws:iam::1:user/a is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:1:key/k because x')).toEqual({
      principal: 'arn:aws:iam::1:user/a',
      action: 'kms:Decrypt',
      resource: 'arn:aws:kms:us-east-1:1:key/k',
    });
    expect(parseDenial('something else')).toEqual({});
  });
});
