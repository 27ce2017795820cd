/**
 * The composition root (DESIGN.md section 2): the only place that wires the engine, storage and
 * the screens. It boots the account (restored from IndexedDB when present), autosaves it after
 * every change, and shows the home page.
 */
import { useEffect, useMemo, useState } from 'react';
import { REGION_NAMES } from '../core/ids';
import { HomePage } from '../features/home/home-page';
import type { HomeAccount } from '../features/home/use-key-rows';
import { bootSession, startFreshSession, type Session } from './boot';
import { useRegion, useTheme } from './preferences';
import { SiteHeader } from './site-header';
import { ConflictBanner, LoadFailedBanner, NotSavedBanner } from './storage-banners';
import { useAutosave, type SaveState } from './use-autosave';

type AppState = { kind: 'booting' } | { kind: 'crashed' | 'unsupported'; message: string } | Session;

const SAVE_TEXT: Record<SaveState['kind'], string | undefined> = {
  idle: undefined,
  pending: 'Saving…',
  saved: 'Saved in this browser',
  conflict: 'Not saved',
  failed: 'Not saved',
};

export function App() {
  const [state, setState] = useState<AppState>({ kind: 'booting' });
  const [region, setRegion] = useRegion();
  const [theme, setTheme] = useTheme();

  useEffect(() => {
    // Browsers offer WebCrypto only to secure pages (https, or http on localhost), e.g. not to
    // `npm run dev -- --host` opened from another machine by its LAN address.
    if (!globalThis.crypto?.subtle) {
      setState({ kind: 'unsupported', message: `KMS Lab needs WebCrypto, which this browser offers only on secure pages: open it over https or on http://localhost (this page is ${location.origin}).` });
      return;
    }
    let current = true;
    bootSession().then(
      (session) => (current ? setState(session) : session.store.close()),
      (e) => current && setState({ kind: 'crashed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, []);

  const ready = state.kind === 'ready' ? state : undefined;
  const save = useAutosave(ready?.cloud, ready?.store, !!ready?.persistent);
  const regionName = REGION_NAMES[region] ?? region;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader region={region} onRegion={setRegion} theme={theme} onTheme={setTheme} saveStatus={ready?.persistent ? SAVE_TEXT[save.kind] : undefined} />
      <main id="main" className="page" tabIndex={-1}>
        {state.kind === 'booting' && <p aria-busy="true">Opening your account…</p>}
        {state.kind === 'crashed' && <p role="alert">KMS Lab could not start (a bug in the lab): {state.message}</p>}
        {state.kind === 'unsupported' && <p role="alert">{state.message}</p>}
        {state.kind === 'load-failed' && (
          <LoadFailedBanner
            reason={state.reason}
            detail={state.detail}
            onStartFresh={() => void startFreshSession(state.store, state.reason).then(setState)}
          />
        )}
        {ready && !ready.persistent && <NotSavedBanner detail={ready.notSavedReason ?? ''} />}
        {(save.kind === 'conflict' || save.kind === 'failed') && (save.kind === 'conflict' ? <ConflictBanner detail={save.detail} /> : <NotSavedBanner detail={save.detail} />)}
        {ready && <Home cloud={ready.cloud} region={region} regionName={regionName} />}
      </main>
    </>
  );
}

function Home({ cloud, region, regionName }: { cloud: Extract<Session, { kind: 'ready' }>['cloud']; region: string; regionName: string }) {
  // A stable object per cloud, so the page's effects reload only when the account changes.
  const account = useMemo<HomeAccount>(() => ({ call: (req) => cloud.call(req), subscribe: (l) => cloud.subscribe(l) }), [cloud]);
  return <HomePage account={account} region={region} regionName={regionName} />;
}
