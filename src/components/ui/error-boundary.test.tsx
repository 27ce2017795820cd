// @vitest-environment jsdom
/** A screen whose code could not be downloaded (a lazy chunk) says so and offers a reload, which is what brings it back. */
import { cleanup, render, screen } from '@testing-library/react';
import { person } from '@/components/testing/person';
import { lazy, Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDownloadFailure, ScreenBoundary } from './error-boundary';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('ScreenBoundary and screens that cannot be downloaded', () => {
  it('recognises how browsers report a module that could not be fetched', () => {
    expect(isDownloadFailure(new TypeError('Failed to fetch dynamically imported module: http://x/assets/drills-1.js'))).toBe(true);
    expect(isDownloadFailure(new TypeError('error loading dynamically imported module: http://x/a.js'))).toBe(true);
    expect(isDownloadFailure(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isDownloadFailure(new Error('Unable to preload CSS for http://x/assets/drills.css'))).toBe(true);
    expect(isDownloadFailure(new Error("Cannot read properties of undefined (reading 'x')"))).toBe(false);
  });

  it('says the screen could not be downloaded and reloads the page when asked, the rest of the page untouched', async () => {
    const user = person();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    const Drills = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://x/assets/drills-1.js')));
    render(
      <>
        <p>top bar</p>
        <ScreenBoundary name="Exam drills">
          <Suspense fallback={<p>Loading…</p>}>
            <Drills />
          </Suspense>
        </ScreenBoundary>
      </>,
    );
    const alert = await screen.findByRole('alert');
    expect(screen.getByRole('heading', { name: 'The Exam drills screen stopped working' })).toBeTruthy();
    expect(alert.textContent).toContain('could not be downloaded: the network may be off');
    expect(alert.textContent).not.toContain('This is a bug in KMS Lab');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByText('top bar')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});
