/**
 * Browser preferences that are not part of the simulated account: the theme, the last Region
 * and the identity signed in as, kept in localStorage (the AWS console also remembers the Region). Storage can be
 * unavailable (privacy modes); the app then simply does not remember.
 */
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_REGION, isRegion } from '@/core/ids';

export const THEME_KEY = 'kms-lab:theme';
export const REGION_KEY = 'kms-lab:region';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembered; the choice still applies to this page.
  }
}

export type Theme = 'light' | 'dark';

const systemTheme = (): Theme => (window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

/** The effective theme: the user's choice if any (set on <html> by index.html), else the system's. */
export function useTheme(): [Theme, (t: Theme) => void] {
  const chosen = () => document.documentElement.dataset.theme as Theme | undefined;
  const [theme, setState] = useState<Theme>(() => chosen() ?? systemTheme());

  useEffect(() => {
    const media = window.matchMedia?.('(prefers-color-scheme: dark)');
    const follow = () => {
      if (!chosen()) setState(systemTheme());
    };
    media?.addEventListener('change', follow);
    return () => media?.removeEventListener('change', follow);
  }, []);

  const setTheme = useCallback((t: Theme) => {
    document.documentElement.dataset.theme = t;
    write(THEME_KEY, t);
    setState(t);
  }, []);

  return [theme, setTheme];
}

export function savedRegion(): string {
  const saved = read(REGION_KEY);
  return saved && isRegion(saved) ? saved : DEFAULT_REGION;
}

export const saveRegion = (r: string) => write(REGION_KEY, r);

export const IDENTITY_KEY = 'kms-lab:identity';

/** The IAM user the learner last signed in as; undefined for the account root. */
export const savedIdentity = (): string | undefined => read(IDENTITY_KEY) || undefined;

export const saveIdentity = (userName: string | undefined) => write(IDENTITY_KEY, userName ?? '');
