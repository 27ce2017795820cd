// @vitest-environment jsdom
/** The top bar's CloudShell button: pointing at it or focusing it says CloudShell is wanted (it may start); clicking docks it. */
import { cleanup, render, screen } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useCloudShellPanel } from '@/state/cloudshell-panel';
import { CloudShellToggle } from './cloudshell-toggle';

beforeEach(() => useCloudShellPanel.setState({ open: false, wanted: false }));
afterEach(cleanup);

describe('CloudShell button', () => {
  it('is wanted when pointed at, then opens on click', async () => {
    const user = person();
    render(<CloudShellToggle />);
    const button = screen.getByRole('button', { name: 'CloudShell' });
    expect(useCloudShellPanel.getState()).toEqual({ open: false, wanted: false });
    await user.hover(button);
    expect(useCloudShellPanel.getState()).toEqual({ open: false, wanted: true });
    await user.click(button);
    expect(useCloudShellPanel.getState().open).toBe(true);
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('is wanted when a keyboard user reaches it', async () => {
    const user = person();
    render(<CloudShellToggle />);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'CloudShell' }));
    expect(useCloudShellPanel.getState().wanted).toBe(true);
    expect(useCloudShellPanel.getState().open).toBe(false);
  });
});
