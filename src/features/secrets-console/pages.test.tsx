// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { person } from '@/components/testing/person';
import { setIdentity } from '@/state/console-store';
import { freshConsole } from '@/state/testing/console';
import { CreateSecretPage } from './create-page';
import { SecretsListPage } from './list-page';
import { SecretPage } from './secret-page';

afterEach(cleanup);

describe('Secrets Manager console', () => {
  it('stores a secret as key/value pairs under aws/secretsmanager, then lists it', async () => {
    const user = person();
    const cloud = freshConsole();
    render(<CreateSecretPage />);
    await user.fill(screen.getByLabelText('Key 1'), 'password');
    await user.fill(screen.getByLabelText('Value 1'), 'EXAMPLE-PW');
    await user.fill(screen.getByLabelText('Secret name'), 'prod/db');
    expect((screen.getByLabelText('Encryption key') as HTMLSelectElement).value).toBe('aws/secretsmanager');
    await user.click(screen.getByRole('button', { name: 'Store' }));
    await waitFor(() => expect(location.hash).toBe('#/secretsmanager/secret/prod%2Fdb'));
    const value = await cloud.call({ service: 'secretsmanager', operation: 'GetSecretValue', input: { SecretId: 'prod/db' } });
    expect(value.SecretString).toBe('{"password":"EXAMPLE-PW"}');
    // The KMS key Secrets Manager used on the learner's behalf.
    expect(cloud.state.trail.some((e) => e.eventName === 'GenerateDataKey' && e.userIdentity.invokedBy === 'secretsmanager.amazonaws.com')).toBe(true);
    cleanup();
    render(<SecretsListPage />);
    const table = await screen.findByRole('table', { name: 'Secrets (1)' });
    expect(within(table).getByRole('link', { name: 'prod/db' }).getAttribute('href')).toBe('#/secretsmanager/secret/prod%2Fdb');
  });

  it('offers the Region’s customer managed keys and stores under the chosen one', async () => {
    const user = person();
    const cloud = freshConsole();
    const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey' });
    await cloud.call({ service: 'kms', operation: 'CreateAlias', input: { AliasName: 'alias/app', TargetKeyId: KeyMetadata.KeyId } });
    render(<CreateSecretPage />);
    await user.click(screen.getByRole('button', { name: 'Plaintext' }));
    await user.fill(screen.getByLabelText('Secret value (plaintext)'), 'token-123');
    await user.fill(screen.getByLabelText('Secret name'), 'api');
    await screen.findByRole('option', { name: 'app (customer managed)' });
    await user.fill(screen.getByLabelText('Encryption key'), KeyMetadata.Arn);
    await user.click(screen.getByRole('button', { name: 'Store' }));
    await waitFor(async () =>
      expect((await cloud.call({ service: 'secretsmanager', operation: 'DescribeSecret', input: { SecretId: 'api' } })).KmsKeyId).toBe(KeyMetadata.Arn),
    );
  });

  it('retrieves the value as the signed-in identity, and shows Secrets Manager’s error while the key is disabled', async () => {
    const user = person();
    const cloud = freshConsole();
    const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey' });
    await cloud.call({
      service: 'secretsmanager',
      operation: 'CreateSecret',
      input: { Name: 'db', SecretString: '{"user":"admin"}', KmsKeyId: KeyMetadata.Arn },
    });
    render(<SecretPage name="db" />);
    expect(await screen.findByText(KeyMetadata.Arn)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Retrieve secret value' }));
    const table = await screen.findByRole('table', { name: 'Secret value, key/value' });
    expect(within(table).getByText('admin')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Hide secret value' }));
    await cloud.call({ service: 'kms', operation: 'DisableKey', input: { KeyId: KeyMetadata.Arn } });
    await user.click(screen.getByRole('button', { name: 'Retrieve secret value' }));
    expect(await screen.findByText(/Secrets Manager can't decrypt the protected secret text using the provided KMS key/)).toBeTruthy();
    expect(screen.getByText(/aws secretsmanager get-secret-value --secret-id db/)).toBeTruthy();
  });

  it('refuses a user the key policy does not let decrypt, with Access to KMS is not allowed', async () => {
    const user = person();
    const cloud = freshConsole();
    const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey' });
    await cloud.call({ service: 'secretsmanager', operation: 'CreateSecret', input: { Name: 'db', SecretString: 'x', KmsKeyId: KeyMetadata.Arn } });
    await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'reader' } });
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'secretsmanager:*', Resource: '*' }] };
    await cloud.call({ service: 'iam', operation: 'PutUserPolicy', input: { UserName: 'reader', PolicyName: 'sm', PolicyDocument: JSON.stringify(policy) } });
    setIdentity(cloud.access.principalForUser(cloud.state.iam, 'reader')!);
    render(<SecretPage name="db" />);
    await user.click(await screen.findByRole('button', { name: 'Retrieve secret value' }));
    expect((await screen.findAllByText(/Access to KMS is not allowed/)).length).toBeGreaterThan(0);
    // Why? explains KMS's decision: no statement of the key policy or of IAM allows kms:Decrypt.
    expect(screen.getByText('Why?')).toBeTruthy();
  });

  it('schedules the deletion with a waiting period, and cancels it', async () => {
    const user = person();
    const cloud = freshConsole();
    await cloud.call({ service: 'secretsmanager', operation: 'CreateSecret', input: { Name: 'db', SecretString: 'x' } });
    render(<SecretPage name="db" />);
    await user.click(await screen.findByRole('button', { name: 'Delete secret' }));
    const dialog = await screen.findByRole('dialog');
    await user.fill(within(dialog).getByLabelText('Waiting period (days)'), '7');
    await user.click(within(dialog).getByRole('button', { name: 'Schedule deletion' }));
    await screen.findByText(/scheduled for deletion on/);
    expect((await cloud.call({ service: 'secretsmanager', operation: 'DescribeSecret', input: { SecretId: 'db' } })).DeletedDate).toBeInstanceOf(Date);
    await user.click(await screen.findByRole('button', { name: 'Cancel deletion' }));
    await waitFor(() => expect(screen.queryByText(/scheduled for deletion on/)).toBeNull());
  });
});
