/**
 * The composition root (docs/architecture.md, "The composition root, state and routing"): the only place that wires the engine, storage and
 * the screens. It boots the account (restored from IndexedDB when present), attaches it to the
 * console store, autosaves it after every change, and shows the screen of the current address
 * (hash routes, src/app/routes.tsx) under the top bar, each screen inside its own error boundary.
 */
import { lazy, Suspense, useEffect, useReducer, useRef, useState } from 'react';
import { ScreenBoundary } from '@/components/ui/error-boundary';
import { FlashBar } from '@/components/ui/flash';
import { CloudShellProvider } from '@/features/cloudshell/context';
import { CloudShellToggle } from '@/features/cloudshell/cloudshell-toggle';
import { principalForUser, rootPrincipal } from '@/iam/state';
import { attachCloud, setIdentity, setRegion, setSaveRefusal, useConsole } from '@/state/console-store';
import { ageFlash, dismissFlash, useFlash } from '@/state/flash';
import { hydrateLabProgress, useLabSession } from '@/state/lab-progress';
import { useCloudShellPanel } from '@/state/cloudshell-panel';
import { bootSession, startFreshSession, type Session } from './boot';
import { useCloudShellHost } from './cloudshell-host';
import { preloadScreen } from './lazy-screens';
import { AppClock, AppIdentity } from './session-controls';
import { labExtras } from './lab-extras';
import { focusScreenHeading } from './focus-screen';
import { ScreenLoading } from './screen-loading';
import { NotFoundPage } from './not-found';
import { saveRegion, savedIdentity, savedRegion, useTheme } from './preferences';
import { findRoute, useHashPath } from './router';
import { ROUTES, SERVICES, titleOf } from './routes';
import { ConflictBanner, LoadFailedBanner, NotSavedBanner, StorageFullBanner, StorageUnavailableBanner } from './storage-banners';
import { TopBar } from './top-bar';
import { UpdateBanner } from './update-banner';
import { useAutosave, type SaveState } from './use-autosave';

// Loaded when first shown, like the screens (issue 8): the lab panel when a lab is open, the docked terminal when opened.
const LabPanel = lazy(() => import('@/features/labs/lab-panel').then((m) => ({ default: m.LabPanel })));
const CloudShellPanel = lazy(() => import('@/features/cloudshell/cloudshell-panel').then((m) => ({ default: m.CloudShellPanel })));

type AppState = { kind: 'booting' } | { kind: 'crashed' | 'unsupported'; message: string } | Session;

const SAVE_TEXT: Record<SaveState['kind'], string | undefined> = {
  idle: undefined,
  pending: 'Saving…',
  saved: 'Saved in this browser',
  conflict: 'Not saved',
  failed: 'Not saved',
  quota: 'Not saved',
};

/** Wires a loaded account to the store, signed in as the identity chosen last time (if it still exists). */
function ready(session: Session): Session {
  if (session.kind !== 'ready') return session;
  attachCloud(session.cloud);
  setSaveRefusal(() => session.store.saveRefusal?.() ?? Promise.resolve(undefined));
  const name = savedIdentity();
  setIdentity((name && principalForUser(session.cloud.state.iam, name)) || rootPrincipal());
  return session;
}

