// @vitest-environment jsdom
/**
 * Buttons that make themselves disappear (Remove, Edit, Cancel, view switches) hand focus on, so
 * a keyboard user is not sent back to the top of the page (issue 8; e2e keyboard-only mode).
 * Each press is done as a keyboard user does it: the button has focus when it is activated.
 */
import { screen, waitFor } from '@testing-library/react';
import { person, type Person } from '@/components/testing/person';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userArn } from '@/core/ids';
import { buildDefaultPolicy } from '@/kms/model/default-policy';
import { CreateKeyPage } from './create/create-key-page';
import { KeyDetailPage } from './detail/key-detail-page';
import { done, lab, show } from './testing';

/** A person at the mouse and keyboard, new for each test. */
let user: Person;
beforeEach(() => {
  user = person();
});

afterEach(done);

const press = async (name: string | RegExp) => {
  const button = screen.getByRole('button', { name });
  button.focus();
  await user.click(button);
};
const focused = () => document.activeElement;
const heading = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('focus after a button removes itself', () => {
  it('create key wizard: Remove tag and Remove AWS account go to their Add button; Edit policy to the editor, Discard back to Edit policy', async () => {
    lab();
    show(<CreateKeyPage />);
    await waitFor(() => expect(heading()).toBe('Configure key'));
    await press('Next');
    await waitFor(() => expect(heading()).toBe('Add labels'));
    await press('Add tag');
    await press('Remove tag 1');
    expect(screen.queryByRole('button', { name: /^Remove tag/ })).toBeNull();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Add tag' }));
    await user.fill(screen.getByRole('textbox', { name: 'Alias' }), 'focus');
    await press('Next');
    await waitFor(() => expect(heading()).toBe('Define key administrative permissions'));
    await press('Next');
    await waitFor(() => expect(heading()).toBe('Define key usage permissions'));
    await press('Add another AWS account');
    await press('Remove AWS account 1');
    expect(focused()).toBe(screen.getByRole('button', { name: 'Add another AWS account' }));
    await press('Next');
    await waitFor(() => expect(heading()).toBe('Review'));
    await press('Edit policy');
    expect(focused()).toBe(screen.getByRole('textbox', { name: 'Key policy' }));
    await press('Discard changes');
    await waitFor(() => expect(focused()).toBe(screen.getByRole('button', { name: 'Edit policy' })));
    await press('Edit policy');
    await press('Use this policy');
    await waitFor(() => expect(focused()).toBe(screen.getByRole('button', { name: 'Edit policy' })));
  });

  it('key policy tab: the view switches hand focus to each other; Edit to the editor; Cancel and Save back to Edit', async () => {
    const t = lab();
    await t.user('myKeyManager');
    const keyId = (await t.kms('CreateKey', { Policy: buildDefaultPolicy({ administrators: [userArn('myKeyManager')], users: [] }) })).KeyMetadata
      .KeyId as string;
    show(<KeyDetailPage keyId={keyId} tab="policy" />);
    await screen.findByRole('heading', { name: /Key administrators/ });
    await press('Switch to policy view');
    await waitFor(() => expect(focused()).toBe(screen.getByRole('button', { name: 'Switch to default view' })));
    await press('Edit');
    expect(focused()).toBe(screen.getByLabelText('Key policy document (JSON)'));
    await press('Cancel');
    await waitFor(() => expect(focused()).toBe(screen.getByRole('button', { name: 'Edit' })));
    await press('Edit');
    await press('Save changes');
    await screen.findByText('The key policy was updated.');
    await waitFor(() => expect(focused()).toBe(screen.getByRole('button', { name: 'Edit' })));
    await press('Switch to default view');
    await waitFor(() => expect(focused()).toBe(screen.getByRole('button', { name: 'Switch to policy view' })));
  });
});
