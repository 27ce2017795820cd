// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { keySequence, person } from '@/components/testing/person';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AwsError } from '@/core/errors';
import { ConfirmDialog } from './confirm-dialog';
import { Dialog } from './dialog';
import { ScreenBoundary } from './error-boundary';
import { Tabs } from './tabs';

afterEach(cleanup);

function TabsHarness() {
  const [t, setT] = useState('a');
  return (
    <Tabs
      label="Details"
      selected={t}
      onSelect={setT}
      tabs={[
        { id: 'a', label: 'Permissions', content: <p>first</p> },
        { id: 'b', label: 'Groups', content: <p>second</p> },
        { id: 'c', label: 'Security credentials', content: <p>third</p> },
      ]}
    />
  );
}

describe('Tabs', () => {
  it('has one tab stop and moves with the arrow keys, Home and End', async () => {
    const user = person();
    render(<TabsHarness />);
    const tabs = screen.getAllByRole('tab');
    // One Tab stop: the tab list, which hands focus to the selected tab; the tabs themselves are out of the Tab order.
    expect(tabs.map((t) => t.tabIndex)).toEqual([-1, -1, -1]);
    const list = screen.getByRole('tablist', { name: 'Details' });
    expect(list.tabIndex).toBe(0);
    expect(screen.getByRole('tabpanel', { name: 'Permissions' }).textContent).toBe('first');
    await user.tab();
    expect(document.activeElement).toBe(tabs[0]);
    // The primitive moves focus just after the key (a timer), and selects the tab focus lands on.
    const press = async (key: Parameters<typeof keySequence>[0], name: string, text: string) => {
      await user.keyboard(keySequence(key));
      await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByRole('tab', { name })));
      expect(screen.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
      expect(screen.getByRole('tabpanel').textContent).toBe(text);
    };
    await press('ArrowRight', 'Groups', 'second');
    expect(tabs.map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
    await press('End', 'Security credentials', 'third');
    await press('ArrowRight', 'Permissions', 'first');
    await press('ArrowLeft', 'Security credentials', 'third');
    await press('Home', 'Permissions', 'first');
  });

  it('selects a tab clicked with the mouse', async () => {
    const user = person();
    render(<TabsHarness />);
    await user.click(screen.getByRole('tab', { name: 'Groups' }));
    expect(screen.getByRole('tabpanel', { name: 'Groups' }).textContent).toBe('second');
    await user.click(screen.getByRole('tab', { name: 'Security credentials' }));
    expect(screen.getByRole('tabpanel', { name: 'Security credentials' }).textContent).toBe('third');
  });
});

describe('Dialog', () => {
  function DialogHarness() {
    const [open, setOpen] = useState(false);
    return (
      <>
        <button onClick={() => setOpen(true)}>Open</button>
        {open && (
          <Dialog title="Add permissions" onClose={() => setOpen(false)} footer={<button onClick={() => setOpen(false)}>Cancel</button>}>
            <input aria-label="First" />
          </Dialog>
        )}
      </>
    );
  }

  it('takes focus, keeps Tab inside, closes on Escape and gives focus back', async () => {
    const user = person();
    render(<DialogHarness />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Add permissions' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('First'));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    await user.press(cancel, 'Tab');
    expect(document.activeElement).toBe(screen.getByLabelText('First'));
    await user.press(screen.getByLabelText('First'), 'Tab', { shiftKey: true });
    expect(document.activeElement).toBe(cancel);
    await user.press(dialog, 'Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(opener));
  });

  it('closes on a press on its backdrop (not on itself), and adds no <style> element (the Content-Security-Policy forbids inline styles)', async () => {
    const user = person();
    render(<DialogHarness />);
    const styles = document.querySelectorAll('style').length;
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Add permissions' });
    expect(document.querySelectorAll('style').length).toBe(styles);
    // The primitive starts listening for presses outside just after it opens (a timer).
    await new Promise((r) => setTimeout(r, 20));
    await user.click(dialog);
    expect(screen.getByRole('dialog')).toBeTruthy();
    // Radix turns the page's pointer events off while the dialog is open; the backdrop's CSS (not loaded here) turns its own back on.
    const backdrop = dialog.parentElement!;
    backdrop.style.pointerEvents = 'auto';
    await user.click(backdrop);
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('ConfirmDialog', () => {
  it('acts only once the exact name is typed, and keeps an error inside the dialog', async () => {
    const user = person();
    const onConfirm = vi
      .fn()
      .mockRejectedValueOnce(new AwsError('DeleteConflict', 'Cannot delete entity, must delete access keys first.', 409))
      .mockResolvedValue(undefined);
    const onClose = vi.fn();
    render(<ConfirmDialog title="Delete bob?" confirmText="bob" onConfirm={onConfirm} onClose={onClose} errorTitle="Failed to delete user bob" />);
    const input = screen.getByLabelText(/To confirm deletion, enter/);
    expect(document.activeElement).toBe(input);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).not.toHaveBeenCalled();
    await user.fill(input, 'bo');
    expect(screen.getByRole('button', { name: 'Delete' }).getAttribute('aria-disabled')).toBe('true');
    await user.fill(input, 'bob');
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Failed to delete user bob')).toBeTruthy();
    expect(screen.getByText('Cannot delete entity, must delete access keys first.')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
    await user.press(input, 'Enter');
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});

describe('ScreenBoundary', () => {
  it('keeps a crash inside the screen and offers to try again', async () => {
    const user = person();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail = true;
    function Fragile() {
      if (fail) throw new Error('boom');
      return <p>working</p>;
    }
    render(
      <>
        <p>top bar</p>
        <ScreenBoundary name="Users">
          <Fragile />
        </ScreenBoundary>
      </>,
    );
    expect(screen.getByRole('heading', { name: 'The Users screen stopped working' })).toBeTruthy();
    expect(screen.getByText('boom')).toBeTruthy();
    expect(screen.getByText('top bar')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('#/');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('working')).toBeTruthy();
    spy.mockRestore();
    warn.mockRestore();
  });
});
