// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { person } from '@/components/testing/person';
import { DOCK_HEIGHT_KEY, DockResizer, MIN_DOCK } from './dock-resizer';

afterEach(cleanup);
beforeEach(() => {
  localStorage.clear();
  Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
});

function Dock() {
  return (
    <section>
      <DockResizer />
    </section>
  );
}

const dockHeight = () => document.documentElement.style.getPropertyValue('--dock-height');

describe('DockResizer', () => {
  it('grows and shrinks docked CloudShell with the arrow keys, within bounds, and remembers the height', async () => {
    const user = person();
    const { unmount } = render(<Dock />);
    const edge = screen.getByRole('separator', { name: 'Resize CloudShell' });
    expect(edge.getAttribute('aria-orientation')).toBe('horizontal');
    expect(edge.getAttribute('aria-valuemax')).toBe('620');
    await user.tab();
    expect(document.activeElement).toBe(edge);
    // jsdom lays nothing out: the panel measures 0, so the handle starts at the smallest height.
    expect(edge.getAttribute('aria-valuenow')).toBe(String(MIN_DOCK));
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(edge.getAttribute('aria-valuenow')).toBe(String(MIN_DOCK + 40));
    expect(dockHeight()).toBe(`${MIN_DOCK + 40}px`);
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    expect(edge.getAttribute('aria-valuenow')).toBe(String(MIN_DOCK));
    await user.keyboard('{End}');
    expect(edge.getAttribute('aria-valuenow')).toBe('620');
    await user.keyboard('{ArrowUp}');
    expect(edge.getAttribute('aria-valuenow')).toBe('620');
    expect(localStorage.getItem(DOCK_HEIGHT_KEY)).toBe('620');
    // Undocked: the screen gets its usual layout back; docked again: the kept height.
    unmount();
    expect(dockHeight()).toBe('');
    render(<Dock />);
    expect(dockHeight()).toBe('620px');
    expect(screen.getByRole('separator', { name: 'Resize CloudShell' }).getAttribute('aria-valuenow')).toBe('620');
  });
});
