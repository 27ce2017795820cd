// @vitest-environment jsdom
/**
 * What the app says when the browser's storage cannot be opened or is full, and that the save
 * status (use-autosave) reports a full storage until a save succeeds again.
 */
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Cloud } from '@/cloud/create-cloud';
import type { SaveResult, SnapshotStore } from '@/persist';
import { StorageFullBanner, StorageUnavailableBanner } from './storage-banners';
import { useAutosave } from './use-autosave';

afterEach(cleanup);

describe('storage banners', () => {
  it('says the lab works for this session only when storage cannot be opened, why, and how to keep work', () => {
    render(<StorageUnavailableBanner detail="IndexedDB could not be opened: SecurityError: The operation is insecure." />);
    const banner = screen.getByRole('alert', { name: "This browser's storage could not be opened" });
    expect(banner.textContent).toContain('KMS Lab works for this session only');
    expect(banner.textContent).toContain('nothing you do here will be saved');
    expect(banner.textContent).toContain('open KMS Lab in a normal window');
    expect(banner.textContent).toContain('Details: IndexedDB could not be opened: SecurityError: The operation is insecure.');
  });

  it('says the storage is full, that the last save is kept, and how to free space', () => {
    render(<StorageFullBanner detail="The account could not be saved: QuotaExceededError: full" />);
    const banner = screen.getByRole('alert', { name: 'Browser storage is full' });
    expect(banner.textContent).toContain('Your latest changes are not saved');
    expect(banner.textContent).toContain('the last saved copy of your account is kept as it was');
    expect(banner.textContent).toContain('free some space');
    expect(banner.textContent).toContain('Details: The account could not be saved: QuotaExceededError: full');
  });
});

describe('save status with a full storage', () => {
  it('reports quota, keeps reporting it while the next save is pending, and clears once a save succeeds', async () => {
    vi.useFakeTimers();
    try {
      const listeners = new Set<() => void>();
      const cloud = { subscribe: (l: () => void) => (listeners.add(l), () => listeners.delete(l)), snapshot: () => ({}) } as unknown as Cloud;
      const change = () => listeners.forEach((l) => l());
      const answers: SaveResult[] = [
        { ok: false, reason: 'quota', detail: 'The account could not be saved: QuotaExceededError: full' },
        { ok: false, reason: 'quota', detail: 'again' },
        { ok: true, revision: 1 },
      ];
      let release = () => {};
      const store = {
        available: true,
        saveSnapshot: () => new Promise<SaveResult>((ok) => (release = () => ok(answers.shift()!))),
      } as unknown as SnapshotStore;
      const { result } = renderHook(() => useAutosave(cloud, store, true));

      const save = async () => {
        await act(async () => vi.advanceTimersByTimeAsync(200));
        await act(async () => release());
      };
      act(change);
      expect(result.current.kind).toBe('pending');
      await save();
      expect(result.current).toEqual({ kind: 'quota', detail: 'The account could not be saved: QuotaExceededError: full' });
      act(change);
      expect(result.current.kind).toBe('quota'); // no flicker of the banner at every change
      await save();
      expect(result.current).toEqual({ kind: 'quota', detail: 'again' });
      act(change);
      await save();
      expect(result.current).toEqual({ kind: 'saved' });
    } finally {
      vi.useRealTimers();
    }
  });
});