export function App() {
  const [state, setState] = useState<AppState>({ kind: 'booting' });
  const [theme, setTheme] = useTheme();
  const region = useConsole((s) => s.region);
  const path = useHashPath();
  const match = findRoute(ROUTES, path);
  const title = match ? titleOf(match.route, match.params) : 'Page not found';

  useEffect(() => {
    setRegion(savedRegion());
    void hydrateLabProgress();
    // Browsers offer WebCrypto only to secure pages (https, or http on localhost), e.g. not to
    // `npm run dev -- --host` opened from another machine by its LAN address.
    if (!globalThis.crypto?.subtle) {
      setState({
        kind: 'unsupported',
        message: `KMS Lab needs WebCrypto, which this browser offers only on secure pages: open it over https or on http://localhost (this page is ${location.origin}).`,
      });
      return;
    }
    // The current screen's chunk is fetched while the account loads, not after it (issue 8).
    void preloadScreen(location.hash);
    let current = true;
    bootSession().then(
      (session) => (current ? setState(ready(session)) : session.store.close()),
      (e) => current && setState({ kind: 'crashed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    document.title = title ? `${title} | KMS Lab` : 'KMS Lab';
  }, [title]);

  // A title that needs a lazy module (a lab's name) is shown again once that module is loaded.
  const [, titleLoaded] = useReducer((n: number) => n + 1, 0);
  const needs = match?.route.needs;
  useEffect(() => {
    let live = true;
    void needs?.().then(() => live && titleLoaded());
    return () => {
      live = false;
    };
  }, [needs]);

  // After a navigation (not the first load), focus the new screen's heading, so keyboard and
  // screen reader users start at the top of what changed.
  const lastPath = useRef(path);
  useEffect(() => {
    if (lastPath.current === path) return;
    lastPath.current = path;
    ageFlash();
    // A screen whose chunk is still loading gets its heading focused when it appears.
    const stop = focusScreenHeading(document.getElementById('main'));
    window.scrollTo?.(0, 0);
    return stop;
  }, [path]);

  const session = state.kind === 'ready' ? state : undefined;
  const save = useAutosave(session?.cloud, session?.store, !!session?.persistent);
  const flash = useFlash((s) => s.messages);
  // One CloudShell session per loaded account, shown full screen or docked under any screen.
  // It starts when opened, or when the browser is idle after the user points at its button or
  // while a lab is open (the lab's checks look for files in the home directory).
  const cloudShellOpen = useCloudShellPanel((s) => s.open);
  const cloudShellWanted = useCloudShellPanel((s) => s.wanted);
  const labPanelOpen = useLabSession((s) => s.panelOpen && !!s.activeLab);
  const cloudShell = useCloudShellHost(session?.cloud, !!session?.persistent, {
    wanted: cloudShellWanted || labPanelOpen,
    openNow: cloudShellOpen || match?.route.path === '/cloudshell',
  });
  const cloudShellDocked = cloudShellOpen && !!session && match?.route.path !== '/cloudshell';

  return (
    <CloudShellProvider host={cloudShell}>
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        Skip to content
      </a>
      <TopBar
        services={SERVICES}
        currentService={match?.route.service}
        global={match?.route.service === 'iam'}
        region={region}
        onRegion={(r) => {
          saveRegion(r);
          setRegion(r);
        }}
        theme={theme}
        onTheme={setTheme}
        saveStatus={session?.persistent ? SAVE_TEXT[save.kind] : undefined}
        // Until the account is loaded, empty slots of the controls' size keep the top bar from
        // growing a row under the reader's eyes (Lighthouse's layout shift).
        clock={session ? <AppClock cloud={session.cloud} /> : <span className="site-header__slot site-header__slot--clock" aria-hidden="true" />}
        identity={session ? <AppIdentity cloud={session.cloud} /> : <span className="site-header__slot site-header__slot--identity" aria-hidden="true" />}
        cloudShell={session ? <CloudShellToggle /> : <span className="site-header__slot site-header__slot--cloudshell" aria-hidden="true" />}
      />
      <main id="main" className={match?.route.service ? 'page page--wide' : 'page'} tabIndex={-1}>
        {state.kind === 'booting' && <p aria-busy="true">Opening your account…</p>}
        {state.kind === 'crashed' && <p role="alert">KMS Lab could not start (a bug in the lab): {state.message}</p>}
        {state.kind === 'unsupported' && <p role="alert">{state.message}</p>}
        <UpdateBanner />
        {state.kind === 'load-failed' && (
          <LoadFailedBanner
            reason={state.reason}
            detail={state.detail}
            onStartFresh={() =>
              void startFreshSession(state.store, state.reason).then((s) => {
                setState(ready(s));
                document.getElementById('main')?.focus();
              })
            }
          />
        )}
        {session &&
          !session.persistent &&
          (session.store.available ? (
            <NotSavedBanner detail={session.notSavedReason ?? ''} />
          ) : (
            <StorageUnavailableBanner detail={session.notSavedReason ?? ''} />
          ))}
        {(save.kind === 'conflict' || save.kind === 'failed') &&
          (save.kind === 'conflict' ? <ConflictBanner detail={save.detail} /> : <NotSavedBanner detail={save.detail} />)}
        {save.kind === 'quota' && <StorageFullBanner detail={save.detail} />}
        {session && <FlashBar messages={flash} onDismiss={dismissFlash} />}
        {session &&
          (match ? (
            <ScreenBoundary key={path} name={title || 'home'}>
              <Suspense fallback={<ScreenLoading />}>{match.route.render(match.params)}</Suspense>
            </ScreenBoundary>
          ) : (
            <NotFoundPage path={path} />
          ))}
      </main>
      {session && labPanelOpen && (
        <Suspense fallback={null}>
          <LabPanel extras={cloudShell.status === 'ready' ? labExtras(cloudShell.session) : undefined} />
        </Suspense>
      )}
      {cloudShellDocked && (
        <Suspense fallback={null}>
          <CloudShellPanel />
        </Suspense>
      )}
    </CloudShellProvider>
  );
}
