// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createCloud } from '@/cloud/create-cloud';
import { utf8 } from '@/core';
import { principalForUser } from '@/iam/state';
import { ErrorAlert } from './error-alert';

afterEach(cleanup);

describe('Why? of a denial, with grants', () => {
  it('names the grants of the key that name the caller and why none of them allows the request', async () => {
    const cloud = createCloud();
    await cloud.call({ service: 'iam', operation: 'CreateUser', input: { UserName: 'bob' } });
    const bob = principalForUser(cloud.state.iam, 'bob')!;
    const { KeyMetadata } = await cloud.call({ service: 'kms', operation: 'CreateKey', input: {} });
    const { GrantId } = await cloud.call({
      service: 'kms',
      operation: 'CreateGrant',
      input: { KeyId: KeyMetadata.KeyId, GranteePrincipal: bob.arn, Operations: ['Decrypt'], Name: 'reader' },
    });
    const error = await cloud.call({ service: 'kms', operation: 'Encrypt', input: { KeyId: KeyMetadata.KeyId, Plaintext: utf8('x') }, caller: bob }).then(
      () => undefined,
      (e: unknown) => e,
    );
    render(<ErrorAlert error={error} />);
    fireEvent.click(screen.getByRole('button', { name: 'Why?' }));
    const section = screen.getByRole('heading', { name: 'Grants that name this principal' }).parentElement!;
    expect(section.textContent).toContain(`Grant ${GrantId} (reader): does not allow Encrypt.`);
  });
});
