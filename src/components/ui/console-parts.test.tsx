// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { person } from '@/components/testing/person';
import { breakable } from './breakable';
import { ServiceLayout, SIDE_NAV_KEY } from './service-layout';
import { StatusIndicator } from './status-indicator';
import { Table } from './table';

afterEach(cleanup);
beforeEach(() => localStorage.clear());

const rows = Array.from({ length: 45 }, (_, i) => ({ name: `key-${String(i + 1).padStart(2, '0')}`, usage: 'ENCRYPT_DECRYPT' }));
const columns = [
  { header: 'Name', cell: (r: (typeof rows)[number]) => r.name },
  { header: 'Key usage', cell: (r: (typeof rows)[number]) => r.usage },
  { header: 'Last', cell: () => 'x' },
];
const names = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]!.textContent);

describe('Table', () => {
  it('shows 20 rows a page and moves between pages with Previous page / Next page', async () => {
    const user = person();
    render(<Table labelledBy="h" columns={columns} rows={rows} rowKey={(r) => r.name} />);
    expect(names()).toHaveLength(20);
    expect(names()[0]).toBe('key-01');
    const pages = screen.getByRole('group', { name: 'Pages' });
    expect(pages.textContent).toContain('Page 1 of 3');
    expect(within(pages).getByRole('button', { name: 'Previous page' }).getAttribute('aria-disabled')).toBe('true');
    await user.click(within(pages).getByRole('button', { name: 'Next page' }));
    await user.click(within(pages).getByRole('button', { name: 'Next page' }));
    expect(pages.textContent).toContain('Page 3 of 3');
    expect(names()).toEqual(['key-41', 'key-42', 'key-43', 'key-44', 'key-45']);
    expect(within(pages).getByRole('button', { name: 'Next page' }).getAttribute('aria-disabled')).toBe('true');
    await user.click(within(pages).getByRole('button', { name: 'Previous page' }));
    expect(names()[0]).toBe('key-21');
  });

  it('has no pager when every row fits one page, and its empty state when there are none', () => {
    const { rerender } = render(<Table labelledBy="h" columns={columns} rows={rows.slice(0, 20)} rowKey={(r) => r.name} empty={<p>No keys</p>} />);
    expect(screen.queryByRole('group', { name: 'Pages' })).toBeNull();
    expect(names()).toHaveLength(20);
    rerender(<Table labelledBy="h" columns={columns} rows={[]} rowKey={(r) => r.name} empty={<p>No keys</p>} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No keys')).toBeTruthy();
  });

  it('resizes a column with the arrow keys on its handle, which says its width', async () => {
    const user = person();
    render(<Table labelledBy="h" columns={columns} rows={rows.slice(0, 3)} rowKey={(r) => r.name} />);
    // Every column but the last (it takes what is left) has a handle.
    expect(screen.getAllByRole('separator').map((s) => s.getAttribute('aria-label'))).toEqual(['Resize column Name', 'Resize column Key usage']);
    const handle = screen.getByRole('separator', { name: 'Resize column Key usage' });
    const before = Number(handle.getAttribute('aria-valuenow'));
    expect(before).toBeGreaterThanOrEqual(64);
    expect(document.querySelector('col')).toBeNull();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(handle);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(handle.getAttribute('aria-valuenow')).toBe(String(before + 20));
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}{ArrowLeft}');
    expect(handle.getAttribute('aria-valuenow')).toBe(String(before + 60));
    // The table now lays its columns out at the chosen widths.
    const cols = [...document.querySelectorAll('col')].map((c) => c.style.width);
    expect(cols[1]).toBe(`${before + 60}px`);
    expect(screen.getByRole('table').classList.contains('table--resized')).toBe(true);
    await user.keyboard('{Home}');
    expect(handle.getAttribute('aria-valuenow')).toBe('64');
  });
});

describe('StatusIndicator', () => {
  it('says the status in words, with an icon hidden from screen readers and the type as its colour', () => {
    render(<StatusIndicator type="warning">Pending deletion</StatusIndicator>);
    const el = screen.getByText('Pending deletion').parentElement!;
    expect(el.className).toContain('status-indicator--warning');
    expect(el.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(el.textContent).toBe('Pending deletion');
  });
});

describe('breakable', () => {
  it('lets an enum value wrap after its underscores only, keeping its text', () => {
    const { container } = render(<span>{breakable('ECC_NIST_P256')}</span>);
    expect(container.textContent).toBe('ECC_NIST_P256');
    expect(container.querySelectorAll('wbr')).toHaveLength(2);
  });
});

function Layout() {
  return (
    <ServiceLayout
      nav={{ label: 'Key Management Service', title: 'KMS', titleHref: '#/kms', links: [{ label: 'Customer managed keys', href: '#/kms/keys' }] }}
      home={{ label: 'KMS', href: '#/kms' }}
      title="Keys"
    >
      <p>content</p>
    </ServiceLayout>
  );
}

describe('ServiceLayout side navigation', () => {
  it('folds away with its button, stays folded on the next screen, and comes back', async () => {
    const user = person();
    const { unmount } = render(<Layout />);
    const toggle = screen.getByRole('button', { name: 'Navigation' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('navigation', { name: 'Key Management Service' })).toBeTruthy();
    // Reached with the keyboard first thing in the frame, pressed with Enter.
    await user.tab();
    expect(document.activeElement).toBe(toggle);
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('navigation', { name: 'Key Management Service' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
    expect(localStorage.getItem(SIDE_NAV_KEY)).toBe('closed');
    unmount();
    render(<Layout />);
    const again = screen.getByRole('button', { name: 'Navigation' });
    expect(again.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link', { name: 'Customer managed keys' })).toBeNull();
    await user.click(again);
    expect(screen.getByRole('link', { name: 'Customer managed keys' })).toBeTruthy();
    expect(localStorage.getItem(SIDE_NAV_KEY)).toBe('open');
  });
});
