// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, describe, expect, it } from 'vitest';
import { done, lab, seen, show } from '@/features/kms-console/testing';
import { CustomerKeysPage } from './customer-keys-page';
import { WAITING_MESSAGE } from './schedule-deletion-dialog';

afterEach(done);

const menuButton = () => screen.getByRole('button', { name: /Key actions/ });
const items = () => within(screen.getByRole('menu', { name: 'Key actions' })).getAllByRole('menuitem');
const item = (name: string) => within(screen.getByRole('menu')).getByRole('menuitem', { name });

async function setup() {
  const t = lab();
  const a = (await t.kms('CreateKey')).KeyMetadata.KeyId as string;
  const b = (await t.kms('CreateKey')).KeyMetadata.KeyId as string;
  await t.kms('CreateAlias', { AliasName: 'alias/myCMK', TargetKeyId: a });
  show(<CustomerKeysPage />);
  await screen.findByRole('checkbox', { name: 'Select key myCMK' });
  return { t, a, b };
}

const state = async (t: ReturnType<typeof lab>, id: string) => (await t.kms('DescribeKey', { KeyId: id })).KeyMetadata.KeyState;

describe('Key actions menu', () => {
  it('lists the keys with the console columns and filters them', async () => {
    const user = person();
    const { b } = await setup();
    const table = screen.getByRole('table', { name: /Keys/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Selected', 'Aliases', 'Key ID', 'Status', 'Key spec', 'Key usage']);
    await user.fill(screen.getByLabelText('Filter keys'), 'mycmk');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    await user.fill(screen.getByLabelText('Filter keys'), b.slice(0, 8));
    expect(within(screen.getByRole('table', { name: /Keys/ })).queryByText('myCMK')).toBeNull();
  });

  it('is a keyboard-operable menu button whose items follow the selection', async () => {
    const user = person();
    const { t, a } = await setup();
    expect(menuButton().getAttribute('aria-haspopup')).toBe('menu');
    await user.press(menuButton(), 'ArrowDown');
    expect(menuButton().getAttribute('aria-expanded')).toBe('true');
    expect(items().map((i) => i.textContent)).toEqual(['Enable', 'Disable', 'Schedule key deletion', 'Cancel key deletion']);
    expect(items().every((i) => i.getAttribute('aria-disabled') === 'true')).toBe(true);
    // Nothing to choose: focus is in the menu, on no item.
    expect(document.activeElement).toBe(screen.getByRole('menu'));
    await user.press(screen.getByRole('menu'), 'Escape');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(menuButton());

    await user.click(screen.getByRole('checkbox', { name: 'Select key myCMK' }));
    await user.press(menuButton(), 'Enter');
    expect(item('Enable').getAttribute('aria-disabled')).toBe('true');
    expect(item('Disable').getAttribute('aria-disabled')).toBeNull();
    // The menu opens on its first available item; the arrows pass over unavailable ones.
    expect(document.activeElement).toBe(item('Disable'));
    await user.press(screen.getByRole('menu'), 'ArrowDown');
    expect(document.activeElement).toBe(item('Schedule key deletion'));
    await user.press(screen.getByRole('menu'), 'ArrowUp');
    expect(document.activeElement).toBe(item('Disable'));
    await user.press(screen.getByRole('menu'), 'Enter');
    await seen('Disabled key myCMK.');
    expect(await state(t, a)).toBe('Disabled');
    expect(screen.getByLabelText('CLI command').textContent).toBe(`aws kms disable-key --key-id ${a} --region us-east-1`);
    await waitFor(() => expect(within(screen.getByRole('table', { name: /Keys/ })).getByText('Disabled')).toBeTruthy());

    await user.click(menuButton());
    await user.click(item('Enable'));
    await seen('Enabled key myCMK.');
    expect(await state(t, a)).toBe('Enabled');
  });

  it('schedules deletion with the waiting period and the confirmation, then cancels it', async () => {
    const user = person();
    const { t, a, b } = await setup();
    await user.click(screen.getByRole('checkbox', { name: 'Select key myCMK' }));
    await user.click(screen.getByRole('checkbox', { name: `Select key ${b}` }));
    await user.click(menuButton());
    await user.click(item('Schedule key deletion'));
    const dialog = screen.getByRole('dialog', { name: 'Schedule key deletion' });
    expect(dialog.textContent).toContain('Deleting a KMS key is destructive and potentially dangerous.');
    const days = within(dialog).getByLabelText('Waiting period (in days)') as HTMLInputElement;
    expect(days.value).toBe('30');
    expect(document.activeElement).toBe(days);
    await user.fill(days, '6');
    await user.click(within(dialog).getByRole('button', { name: 'Schedule deletion' }));
    expect(within(dialog).getByText(WAITING_MESSAGE)).toBeTruthy();
    await user.fill(days, '7');
    await user.click(within(dialog).getByRole('button', { name: 'Schedule deletion' }));
    expect(within(dialog).getByText('Confirm the deletion to continue.')).toBeTruthy();
    await user.click(within(dialog).getByLabelText('Confirm you want to schedule these keys for deletion in 7 days.'));
    await user.click(within(dialog).getByRole('button', { name: 'Schedule deletion' }));
    await seen(/^Scheduled 2 keys for deletion on /);
    expect(await state(t, a)).toBe('PendingDeletion');
    expect(await state(t, b)).toBe('PendingDeletion');
    await waitFor(() => expect(screen.getAllByText(/^Deletion date: /)).toHaveLength(2));

    await user.click(screen.getByRole('checkbox', { name: `Select key ${b}` }));
    await user.click(menuButton());
    expect(item('Schedule key deletion').getAttribute('aria-disabled')).toBe('true');
    await user.click(item('Cancel key deletion'));
    await seen(/Cancelled the deletion of key myCMK/);
    expect(await state(t, a)).toBe('Disabled');
    expect(await state(t, b)).toBe('PendingDeletion');
  });

  it('closes the deletion dialog with Escape and schedules nothing', async () => {
    const user = person();
    const { t, a } = await setup();
    await user.click(screen.getByRole('checkbox', { name: 'Select key myCMK' }));
    await user.click(menuButton());
    await user.click(item('Schedule key deletion'));
    await user.press(screen.getByRole('dialog'), 'Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await state(t, a)).toBe('Enabled');
  });
});
