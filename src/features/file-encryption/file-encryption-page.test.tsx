// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, describe, expect, it } from 'vitest';
import { freshConsole } from '@/state/testing/console';
import { FileEncryptionPage } from './file-encryption-page';

afterEach(cleanup);

async function withKey() {
  const cloud = freshConsole();
  const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
  await cloud.call({ service: 'kms', operation: 'CreateAlias', input: { AliasName: 'alias/files', TargetKeyId: KeyMetadata.KeyId } });
  return KeyMetadata;
}

describe('Encrypt files screen', () => {
  it('lists customer keys by alias and shows the chosen key (ListAliases, DescribeKey)', async () => {
    const user = person();
    const key = await withKey();
    render(<FileEncryptionPage />);
    const select = await screen.findByLabelText('KMS key (alias)');
    expect(Array.from((select as HTMLSelectElement).options, (o) => o.textContent)).toEqual(['Choose a key', 'alias/files']);
    await user.fill(select, 'alias/files');
    await screen.findByText(key.Arn);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Encrypt files');
  });

  it('says what is missing before anything starts', async () => {
    const user = person();
    await withKey();
    render(<FileEncryptionPage />);
    await screen.findByLabelText('KMS key (alias)');
    await user.click(screen.getByRole('button', { name: 'Encrypt' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose at least one file.');
    await user.upload(screen.getByLabelText('Files to encrypt or decrypt'), [new File(['hi'], 'report.pdf')]);
    await user.click(screen.getByRole('button', { name: 'Encrypt' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a KMS key.');
    await user.fill(screen.getByLabelText('KMS key (alias)'), 'alias/files');
    await user.fill(screen.getByLabelText('Context value 1'), 'orphan');
    await user.click(screen.getByRole('button', { name: 'Encrypt' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Every encryption context pair needs a key.'));
    expect(screen.getByText('report.pdf (2 bytes)')).toBeTruthy();
  });

  it('says so when the Region has no customer managed key', async () => {
    freshConsole();
    render(<FileEncryptionPage />);
    await screen.findByText(/^No customer managed key with an alias in this Region/);
  });
});
