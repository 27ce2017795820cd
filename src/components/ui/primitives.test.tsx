// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
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
  it('has one tab stop and moves with the arrow keys, Home and End', () => {
    render(<TabsHarness />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    expect(screen.getByRole('tabpanel', { name: 'Permissions' }).textContent).toBe('first');
    tabs[0]!.focus();
    fireEvent.keyDown(tabs[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Groups' }));
    expect(screen.getByRole('tab', { name: 'Groups' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toBe('second');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(screen.getByRole('tabpanel').textContent).toBe('third');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(screen.getByRole('tabpanel').textContent).toBe('first');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(screen.getByRole('tabpanel').textContent).toBe('third');
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

  it('takes focus, keeps Tab inside, closes on Escape and gives focus back', () => {
    render(<DialogHarness />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Add permissions' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('First'));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    fireEvent.keyDown(cancel, { key: 'Tab' });
    expect(document.activeElement).toBe(screen.getByLabelText('First'));
    fireEvent.keyDown(screen.getByLabelText('First'), { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('ConfirmDialog', () => {
  it('acts only once the exact name is typed, and keeps an error inside the dialog', async () => {
    const onConfirm = vi
      .fn()
      .mockRejectedValueOnce(new AwsError('DeleteConflict', 'Cannot delete entity, must delete access keys first.', 409))
      .mockResolvedValue(undefined);
    const onClose = vi.fn();
    render(<ConfirmDialog title="Delete bob?" confirmText="bob" onConfirm={onConfirm} onClose={onClose} errorTitle="Failed to delete user bob" />);
    const input = screen.getByLabelText(/To confirm deletion, enter/);
    expect(document.activeElement).toBe(input);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: 'bo' } });
    expect(screen.getByRole('button', { name: 'Delete' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.change(input, { target: { value: 'bob' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Failed to delete user bob')).toBeTruthy();
    expect(screen.getByText('Cannot delete entity, must delete access keys first.')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.submit(input);
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});

describe('ScreenBoundary', () => {
  it('keeps a crash inside the screen and offers to try again', () => {
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
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('working')).toBeTruthy();
    spy.mockRestore();
    warn.mockRestore();
  });
});
